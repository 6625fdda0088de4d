#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

namespace upgrade_risk::cli {

/// Before parsing: the first word the command line does not know, as a message in the tool's
/// own words ("unknown option '--fail-om' for analyze (did you mean '--fail-on'?)"), with the
/// nearest command or option; nullopt when every command and option exists.
std::optional<std::string> unknown_word(CLI::App& app, int argc, const char* const* argv);

/// Refuses a negative count before CLI11 converts it: it would wrap around to a huge unsigned
/// number, so "--max-per-wave -1" would mean no limit at all.
const CLI::Validator& whole_number();

/// A parse error of CLI11 in plain words: which command needed what, which option was given
/// twice, which value is wrong. `command` is the command being parsed ("" for none).
std::string parse_error_text(const CLI::ParseError& error, const std::string& command);

}  // namespace upgrade_risk::cli
