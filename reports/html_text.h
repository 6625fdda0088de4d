#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/analysis.h"
#include "analyzer/finding.h"

namespace upgrade_risk::reports {

/// What a KB article is about, in our own words; nullopt for an article we do not know.
std::optional<std::string_view> kb_summary(std::string_view kb_id);

/// The article's public address (kb_url) for a well-formed id ("Q" plus six digits) only;
/// nullopt otherwise, so no other text can ever end up in a link.
std::optional<std::string> kb_href(std::string_view kb_id);

/// "GO", "GO WITH CONDITIONS", "NO-GO".
std::string_view verdict_label(analyzer::Verdict verdict);

/// A symbol that tells the verdicts apart without colour: check mark, warning sign, stop cross.
std::string_view verdict_symbol(analyzer::Verdict verdict);

/// The next step for the reader, first thing on the page.
std::string verdict_next_step(analyzer::Verdict verdict);

/// `text` as the inside of a CSS string ("..."): quotes, backslashes, angle brackets and
/// ampersands as CSS escapes, so a name can neither end the string nor the <style> element.
std::string css_string_content(std::string_view text);

/// A shape per severity so the table reads without colour.
std::string_view severity_symbol(analyzer::Severity severity);

}  // namespace upgrade_risk::reports
