#pragma once

#include <QString>

// synclens --filters USER --org FILE [--filter-type TYPE] [--screenshot FILE.png]:
// the filter designer alone, over an engine thread of its own.
int runFilterDesigner(const QString &orgPath, const QString &userId, const QString &type,
                      const QString &screenshot);
