#pragma once

#include "markedtext.h"
#include "scenario/scenarioloader.h"
#include "totext.h"

#include <QTest>

// Rows of invalid scenarios for the loader's error tests: a valid scenario in
// parts, a row replaces one part and marks the bad spot with a backtick.
namespace SyncLens::Test {

struct Parts
{
    QString head = QStringLiteral(
        R"({"format": "synclens-scenario/1", "title": "T", "start": "2026-03-02T08:00:00Z")");
    QString users =
        QStringLiteral(R"([{"id": "alice", "name": "Alice", "email": "alice@contoso.com"},
  {"id": "carol", "email": "carol@contoso.com"}])");
    QString mailboxes = QStringLiteral(R"([{"id": "m-alice", "user": "alice"}])");
    QString filters = QStringLiteral(R"([{"id": "f-appt", "user": "alice", "type": "appointment",
  "fetchxml": "<fetch><entity name='appointment'><filter><condition attribute='ownerid' operator='eq-userid'/></filter></entity></fetch>"}])");
    QString records = QStringLiteral(R"([
  {"id": "a1", "type": "appointment", "fields": {"subject": "Review", "ownerid": "alice",
   "scheduledstart": "2026-03-10T09:00:00Z"}},
  {"id": "c1", "type": "contact", "fields": {"fullname": "Dan Park", "statecode": 0}}])");
    QString steps = QStringLiteral(R"([{"do": "sync"}])");

    QString text() const
    {
        return head + QStringLiteral(",\n\"users\": ") + users +
               QStringLiteral(",\n\"mailboxes\": ") + mailboxes +
               QStringLiteral(",\n\"filters\": ") + filters + QStringLiteral(",\n\"records\": ") +
               records + QStringLiteral(",\n\"steps\": ") + steps + QStringLiteral("\n}\n");
    }
};

enum class Part
{
    Head,
    Users,
    Mailboxes,
    Filters,
    Records,
    Steps
};

inline QString with(Part part, const char *text)
{
    Parts parts;
    QString *slots[] = {&parts.head,    &parts.users,   &parts.mailboxes,
                        &parts.filters, &parts.records, &parts.steps};
    *slots[int(part)] = QString::fromUtf8(text);
    return parts.text();
}

inline void row(const char *name, Part part, const char *text, const char *fragment)
{
    QTest::newRow(name) << with(part, text) << QString::fromUtf8(fragment);
}

inline void rawRow(const char *name, const char *text, const char *fragment)
{
    QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(fragment);
}

inline const char kHead[] =
    R"({"format": "synclens-scenario/1", "title": "T", "start": "2026-03-02T08:00:00Z")";

// Columns "text" and "fragment".
inline void addErrorColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");
}

// The message is "FILE:LINE:COLUMN: message" at the marked spot, and names the
// bad key or value (`fragment`).
inline void verifyError()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    const auto input = marked(text);
    const auto scenario = ScenarioLoader::loadFromData(input.utf8, QStringLiteral("s.json"));
    QVERIFY(!scenario);
    const Error &error = scenario.error();
    const QString prefix = QStringLiteral("s.json:%1:%2: ").arg(input.line).arg(input.column);
    QVERIFY2(error.message.startsWith(prefix),
             qPrintable(error.message + QStringLiteral(" (expected at ") + prefix + u')'));
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
    QCOMPARE(error.line, input.line);
    QCOMPARE(error.column, input.column);
    QCOMPARE(error.code, Error::Code::InvalidArgument);
}

} // namespace SyncLens::Test
