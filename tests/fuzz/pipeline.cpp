#include "tests/fuzz/pipeline.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "inventory/loader.h"

namespace upgrade_risk::fuzz {
namespace {

[[noreturn]] void broken(const char* invariant) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", invariant);
    std::abort();
}

}  // namespace

void run_pipeline(std::string_view text) {
    const inventory::LoadResult loaded = inventory::load_inventory_text(text, "fuzz.xml");
    if (loaded.inventory.has_value() == inventory::has_errors(loaded.diagnostics)) {
        broken("an inventory is returned exactly when there are no errors");
    }
    const auto lines = static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n') + 1);
    for (const inventory::Diagnostic& diagnostic : loaded.diagnostics) {
        if (diagnostic.location.line > lines) broken("a diagnostic points past the last line");
        if (diagnostic.message.empty()) broken("a diagnostic says nothing");
    }
}

}  // namespace upgrade_risk::fuzz
