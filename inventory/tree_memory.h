#pragma once

namespace upgrade_risk::inventory {

/// Makes pugixml take its memory pages (32 KB each) straight from the operating system and give
/// each back the moment it is freed, and returns true. The model builder releases each site's
/// part of the tree once read, but pages freed into the program's heap stayed resident while
/// the model grew beside them, so a load held the text, the whole tree and the model at once
/// (4.2 times the file at 100,000 servers; 3.5 times with this). Call it before any pugixml
/// document exists: a page must be freed by the functions that allocated it.
bool install_tree_memory();

}  // namespace upgrade_risk::inventory
