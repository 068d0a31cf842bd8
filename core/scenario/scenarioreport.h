#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace SyncLens {

// The outcome of one check of a played scenario.
struct CheckResult
{
    QString file;
    int step = 0;  // ScenarioStep::number
    QString check; // ScenarioCheck::text
    bool passed = false;
    QString expected; // for a failure: what the check wanted, what the org had,
    QString found;    // and the item's explanation (may span lines)
    QString explanation;
};

// One file of a run: its checks, or the error that made it invalid (a load
// error "FILE:LINE:COLUMN: message", or an error while playing it).
struct ScenarioFileResult
{
    QString file;
    QList<CheckResult> checks;
    std::optional<Error> error;
};

// What `synclens-cli scenario run` prints (scenario-format.md, "Running"): one
// line per check, "PASS FILE step N: CHECK" or "FAIL FILE step N: CHECK:
// expected X, found Y. EXPLANATION", an invalid file's error message on its own
// line, and last "N passed, M failed" over all files; or the same as one JSON
// document. PASS, FAIL, ids and codes are literal; the other words translate.
class ScenarioReport
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ScenarioReport)

public:
    // Exit status of a run. An invalid file wins over a failed check: the run
    // did not check everything it was asked to, which is the graver news.
    enum ExitStatus
    {
        AllPassed = 0,
        CheckFailed = 1,
        FileInvalid = 2
    };

    void addFile(ScenarioFileResult result);
    const QList<ScenarioFileResult> &files() const { return m_files; }

    int passed() const;
    int failed() const;
    int invalidFiles() const;
    ExitStatus exitStatus() const;

    // Every line, each ending in "\n".
    QString text() const;
    // {"files": [{"file", "error": null or {"message", "line", "column"},
    //   "checks": [{"step", "check", "passed", "expected", "found",
    //   "explanation"}]}], "passed", "failed", "invalidFiles", "exitStatus"}
    QJsonObject toJson() const;

    // The lines one at a time, for printing while files are played.
    static QString checkLine(const CheckResult &result);
    static QString errorLine(const Error &error);
    static QString summaryLine(int passed, int failed);

private:
    QList<ScenarioFileResult> m_files;
};

} // namespace SyncLens
