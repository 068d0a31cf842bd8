#pragma once

#include "model/alert.h"
#include "model/mailbox.h"

#include <QIcon>

namespace SyncLens {

// Icons for channel statuses that differ in shape, not only in colour, so
// they read the same for colour-blind users and in high contrast: a tick in
// a circle (success), a cross in a triangle (failure), a hollow circle (not
// run yet), a dash (switched off). Alert severities likewise: a cross in an
// octagon (error), an exclamation mark in a triangle (warning), an "i" in a
// circle (information).
class StatusIcons
{
public:
    static QIcon forStatus(ChannelMode mode, ChannelStatus status);
    static QIcon forSeverity(AlertSeverity severity);
};

} // namespace SyncLens
