// The JSON contract of docs/json-output.md, read back with a real JSON parser.
#include "reports/json_report.h"

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <gtest/gtest.h>

#include "tests/support/sample_report.h"

namespace upgrade_risk::reports {
namespace {

using boost::property_tree::ptree;

ptree parse(const std::string& json) {
    std::istringstream in(json);
    ptree tree;
    boost::property_tree::read_json(in, tree);
    return tree;
}

std::vector<std::string> strings_of(const ptree& list) {
    std::vector<std::string> values;
    for (const auto& [key, item] : list) values.push_back(item.data());
    return values;
}

/// Every object key anywhere in the tree (array elements have empty keys).
void collect_keys(const ptree& tree, std::set<std::string>& keys) {
    for (const auto& [key, child] : tree) {
        if (!key.empty()) keys.insert(key);
        collect_keys(child, keys);
    }
}

/// The bundled example of KB Q195908, analysed as `upgrade-risk analyze` would.
testing::SampleReport q195908_example() {
    return testing::analyze_source_file("inventory/examples/q195908.xml",
                                        "inventory/examples/q195908.xml");
}

TEST(JsonReport, TopLevelFieldsOfTheContract) {
    const auto sample = q195908_example();
    const ptree json = parse(render_to_string(render_json, sample.input()).content);
    EXPECT_EQ(json.get<int>("format_version"), 2);
    EXPECT_EQ(json.get<std::string>("tool.name"), "upgrade-risk");
    EXPECT_EQ(json.get<std::string>("tool.version"), "9.9.9");
    EXPECT_EQ(json.get<std::string>("inventory.path"), sample.inventory.path);
    const auto sha256 = json.get<std::string>("inventory.sha256");
    EXPECT_EQ(sha256, sample.inventory.sha256);
    EXPECT_EQ(sha256.size(), 64U);
    EXPECT_EQ(sha256.find_first_not_of("0123456789abcdef"), std::string::npos);
    EXPECT_EQ(json.get<std::string>("inventory.organization"), "Microsoft");
    EXPECT_EQ(json.get<std::string>("generated"), "1999-04-20T09:00:00Z");
    EXPECT_EQ(json.get<int>("options.max_backup_age_hours"), 24);
    EXPECT_EQ(json.get<std::string>("verdict"), "no-go");
    EXPECT_FALSE(json.get<std::string>("verdict_reason").empty());

    const ptree& summary = json.get_child("summary");
    int sum = 0;
    for (const char* severity : {"critical", "high", "medium", "low", "info"}) {
        sum += summary.get<int>(severity);
    }
    EXPECT_EQ(summary.get<int>("critical"), 1);
    EXPECT_EQ(summary.get<int>("total"), sum);
    EXPECT_EQ(summary.get<std::size_t>("total"), json.get_child("findings").size());
    EXPECT_EQ(summary.get<int>("servers"), 4);
    EXPECT_EQ(summary.get<int>("sites"), 2);
    EXPECT_EQ(summary.get<int>("servers_critical"), 1);
    EXPECT_FALSE(json.get_child_optional("baseline")) << "only with --baseline";
}

TEST(JsonReport, TheCriticalFindingCarriesImpactPrerequisitesAndMitigations) {
    const ptree json = parse(render_to_string(render_json, q195908_example().input()).content);
    const ptree& finding = json.get_child("findings").front().second;
    EXPECT_EQ(finding.get<std::string>("rule"), "backout-breaks-intersite-replication");
    EXPECT_EQ(finding.get<std::string>("severity"), "critical");
    EXPECT_EQ(finding.get<std::string>("confidence"), "documented");
    EXPECT_EQ(finding.get<std::string>("server"), "SERVERA");
    EXPECT_EQ(finding.get<std::string>("site"), "Redmond");
    EXPECT_EQ(finding.get<std::string>("wave"), "Wave 1");
    EXPECT_EQ(strings_of(finding.get_child("connectors")),
              std::vector<std::string>{"Redmond-Paris DRC"});
    EXPECT_EQ(strings_of(finding.get_child("kb")).front(), "Q195908");
    EXPECT_GT(finding.get<int>("location.line"), 0);
    EXPECT_GT(finding.get<int>("location.column"), 0);
    EXPECT_FALSE(finding.get_child("evidence").empty());
    EXPECT_EQ(strings_of(finding.get_child("impact.sites_cut_off")), std::vector<std::string>{"Paris"});
    EXPECT_EQ(finding.get<int>("impact.servers_cut_off"), 1);
    EXPECT_EQ(finding.get<int>("impact.mailboxes_cut_off"), 150);

    std::vector<std::string> prerequisites;
    for (const auto& [key, prerequisite] : finding.get_child("prerequisites")) {
        prerequisites.push_back(prerequisite.get<std::string>("id") + "=" +
                                prerequisite.get<std::string>("satisfied"));
        EXPECT_FALSE(prerequisite.get<std::string>("reason").empty());
    }
    EXPECT_EQ(prerequisites, (std::vector<std::string>{"prereq-directory-backup=false",
                                                       "prereq-authrest-kit=true",
                                                       "prereq-install-kit=true"}));
    EXPECT_EQ(finding.get_child("mitigations").front().second.get<std::string>("id"),
              "move-bridgehead");
}

TEST(JsonReport, AFieldThatDoesNotApplyIsNullNotMissing) {
    const ptree json = parse(render_to_string(render_json, q195908_example().input()).content);
    const ptree& findings = json.get_child("findings");
    ASSERT_EQ(findings.size(), 3U);  // critical, prereq-directory-backup, mixed-site-loop-detection-ndr
    const ptree& prerequisite_finding = std::next(findings.begin())->second;
    EXPECT_EQ(prerequisite_finding.get<std::string>("rule"), "prereq-directory-backup");
    EXPECT_EQ(prerequisite_finding.get<std::string>("impact"), "null");
}

TEST(JsonReport, EveryFieldIsDocumented) {
    auto sample = testing::make_sample_report();
    testing::add_sample_baseline(sample);
    std::set<std::string> keys;
    collect_keys(parse(render_to_string(render_json, sample.input()).content), keys);
    collect_keys(parse(render_to_string(render_json, q195908_example().input()).content), keys);
    ASSERT_TRUE(keys.count("baseline_state"));

    std::ifstream file(std::string(UPGRADE_RISK_SOURCE_DIR) + "/docs/json-output.md");
    std::stringstream doc;
    doc << file.rdbuf();
    const std::string text = doc.str();
    ASSERT_FALSE(text.empty());
    for (const std::string& key : keys) {
        const bool documented = text.find("`" + key + "`") != std::string::npos ||
                                text.find("." + key + "`") != std::string::npos;
        EXPECT_TRUE(documented) << "docs/json-output.md does not describe the field '" << key << "'";
    }
}

}  // namespace
}  // namespace upgrade_risk::reports
