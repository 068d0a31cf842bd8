#pragma once

#include <QString>

#include <optional>

namespace SyncLens {

// Which incoming emails a user's mailbox tracks automatically (sss-model §1).
enum class EmailFiltering
{
    All,
    Responses,
    Records,
    EmailEnabled,
    None
};

QString emailFilteringName(EmailFiltering value);
std::optional<EmailFiltering> emailFilteringFromName(QStringView name);

struct User
{
    QString id;
    QString name;
    QString email;
    EmailFiltering emailFiltering = EmailFiltering::Responses;
    // The IANA name of the user's time zone: calendar-based filter operators
    // (today, last-week, on, …) count days in it (sss-model §1).
    QString timeZone = QStringLiteral("UTC");

    friend bool operator==(const User &, const User &) = default;
};

} // namespace SyncLens
