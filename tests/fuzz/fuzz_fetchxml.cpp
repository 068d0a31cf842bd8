// libFuzzer entry point: build with clang and -DSYNCLENS_FUZZ=ON, then run
// `fuzz_fetchxml -max_total_time=60`. Any problem aborts, so the fuzzer keeps it.
#include "fetchxmlexercise.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = SyncLens::Fuzz::exerciseFetchXml(text);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
