#include "reports/csv_report.h"

#include <gtest/gtest.h>

#include "reports/report_names.h"
#include "tests/support/sample_report.h"

namespace upgrade_risk::reports {
namespace {

using Record = std::vector<std::string>;

/// A strict RFC 4180 reader: records end with CRLF, quoted fields may hold anything.
std::vector<Record> parse_rfc4180(const std::string& text) {
    std::vector<Record> records;
    Record record;
    std::string field;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '"') {
            ++i;
            while (true) {
                if (i >= text.size()) throw std::runtime_error("unterminated quoted field");
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < text.size() && text[i] != ',' && text[i] != '\r') {
                if (text[i] == '"' || text[i] == '\n') throw std::runtime_error("bare quote or LF in field");
                field += text[i++];
            }
        }
        record.push_back(std::move(field));
        field.clear();
        if (i < text.size() && text[i] == ',') {
            ++i;
        } else if (text.compare(i, 2, "\r\n") == 0) {
            i += 2;
            records.push_back(std::move(record));
            record.clear();
        } else {
            throw std::runtime_error("field not followed by a comma or CRLF at byte " + std::to_string(i));
        }
    }
    if (!record.empty()) throw std::runtime_error("last record does not end with CRLF");
    return records;
}

std::size_t column(const Record& header, std::string_view name) {
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == name) return i;
    }
    ADD_FAILURE() << "no column " << name;
    return 0;
}

/// What a spreadsheet user sees: the guard quote removed.
std::string unguarded(const std::string& field) {
    return !field.empty() && field.front() == '\'' ? field.substr(1) : field;
}

std::string csv_field(std::string_view text) {
    std::string field = "kept,";  // what the row holds already stays as it is
    append_csv_field(field, text);
    EXPECT_EQ(field.substr(0, 5), "kept,");
    return field.substr(5);
}

TEST(CsvField, QuotesOnlyWhenNeededAndDoublesQuotes) {
    EXPECT_EQ(csv_field("plain text"), "plain text");
    EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
    EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(csv_field(""), "");
    // Past the first eight bytes, and in the last partial word, as in the first.
    EXPECT_EQ(csv_field("0123456789abcdef,"), "\"0123456789abcdef,\"");
    EXPECT_EQ(csv_field("01234567,"), "\"01234567,\"");
    EXPECT_EQ(csv_field("0123456789abcdefghij\n"), "\"0123456789abcdefghij\n\"");
    EXPECT_EQ(csv_field("0123456789abcdefghijklmn"), "0123456789abcdefghijklmn");
    EXPECT_EQ(csv_field("\"0123456789\"abcdef\""), "\"\"\"0123456789\"\"abcdef\"\"\"");
}

TEST(CsvField, GuardsFormulaStarters) {
    EXPECT_EQ(csv_field("=1+1"), "'=1+1");
    EXPECT_EQ(csv_field("+SERVER"), "'+SERVER");
    EXPECT_EQ(csv_field("-EVIL"), "'-EVIL");
    EXPECT_EQ(csv_field("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(csv_field("=A1,B1"), "\"'=A1,B1\"");
    EXPECT_EQ(csv_field("a=b"), "a=b");
}

TEST(CsvReport, ParsesBackFieldByFieldAgainstTheFindings) {
    const auto sample = testing::make_sample_report();
    const RenderOutcome outcome = render_to_string(render_csv, sample.input());
    ASSERT_FALSE(outcome.error);
    const std::vector<Record> records = parse_rfc4180(outcome.content);
    ASSERT_EQ(records.size(), sample.result.findings.size() + 1);
    const Record& header = records[0];
    for (const Record& record : records) EXPECT_EQ(record.size(), header.size());

    for (std::size_t i = 0; i < sample.result.findings.size(); ++i) {
        const analyzer::Finding& finding = sample.result.findings[i];
        const FindingSubject subject = subject_of(finding, sample.inventory);
        const Record& row = records[i + 1];
        EXPECT_EQ(row[column(header, "baseline_state")], "");
        EXPECT_EQ(row[column(header, "severity")], analyzer::to_string(finding.severity()));
        EXPECT_EQ(row[column(header, "confidence")], analyzer::to_string(finding.confidence));
        EXPECT_EQ(row[column(header, "rule")], finding.rule_id());
        EXPECT_EQ(unguarded(row[column(header, "title")]), sample.result.title(finding));
        EXPECT_EQ(unguarded(row[column(header, "site")]), subject.site);
        EXPECT_EQ(unguarded(row[column(header, "server")]), subject.server);
        EXPECT_EQ(row[column(header, "wave")], subject.wave);
        EXPECT_EQ(row[column(header, "fingerprint")], analyzer::fingerprint(finding, sample.inventory));
        EXPECT_EQ(row[column(header, "line")],
                  finding.location.line ? std::to_string(finding.location.line) : "");
    }
    const Record& critical = records[1];
    EXPECT_EQ(critical[column(header, "evidence")].substr(0, 60),
              "SERVERA (site Redmond) runs 4.0 SP4 and is upgraded to 5.5 S");
    EXPECT_NE(critical[column(header, "evidence")].find("\nSERVERA is the bridgehead of directory "
                                                       "replication connector Redmond-Paris DRC.\n"),
              std::string::npos);
    EXPECT_EQ(critical[column(header, "sites_cut_off")], "Paris, \"Left Bank\" | R&D");
    EXPECT_EQ(critical[column(header, "mailboxes_cut_off")], "150");
    EXPECT_EQ(critical[column(header, "missing_prerequisites")],
              "prereq-directory-backup; prereq-authrest-kit; prereq-install-kit");
    EXPECT_EQ(critical[column(header, "kb")], "Q195908; Q169653; Q201414; Q254188; Q196406; Q160850; Q164564");
    // Inventory text that starts like a formula is shown, never evaluated.
    EXPECT_EQ(records[3][column(header, "server")], "'-EVIL=1+1");
    EXPECT_EQ(records[3][column(header, "evidence")].front(), '\'');
    EXPECT_EQ(records[2][column(header, "site")], "'@Lab *beta*");
}

TEST(CsvReport, MarksBaselineStatesAndListsResolvedFindings) {
    auto sample = testing::make_sample_report();
    testing::add_sample_baseline(sample);
    const std::vector<Record> records = parse_rfc4180(render_to_string(render_csv, sample.input()).content);
    ASSERT_EQ(records.size(), sample.result.findings.size() + 3);  // the header, two resolved
    const std::size_t state = column(records[0], "baseline_state");
    EXPECT_EQ(records[1][state], "new");        // SERVERA's critical finding: SERVERB is 5.5 now
    EXPECT_EQ(records[2][state], "unchanged");  // SERVER_D_[x] blocks user creation, as before
    const Record& resolved = records[records.size() - 2];  // the last is mixed-site-loop-detection-ndr's
    EXPECT_EQ(resolved[state], "resolved");
    EXPECT_EQ(records.back()[state], "resolved");
    EXPECT_EQ(resolved[column(records[0], "rule")], "backout-blocks-user-creation");
    EXPECT_EQ(resolved[column(records[0], "server")], "SERVERA");
    EXPECT_EQ(resolved[column(records[0], "title")],
              "If SERVERA's upgrade in Wave 1 <night> fails and is backed out, no new users can be "
              "created in site Redmond.");
}

}  // namespace
}  // namespace upgrade_risk::reports
