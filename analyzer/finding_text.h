#pragma once

#include <cstddef>
#include <initializer_list>
#include <iosfwd>
#include <memory>
#include <string_view>
#include <vector>

namespace upgrade_risk::analyzer {

/// A sentence or a name in a finding: a view of text that lives as long as the findings do,
/// either a string literal or a copy in the TextStore of the analysis. Nothing else converts
/// to it (not a std::string, not a std::string_view), so a finding never points into a
/// temporary.
///
/// Findings are the largest thing a run holds (half a million at 1M servers): as views into
/// one store their words cost their bytes, where std::string members cost a heap block each.
class Text {
public:
    constexpr Text() = default;
    /// A string literal, which lives as long as the program.
    template <std::size_t N>
    consteval Text(const char (&literal)[N]) : view_(literal, N - 1) {}  // NOLINT: implicit

    constexpr operator std::string_view() const { return view_; }  // NOLINT: implicit
    constexpr std::string_view view() const { return view_; }
    constexpr bool empty() const { return view_.empty(); }
    constexpr std::size_t size() const { return view_.size(); }

    friend constexpr bool operator==(Text a, std::string_view b) { return a.view_ == b; }

private:
    friend class TextStore;
    constexpr explicit Text(std::string_view view) : view_(view) {}
    std::string_view view_;
};

std::ostream& operator<<(std::ostream& out, Text text);

/// Where an analysis keeps the words of its findings: append-only blocks that move with it and
/// are freed with it. Not copyable, so no copy of the findings outlives the words they show.
class TextStore {
public:
    TextStore() = default;
    TextStore(const TextStore&) = delete;
    TextStore& operator=(const TextStore&) = delete;
    TextStore(TextStore&&) = default;
    TextStore& operator=(TextStore&&) = default;

    /// A copy of `text`, kept.
    Text keep(std::string_view text);
    /// The parts one after the other, kept in one piece of exactly their length.
    Text concat(std::initializer_list<std::string_view> parts);

private:
    char* allocate(std::size_t size);

    std::vector<std::unique_ptr<char[]>> blocks_;
    char* next_ = nullptr;  ///< Free room in the newest block of kBlockSize.
    std::size_t left_ = 0;
};

}  // namespace upgrade_risk::analyzer
