// Small text helpers the readers share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace telusur::text {

// The lines of a text, one at a time, numbered from 1, without their "\n" (nor a "\r" before it):
//   for (Lines lines(text); lines.next();) use(lines.line(), lines.number());
class Lines {
public:
    explicit Lines(std::string_view text) : rest_(text) {}
    bool next() {
        if (rest_.empty()) return false;
        const std::size_t end = rest_.find('\n');
        line_ = rest_.substr(0, end);
        rest_.remove_prefix(end == std::string_view::npos ? rest_.size() : end + 1);
        if (!line_.empty() && line_.back() == '\r') line_.remove_suffix(1);
        ++number_;
        return true;
    }
    std::string_view line() const { return line_; }
    std::size_t number() const { return number_; }

private:
    std::string_view rest_, line_;
    std::size_t number_ = 0;
};

// Without leading and trailing ASCII white space and no-break spaces (U+00A0, common in scraped pages).
std::string_view trim(std::string_view s);

// Paragraphs: runs of non-blank lines, each trimmed and joined by a space; "\r\n" is read as "\n".
std::vector<std::string> paragraphs(std::string_view s);

}  // namespace telusur::text
