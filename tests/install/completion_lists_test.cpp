#include <fstream>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>

#include "analyzer/finding.h"
#include "reports/report_format.h"

namespace upgrade_risk {
namespace {

/// The words of `local NAME="..."` in the bash completion script.
std::string completion_list(const std::string& name) {
    std::ifstream file(std::string(UPGRADE_RISK_SOURCE_DIR) + "/completions/upgrade-risk.bash");
    std::ostringstream text;
    text << file.rdbuf();
    std::smatch match;
    const std::string script = text.str();
    if (!std::regex_search(script, match, std::regex("local " + name + "=\"([^\"]*)\""))) return "";
    return " " + match[1].str() + " ";
}

TEST(BashCompletion, OffersEveryRegisteredFormat) {
    const std::string formats = completion_list("formats");
    ASSERT_FALSE(formats.empty());
    for (const reports::ReportFormat& format : reports::report_formats()) {
        EXPECT_NE(formats.find(" " + std::string(format.name) + " "), std::string::npos) << format.name;
    }
}

TEST(BashCompletion, OffersEverySeverity) {
    const std::string severities = completion_list("severities");
    for (const auto severity : {analyzer::Severity::info, analyzer::Severity::low, analyzer::Severity::medium,
                                analyzer::Severity::high, analyzer::Severity::critical}) {
        EXPECT_NE(severities.find(" " + std::string(analyzer::to_string(severity)) + " "), std::string::npos);
    }
}

}  // namespace
}  // namespace upgrade_risk
