#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace upgrade_risk::inventory {

/// The encodings an inventory is read from, as xmllint reads them: UTF-8 (the default), UTF-16
/// with a byte order mark (what Windows PowerShell 5.1's `>` writes), and ISO-8859-1 or
/// windows-1252 when the XML declaration says so.
enum class SourceEncoding { utf8, utf16le, utf16be, latin1, windows1252 };

/// How messages name `encoding`: "UTF-8", "UTF-16LE", "ISO-8859-1", ...
std::string_view encoding_name(SourceEncoding encoding);

/// An inventory's bytes as UTF-8 text.
struct DecodedText {
    /// The text, UTF-8; on an error, the part decoded before it, so the error's line and column
    /// are where this text ends.
    std::string text;
    SourceEncoding encoding = SourceEncoding::utf8;
    /// Why the bytes cannot be read, in words that follow "file:line:col: error: ".
    std::optional<std::string> error;
};

/// Decodes `bytes` by their byte order mark or their XML declaration's encoding. UTF-8 passes
/// through without a copy (it is checked later, with every other character rule); an encoding
/// the tool does not read, or a byte that is not a character of the declared one, is an error.
DecodedText decode_inventory(std::string bytes);

/// `utf8` (text decode_inventory made, edited) in `encoding` again, byte order mark included;
/// nullopt when a character has no place in it.
std::optional<std::string> encode_inventory(std::string_view utf8, SourceEncoding encoding);

}  // namespace upgrade_risk::inventory
