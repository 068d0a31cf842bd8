#pragma once

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

} // namespace SyncLens::SandboxNames
