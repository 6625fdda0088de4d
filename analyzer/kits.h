#pragma once

#include <string>

#include "inventory/model.h"

namespace upgrade_risk::analyzer {

/// "kits held: 4.0 SP3, 5.5 SP2", or why there are none: the kits listed under <media>.
std::string kits_held(const inventory::Inventory& inventory);

/// "The 4.0 SP4 kit at \\media\40sp4" (without " at ..." when it has no location).
std::string the_kit(const inventory::Kit& kit);

}  // namespace upgrade_risk::analyzer
