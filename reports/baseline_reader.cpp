#include "reports/baseline_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "inventory/input_limits.h"
#include "inventory/text_encoding.h"
#include "reports/json_cursor.h"

namespace upgrade_risk::reports {
namespace {

constexpr const char* kHint =
    "; --baseline expects a report written by 'upgrade-risk analyze -o json'";

/// A report that is JSON but not one of ours, said in `message`.
struct NotAReport {
    std::string message;
};

/// A text of the report. Titles and names of a baseline reach every report and the terminal, so
/// a control character (an escape sequence) or invalid UTF-8, which no report of ours holds, is
/// refused with its line (found by the user-inputs fuzzer).
std::string clean_text(JsonCursor& json) {
    std::string text = json.string_or_empty();
    if (inventory::find_bad_character(text)) {
        throw JsonError(json.line(), "a text holds a control character or invalid UTF-8, which no "
                                     "upgrade-risk report does");
    }
    return text;
}

std::vector<std::string> string_list(JsonCursor& json) {
    std::vector<std::string> items;
    if (json.peek() != '[') {
        json.skip();
        return items;
    }
    json.array([&] {
        if (json.peek() == '"') items.push_back(clean_text(json));
        else json.skip();
    });
    return items;
}

inventory::SourceLocation read_location(JsonCursor& json) {
    inventory::SourceLocation location;
    json.object([&](const std::string& key) {
        if (key == "line") location.line = json.count_or_zero();
        else if (key == "column") location.column = json.count_or_zero();
        else json.skip();
    });
    return location;
}

BaselineFinding read_finding(JsonCursor& json, std::size_t index) {
    BaselineFinding finding;
    if (json.peek() != '{') throw NotAReport{"finding " + std::to_string(index) + " is not an object"};
    json.object([&](const std::string& key) {
        if (key == "fingerprint") finding.fingerprint = clean_text(json);
        else if (key == "rule") finding.rule = clean_text(json);
        else if (key == "severity") finding.severity = clean_text(json);
        else if (key == "title") finding.title = clean_text(json);
        else if (key == "server") finding.server = clean_text(json);
        else if (key == "site") finding.site = clean_text(json);
        else if (key == "kb") finding.kb = string_list(json);
        else if (key == "location" && json.peek() == '{') finding.location = read_location(json);
        else json.skip();
    });
    if (finding.fingerprint.empty()) {
        throw NotAReport{"finding " + std::to_string(index) +
                         " has no \"fingerprint\" (written by an older upgrade-risk?)"};
    }
    return finding;
}

/// The members of the report the comparison needs; the rest is read past.
Baseline read_report(JsonCursor& json) {
    Baseline baseline;
    bool has_findings = false;
    if (json.peek() != '{') throw NotAReport{"no \"findings\" list"};
    json.object([&](const std::string& key) {
        if (key == "generated") {
            baseline.generated = clean_text(json);
        } else if (key == "inventory" && json.peek() == '{') {
            json.object([&](const std::string& member) {
                if (member == "organization") baseline.organization = clean_text(json);
                else json.skip();
            });
        } else if (key == "findings") {
            if (json.peek() != '[') throw NotAReport{"\"findings\" is not a list"};
            has_findings = true;
            json.array([&] { baseline.findings.push_back(read_finding(json, baseline.findings.size() + 1)); });
        } else {
            json.skip();
        }
    });
    json.expect_end();
    if (!has_findings) throw NotAReport{"no \"findings\" list"};
    return baseline;
}

}  // namespace

BaselineLoad read_baseline_text(const std::string& text, const std::string& path) {
    // Every error quotes the file's bytes in some way; a report of ours is clean UTF-8 text.
    if (const auto bad = inventory::find_bad_character(text)) {
        const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(bad->offset), '\n');
        return BaselineLoad{std::nullopt, path + ":" + std::to_string(line) + ": error: the file contains " +
                                              bad->description + ", which no upgrade-risk report does" + kHint};
    }
    JsonCursor json(text);
    try {
        Baseline baseline = read_report(json);
        baseline.path = path;
        return BaselineLoad{std::move(baseline), {}};
    } catch (const JsonError& e) {
        return BaselineLoad{std::nullopt,
                            path + ":" + std::to_string(e.line) + ": error: " + e.what() + kHint};
    } catch (const NotAReport& e) {
        return BaselineLoad{std::nullopt, path + ": error: " + e.message + kHint};
    }
}

BaselineLoad read_baseline_file(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        return BaselineLoad{std::nullopt,
                            path + ": error: cannot read the baseline report (missing or not readable)"};
    }
    // Read into a string of the file's size: through a string stream, which grows by doubling
    // and is then copied, a 140 MB report took three times its size in fresh memory.
    std::string text;
    std::error_code ec;
    if (const auto size = std::filesystem::file_size(path, ec); !ec) text.reserve(size);
    inventory::append_stream(file, text);
    if (file.bad()) return BaselineLoad{std::nullopt, path + ": error: cannot read the baseline report"};
    return read_baseline_text(text, path);
}

}  // namespace upgrade_risk::reports
