// libFuzzer entry point: see docs/security.md for how to run it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tests/fuzz/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    upgrade_risk::fuzz::run_pipeline(
        std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
