#include "orgevent.h"

#include "enumnames.h"

#include <array>

namespace SyncLens {

namespace {
using OrgEventKind = OrgEvent::Kind;
using OrgEventKindName = EnumName<OrgEventKind>;
// Stored in org_events.kind: never rename a row.
constexpr std::array kOrgEventKindNames{
    OrgEventKindName{OrgEventKind::FilterChanged, QLatin1String("filterChanged")},
    OrgEventKindName{OrgEventKind::SettingChanged, QLatin1String("settingChanged")},
    OrgEventKindName{OrgEventKind::EmailFilteringChanged, QLatin1String("emailFilteringChanged")},
    OrgEventKindName{OrgEventKind::MailboxApproved, QLatin1String("mailboxApproved")},
    OrgEventKindName{OrgEventKind::MailboxUnapproved, QLatin1String("mailboxUnapproved")},
    OrgEventKindName{OrgEventKind::MailboxEnabled, QLatin1String("mailboxEnabled")},
    OrgEventKindName{OrgEventKind::MailboxDisabled, QLatin1String("mailboxDisabled")},
};
} // namespace

QString orgEventKindName(OrgEvent::Kind kind)
{
    return nameOf<OrgEventKind>(kOrgEventKindNames, kind);
}

std::optional<OrgEvent::Kind> orgEventKindFromName(QStringView name)
{
    return valueOf<OrgEventKind>(kOrgEventKindNames, name);
}

} // namespace SyncLens
