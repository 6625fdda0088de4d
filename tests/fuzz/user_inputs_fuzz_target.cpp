// libFuzzer entry point for templates and baselines: see docs/security.md for how to run it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tests/fuzz/user_inputs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    upgrade_risk::fuzz::run_user_inputs(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
