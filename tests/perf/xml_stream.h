#pragma once

#include <charconv>
#include <cstdio>
#include <string>
#include <string_view>

namespace upgrade_risk::perf {

/// Appends XML text to a buffer and writes it out in large blocks, so a 250 MB inventory
/// is produced without ever holding it (or a DOM of it) in memory. Callers pass
/// attribute values that need no escaping (the generator only writes safe ASCII).
class XmlStream {
public:
    explicit XmlStream(std::FILE* out) : out_(out) { buffer_.reserve(kBlock + 4096); }
    XmlStream(const XmlStream&) = delete;
    XmlStream& operator=(const XmlStream&) = delete;
    ~XmlStream() { flush(); }

    XmlStream& operator<<(std::string_view text) {
        buffer_ += text;
        if (buffer_.size() >= kBlock) flush();
        return *this;
    }
    XmlStream& operator<<(long long number) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
        return *this << std::string_view(digits, static_cast<std::size_t>(end - digits));
    }
    XmlStream& operator<<(std::size_t number) { return *this << static_cast<long long>(number); }
    XmlStream& operator<<(int number) { return *this << static_cast<long long>(number); }

    /// ` name="value"`.
    XmlStream& attribute(std::string_view name, std::string_view value) {
        return *this << " " << name << "=\"" << value << "\"";
    }
    XmlStream& attribute(std::string_view name, long long value) {
        return *this << " " << name << "=\"" << value << "\"";
    }

    /// Writes what is buffered; false when the output failed (disk full...).
    bool flush() {
        const bool written = std::fwrite(buffer_.data(), 1, buffer_.size(), out_) == buffer_.size();
        buffer_.clear();
        ok_ = ok_ && written;
        return ok_;
    }
    [[nodiscard]] bool ok() const { return ok_; }

private:
    static constexpr std::size_t kBlock = std::size_t{1} << 20;
    std::FILE* out_;
    std::string buffer_;
    bool ok_ = true;
};

}  // namespace upgrade_risk::perf
