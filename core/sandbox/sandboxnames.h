#pragma once

#include <QDateTime>
#include <QStringList>

namespace SyncLens::SandboxNames {

// Word lists the sandbox draws people, companies and subjects from.
const QStringList &firstNames();
const QStringList &lastNames();
const QStringList &companies(); // "Fabrikam", … (their domain: lower case, no spaces, .com)
const QStringList &cities();
const QStringList &jobTitles();
const QStringList &meetingTopics();
const QStringList &taskTopics();
const QStringList &emailTopics();
const QStringList &rooms();
const QStringList &strangerSenders(); // newsletters, notifications, …

QString domainOf(const QString &company);
// Letters and digits only, accents folded: "García" → "garcia".
QString asciiWord(const QString &text);
// What t.toString(Qt::ISODate) gives ("2026-03-02T08:00:00Z"), written
// directly for a UTC time of years 0-9999: a sandbox formats millions.
QString isoText(const QDateTime &t);

} // namespace SyncLens::SandboxNames
