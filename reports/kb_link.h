#pragma once

#include <string>
#include <string_view>

namespace upgrade_risk::reports {

/// The Microsoft support address of a KB article id such as "Q195908"
/// (https://support.microsoft.com/kb/195908), for links in every report.
std::string kb_url(std::string_view article);

}  // namespace upgrade_risk::reports
