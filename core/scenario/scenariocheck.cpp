#include "scenariocheck.h"

#include "model/enumnames.h"

#include <QJsonDocument>

#include <array>

namespace SyncLens {

namespace {

using CheckKind = ScenarioCheck::Kind;
using CheckKindName = EnumName<CheckKind>;
constexpr std::array kCheckKindNames{
    CheckKindName{CheckKind::Crm, QLatin1String("crm")},
    CheckKindName{CheckKind::Exchange, QLatin1String("exchange")},
    CheckKindName{CheckKind::Email, QLatin1String("email")},
    CheckKindName{CheckKind::InScope, QLatin1String("inScope")},
    CheckKindName{CheckKind::Last, QLatin1String("last")},
    CheckKindName{CheckKind::History, QLatin1String("history")},
    CheckKindName{CheckKind::MailboxStatus, QLatin1String("mailboxStatus")},
};

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// Appends " key=value" when the value is given.
void add(QString &text, QLatin1String key, const QString &value)
{
    if (value.isEmpty())
        return;
    text += u' ';
    text += key;
    text += u'=';
    text += value;
}

void add(QString &text, QLatin1String key, std::optional<bool> value)
{
    if (value)
        add(text, key, boolText(*value));
}

void add(QString &text, QLatin1String key, std::optional<ChannelStatus> value)
{
    if (value)
        add(text, key, channelStatusName(*value));
}

} // namespace

QString ScenarioCheck::kindName(Kind kind)
{
    return nameOf<Kind>(kCheckKindNames, kind);
}

std::optional<ScenarioCheck::Kind> ScenarioCheck::kindFromName(QStringView name)
{
    return valueOf<Kind>(kCheckKindNames, name);
}

QStringList ScenarioCheck::kindNames()
{
    return namesOf<Kind>(kCheckKindNames);
}

QString ScenarioCheck::describe() const
{
    QString text = kindName(kind) + u' ' + target;
    add(text, QLatin1String("mailbox"), mailbox);
    add(text, QLatin1String("user"), user);
    add(text, QLatin1String("exists"), exists);
    add(text, QLatin1String("tracked"), tracked);
    add(text, QLatin1String("value"), value);
    add(text, QLatin1String("reason"), reason);
    add(text, QLatin1String("regarding"), regarding);
    add(text, QLatin1String("incoming"), incoming);
    add(text, QLatin1String("outgoing"), outgoing);
    add(text, QLatin1String("act"), act);
    add(text, QLatin1String("enabled"), enabled);
    if (disabled)
        text += QStringLiteral(" disabled=[%1]").arg(disabled->join(u','));
    add(text, QLatin1String("alert"), alert);
    add(text, QLatin1String("includes"), includes.join(u','));
    if (!fields.isEmpty()) {
        add(text, QLatin1String("fields"),
            QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
    }
    return text;
}

} // namespace SyncLens
