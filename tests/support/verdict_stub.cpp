// TEMPORARY until the analysis branch lands analyzer/analysis.cpp: remove at merge.
#include "analyzer/analysis.h"

namespace upgrade_risk::analyzer {
std::string_view to_string(Verdict verdict) {
    switch (verdict) {
        case Verdict::go: return "go";
        case Verdict::go_with_conditions: return "go-with-conditions";
        case Verdict::no_go: return "no-go";
    }
    return "go";
}
}  // namespace upgrade_risk::analyzer
