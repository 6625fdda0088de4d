#pragma once

#include <string>

#include "analyzer/analysis.h"
#include "inventory/model.h"
#include "reports/report_context.h"

namespace upgrade_risk::testing {

/// The names a fixture uses, so a test can swap every one for a hostile string.
struct FixtureNames {
    std::string org = "Microsoft";
    std::string redmond = "Redmond";
    std::string paris = "Paris";
    std::string server_a = "SERVERA";
    std::string server_b = "SERVERB";
    std::string server_c = "SERVERC";
    std::string server_d = "SERVERD";
    std::string drc = "Redmond-Paris DRC";
    std::string x400 = "Redmond-Paris X.400";
    std::string wave1 = "Wave 1";
    std::string wave2 = "Wave 2";
    std::string kit_location = "\\\\media\\exchange\\40sp4";
    std::string backup_location = "\\\\backup\\servera\\dir-19990419";
    std::string free_text = "nightly export";  ///< Descriptions, source tool.
};

/// The Q195908 scenario as an analysis would see it: SERVERA, a Redmond bridgehead next to a
/// 5.5 server, upgraded in Wave 1 with Paris beyond its DRC; plus findings of every other
/// severity, so every part of a report has something to show.
struct Q195908Fixture {
    explicit Q195908Fixture(const FixtureNames& names = {});
    Q195908Fixture(Q195908Fixture&&) = delete;  ///< The result refers to the inventory.

    inventory::Inventory inventory;
    analyzer::AnalysisResult result;
    reports::ReportContext context;
};

}  // namespace upgrade_risk::testing
