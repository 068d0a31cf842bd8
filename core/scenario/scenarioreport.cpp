#include "scenarioreport.h"

#include <QJsonArray>

#include <algorithm>

namespace SyncLens {

namespace {

QJsonObject checkJson(const CheckResult &result)
{
    return QJsonObject{
        {QStringLiteral("step"), result.step},
        {QStringLiteral("check"), result.check},
        {QStringLiteral("passed"), result.passed},
        {QStringLiteral("expected"), result.expected},
        {QStringLiteral("found"), result.found},
        {QStringLiteral("explanation"), result.explanation},
    };
}

QJsonValue errorJson(const std::optional<Error> &error)
{
    if (!error)
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("message"), error->message},
        {QStringLiteral("line"), error->line},
        {QStringLiteral("column"), error->column},
    };
}

} // namespace

void ScenarioReport::addFile(ScenarioFileResult result)
{
    m_files.append(std::move(result));
}

int ScenarioReport::passed() const
{
    int count = 0;
    for (const auto &file : m_files)
        count += int(std::count_if(file.checks.cbegin(), file.checks.cend(),
                                   [](const CheckResult &c) { return c.passed; }));
    return count;
}

int ScenarioReport::failed() const
{
    int count = 0;
    for (const auto &file : m_files)
        count += int(std::count_if(file.checks.cbegin(), file.checks.cend(),
                                   [](const CheckResult &c) { return !c.passed; }));
    return count;
}

int ScenarioReport::invalidFiles() const
{
    return int(std::count_if(m_files.cbegin(), m_files.cend(),
                             [](const ScenarioFileResult &f) { return f.error.has_value(); }));
}

ScenarioReport::ExitStatus ScenarioReport::exitStatus() const
{
    if (invalidFiles() > 0)
        return FileInvalid;
    return failed() > 0 ? CheckFailed : AllPassed;
}

QString ScenarioReport::checkLine(const CheckResult &result)
{
    //: %1 is a file, %2 a step number, e.g. "scenarios/01.json step 4"
    const QString where = tr("%1 step %2").arg(result.file).arg(result.step);
    QString line = (result.passed ? QStringLiteral("PASS ") : QStringLiteral("FAIL ")) + where +
                   QStringLiteral(": ") + result.check;
    if (result.passed)
        return line;
    if (!result.expected.isEmpty() || !result.found.isEmpty()) {
        const QString nothing = tr("nothing");
        line +=
            QStringLiteral(": ") + tr("expected %1, found %2")
                                       .arg(result.expected.isEmpty() ? nothing : result.expected,
                                            result.found.isEmpty() ? nothing : result.found);
    }
    // One line per check: an explanation of several sentences is joined.
    const QString explanation = result.explanation.simplified();
    if (!explanation.isEmpty())
        line += QStringLiteral(". ") + explanation;
    return line;
}

QString ScenarioReport::errorLine(const Error &error)
{
    return error.message;
}

QString ScenarioReport::summaryLine(int passed, int failed)
{
    //: The last line of a scenario run; keep the form "N passed, M failed"
    return tr("%1 passed, %2 failed").arg(passed).arg(failed);
}

QString ScenarioReport::text() const
{
    QString text;
    for (const auto &file : m_files) {
        if (file.error)
            text += errorLine(*file.error) + u'\n';
        for (const auto &check : file.checks)
            text += checkLine(check) + u'\n';
    }
    return text + summaryLine(passed(), failed()) + u'\n';
}

QJsonObject ScenarioReport::toJson() const
{
    QJsonArray files;
    for (const auto &file : m_files) {
        QJsonArray checks;
        for (const auto &check : file.checks)
            checks.append(checkJson(check));
        files.append(QJsonObject{
            {QStringLiteral("file"), file.file},
            {QStringLiteral("error"), errorJson(file.error)},
            {QStringLiteral("checks"), checks},
        });
    }
    return QJsonObject{
        {QStringLiteral("files"), files},
        {QStringLiteral("passed"), passed()},
        {QStringLiteral("failed"), failed()},
        {QStringLiteral("invalidFiles"), invalidFiles()},
        {QStringLiteral("exitStatus"), int(exitStatus())},
    };
}

} // namespace SyncLens
