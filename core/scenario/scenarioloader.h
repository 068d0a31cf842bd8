#pragma once

#include "scenario.h"

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLatin1String>

namespace SyncLens {

// Reads scenario files (scenario-format.md) strictly: an unknown key anywhere, a
// value of the wrong type, an unknown name (reason code, channel mode, fault
// kind, …), a missing key, a time going back, an id given twice or used before
// it is introduced, org settings OrgSettings refuses or FetchXML that does not
// parse, each make the file invalid. The Error's message is then exactly
// "FILE:LINE:COLUMN: message", naming the bad key or value, ready to print;
// Error::line and Error::column hold the position too. A file that cannot be
// read gives "FILE: message" (code NotFound or Io).
//
// Step times: a step's `at`, or one minute after the step before it; a first
// step without `at` happens at `start`. An `at` before the time of the step
// before (or before `start`) is an error.
class ScenarioLoader
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ScenarioLoader)

public:
    static constexpr QLatin1String Format{"synclens-scenario/1"};

    static Result<Scenario> load(const QString &path);
    // `fileName` is what messages and Scenario::file call the file.
    static Result<Scenario> loadFromData(const QByteArray &data, const QString &fileName);
};

} // namespace SyncLens
