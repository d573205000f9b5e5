#include "corpus/indonesian_date.hpp"

#include <array>
#include <cctype>
#include <cstdio>
#include <optional>

namespace telusur {
namespace {

struct Date {
    int year, month, day;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

bool exists(const Date& d) {
    static constexpr std::array<int, 12> days{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.year < 1900 || d.year > 2100 || d.month < 1 || d.month > 12 || d.day < 1) return false;
    const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    if (d.month == 2 && d.day == 29) return leap;
    return d.day <= days[d.month - 1];
}

// Reads a run of 1..max_digits digits at text[i]; the run must end there (no longer number).
std::optional<int> number(std::string_view text, std::size_t& i, std::size_t min_digits, std::size_t max_digits) {
    std::size_t j = i;
    int value = 0;
    while (j < text.size() && is_digit(text[j])) {
        value = value * 10 + (text[j] - '0');
        ++j;
        if (j - i > max_digits) return std::nullopt;
    }
    if (j - i < min_digits) return std::nullopt;
    i = j;
    return value;
}

void skip_spaces(std::string_view text, std::size_t& i) {
    while (i < text.size() && text[i] == ' ') ++i;
}

// Month names in Indonesian (and the English abbreviations Indonesian outlets also use), full and short.
// These twelve words are grammar, not a curated list, so they live here rather than in a data file.
std::optional<int> month_name(std::string_view text, std::size_t& i) {
    static constexpr std::array<std::array<std::string_view, 5>, 12> names{{
        {"januari", "jan"},
        {"februari", "pebruari", "feb", "peb"},
        {"maret", "mar"},
        {"april", "apr"},
        {"mei", "may"},
        {"juni", "jun"},
        {"juli", "jul"},
        {"agustus", "agt", "ags", "agu", "aug"},
        {"september", "sept", "sep"},
        {"oktober", "okt", "oct"},
        {"november", "nop", "nov"},
        {"desember", "des", "dec"},
    }};
    std::size_t j = i;
    std::string word;
    while (j < text.size() && is_alpha(text[j]) && word.size() < 12)
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[j++])));
    if (j < text.size() && is_alpha(text[j])) return std::nullopt;
    for (int m = 0; m < 12; ++m)
        for (std::string_view name : names[m])
            if (!name.empty() && word == name) {
                if (j < text.size() && text[j] == '.') ++j;
                i = j;
                return m + 1;
            }
    return std::nullopt;
}

// yyyy-mm-dd
std::optional<Date> iso(std::string_view text, std::size_t i) {
    auto y = number(text, i, 4, 4);
    if (!y || i >= text.size() || text[i] != '-') return std::nullopt;
    auto m = number(text, ++i, 1, 2);
    if (!m || i >= text.size() || text[i] != '-') return std::nullopt;
    auto d = number(text, ++i, 1, 2);
    if (!d) return std::nullopt;
    return Date{*y, *m, *d};
}

// d/m/yyyy, with '/', '-' or '.' (the same one twice) and spaces tolerated around it: "18/8 / 2016".
std::optional<Date> numeric(std::string_view text, std::size_t i) {
    auto d = number(text, i, 1, 2);
    if (!d) return std::nullopt;
    skip_spaces(text, i);
    if (i >= text.size() || (text[i] != '/' && text[i] != '-' && text[i] != '.')) return std::nullopt;
    const char separator = text[i++];
    skip_spaces(text, i);
    auto m = number(text, i, 1, 2);
    if (!m) return std::nullopt;
    skip_spaces(text, i);
    if (i >= text.size() || text[i] != separator) return std::nullopt;
    ++i;
    skip_spaces(text, i);
    auto y = number(text, i, 4, 4);
    if (!y) return std::nullopt;
    return Date{*y, *m, *d};
}

// d Month yyyy: "12 September 2019", "28 Okt 2020"
std::optional<Date> named(std::string_view text, std::size_t i) {
    auto d = number(text, i, 1, 2);
    if (!d || i >= text.size() || text[i] != ' ') return std::nullopt;
    skip_spaces(text, i);
    auto m = month_name(text, i);
    if (!m || i >= text.size() || text[i] != ' ') return std::nullopt;
    skip_spaces(text, i);
    auto y = number(text, i, 4, 4);
    if (!y) return std::nullopt;
    return Date{*y, *m, *d};
}

std::string format(const Date& d) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buffer;
}

}  // namespace

std::string find_indonesian_date(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!is_digit(text[i]) || (i > 0 && (is_digit(text[i - 1]) || is_alpha(text[i - 1])))) continue;
        for (auto reader : {iso, numeric, named}) {
            auto date = reader(text, i);
            if (date && exists(*date)) return format(*date);
        }
    }
    return {};
}

}  // namespace telusur
