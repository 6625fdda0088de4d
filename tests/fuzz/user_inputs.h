#pragma once

#include <string_view>

namespace upgrade_risk::fuzz {

/// Puts `data` through what the user's own files meet, beside the inventory. Its first byte
/// chooses:
/// - `b`: the rest is a --baseline file. It is read; when it reads, the starter inventory's
///   analysis is compared with it and every format renders the comparison (check_reports).
/// - `t`: the rest is `NAME\n` and the text of a --template-dir file, which replaces that file
///   of the built-in templates. The set is compiled and linked; when it links, it renders the
///   starter inventory's HTML page.
/// Anything else is ignored. Aborts when a result breaks an invariant: an error exactly when
/// nothing is returned, and every error naming the file it is about.
void run_user_inputs(std::string_view data);

}  // namespace upgrade_risk::fuzz
