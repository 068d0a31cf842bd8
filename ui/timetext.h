#pragma once

// The UI formats dates and times with core's TimeText, the one place that
// does so (model/timetext.h); this header keeps the UI's includes short.
#include "model/timetext.h"
