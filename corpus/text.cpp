#include "corpus/text.hpp"

namespace telusur::text {

std::string_view trim(std::string_view s) {
    for (;;) {
        if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
            s.remove_prefix(1);
        else if (s.starts_with("\u00a0"))
            s.remove_prefix(2);
        else
            break;
    }
    for (;;) {
        if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
            s.remove_suffix(1);
        else if (s.ends_with("\u00a0"))
            s.remove_suffix(2);
        else
            break;
    }
    return s;
}

std::vector<std::string> paragraphs(std::string_view s) {
    std::vector<std::string> result;
    std::string current;
    for (Lines lines(s); lines.next();) {
        const std::string_view line = trim(lines.line());
        if (line.empty()) {
            if (!current.empty()) result.push_back(std::move(current));
            current.clear();
            continue;
        }
        if (!current.empty()) current += ' ';
        current += line;
    }
    if (!current.empty()) result.push_back(std::move(current));
    return result;
}

}  // namespace telusur::text
