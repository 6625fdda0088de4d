#pragma once

#include <cstddef>
#include <istream>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "inventory/diagnostic.h"

namespace upgrade_risk::inventory {

class XmlDocument;

/// Upper bounds on what an inventory may contain, so a hostile or broken file is refused
/// with a clear error before it can exhaust memory or time. Each default is far above a
/// real organization: the largest planned inventory, 1,000,000 servers, is a 150-250 MB
/// file of about 4,000,000 elements nested 5 deep.
struct InputLimits {
    std::size_t max_file_bytes = std::size_t{512} * 1024 * 1024;
    std::size_t max_depth = 32;
    std::size_t max_elements = 20'000'000;
    std::size_t max_attributes = 80'000'000;
    std::size_t max_attributes_per_element = 64;
    std::size_t max_name_length = 256;
    std::size_t max_attribute_length = 4096;
};

/// The inventory file's bytes, or the reason they could not be read.
struct InventoryBytes {
    std::string text;
    std::optional<Diagnostic> error;
};

/// How messages name the inventory at `path`: "<stdin>" for "-", else the path as given.
std::string inventory_name(const std::string& path);

/// Appends the rest of `in` to `text`, 64 KB at a time (reserve the size first when it is
/// known, so the text never grows by doubling); false, the stream not read on, as soon as the
/// text is longer than `limit` bytes. in.bad() tells a read error.
bool append_stream(std::istream& in, std::string& text,
                   std::size_t limit = std::numeric_limits<std::size_t>::max());

/// Reads the file at `path` ("-": standard input), refusing one larger than
/// `limits.max_file_bytes` without reading it all (a device or pipe that never ends is cut off
/// at the limit, too), and a folder.
InventoryBytes read_inventory_bytes(const std::string& path, const InputLimits& limits = {});

/// Checks raw inventory text before it is parsed: size, UTF-8 encoding, control characters,
/// DOCTYPE declarations (refused, so no entity is ever expanded and no external file read)
/// and the counts, nesting, name and value lengths above. Returns the first problem of each
/// kind, in file order; empty when the text may be parsed.
std::vector<Diagnostic> check_inventory_text(std::string_view text, const std::string& path,
                                             const InputLimits& limits = {});

/// Checks a parsed document for what only parsing reveals: character references that decode
/// to control characters or invalid UTF-8.
std::vector<Diagnostic> check_inventory_tree(const XmlDocument& document);

}  // namespace upgrade_risk::inventory
