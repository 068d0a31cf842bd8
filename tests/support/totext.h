#pragma once

#include "model/reasoncode.h"
#include "model/result.h"

#include <QTest>

// Readable values in QCOMPARE failures (STYLE.md, habit 11).
namespace SyncLens {

inline char *toString(ReasonCode code)
{
    return QTest::toString(reasonCodeName(code));
}

inline char *toString(Error::Code code)
{
    return QTest::toString(static_cast<int>(code));
}

} // namespace SyncLens

// Fails the test with the error's message when a Result is not ok.
#define SL_VERIFY_OK(result)                                                                       \
    do {                                                                                           \
        const auto &slResult_ = (result);                                                          \
        if (!slResult_.ok())                                                                       \
            QFAIL(qPrintable(slResult_.error().message));                                          \
    } while (false)
