// libFuzzer entry point: build with clang and -DSYNCLENS_FUZZ=ON, then run
// `fuzz_jsonsource -max_total_time=60 resources/scenarios`. Any problem aborts,
// so the fuzzer keeps it.
#include "jsonsourceexercise.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray utf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = SyncLens::Fuzz::exerciseJsonSource(utf8);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
