#pragma once

#include <cstddef>
#include <string>

#include <gtest/gtest.h>

#include "reports/html_report.h"

namespace upgrade_risk::testing {

/// The HTML page of `input`; a render error fails the test.
inline std::string html_page(const reports::ReportInput& input) {
    const reports::RenderOutcome outcome = reports::render_to_string(reports::render_html, input);
    EXPECT_FALSE(outcome.error) << *outcome.error;
    return outcome.content;
}

/// How many times `what` occurs in `text`.
inline std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace upgrade_risk::testing
