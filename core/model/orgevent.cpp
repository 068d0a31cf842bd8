#include "orgevent.h"

#include "enumnames.h"

#include <array>

namespace SyncLens {

namespace {
using K = OrgEvent::Kind;
using N = EnumName<K>;
// Stored in org_events.kind: never rename a row.
constexpr std::array kNames{
    N{K::FilterChanged, QLatin1String("filterChanged")},
    N{K::SettingChanged, QLatin1String("settingChanged")},
    N{K::EmailFilteringChanged, QLatin1String("emailFilteringChanged")},
    N{K::MailboxApproved, QLatin1String("mailboxApproved")},
    N{K::MailboxUnapproved, QLatin1String("mailboxUnapproved")},
    N{K::MailboxEnabled, QLatin1String("mailboxEnabled")},
    N{K::MailboxDisabled, QLatin1String("mailboxDisabled")},
};
} // namespace

QString orgEventKindName(OrgEvent::Kind kind)
{
    return nameOf<K>(kNames, kind);
}

std::optional<OrgEvent::Kind> orgEventKindFromName(QStringView name)
{
    return valueOf<K>(kNames, name);
}

} // namespace SyncLens
