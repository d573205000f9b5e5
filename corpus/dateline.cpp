#include "corpus/dateline.hpp"

#include <array>
#include <cctype>

namespace telusur {
namespace {

// A dateline is short: the dash comes within this many bytes of the start.
constexpr std::size_t max_dateline_bytes = 90;

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// Where the dash that ends the dateline starts, and where the story after it starts.
std::optional<std::pair<std::size_t, std::size_t>> find_dash(std::string_view text) {
    static constexpr std::array<std::string_view, 4> dashes{" \u2013 ", " \u2014 ", " -- ", " - "};
    std::optional<std::pair<std::size_t, std::size_t>> best;
    for (std::string_view dash : dashes) {
        const std::size_t at = text.substr(0, max_dateline_bytes).find(dash);
        if (at != std::string_view::npos && (!best || at < best->first)) best = {{at, at + dash.size()}};
    }
    return best;
}

bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }

// A place name: one to four capitalised words of letters ("Kab. Blora", "BANDAR LAMPUNG", "Bau-Bau"). Every word
// is capitalised, so that a sentence opening "Selain itu, ... - ..." is not taken for a place.
bool looks_like_place(std::string_view place, bool must_be_upper_case) {
    if (place.size() < 2 || place.size() > 40 || !is_upper(place.front())) return false;
    int words = 1;
    for (std::size_t i = 0; i < place.size(); ++i) {
        const char c = place[i];
        if (c == ' ') {
            if (i + 1 == place.size() || !is_upper(place[i + 1])) return false;
            ++words;
            continue;
        }
        if (c == '.' && (i + 1 == place.size() || place[i + 1] == ' ')) continue;  // "Kab. Blora"
        if (c == '-' || c == '\'') continue;
        if (!std::isalpha(static_cast<unsigned char>(c))) return false;
        if (must_be_upper_case && !is_upper(c)) return false;
    }
    return words <= 4;
}

}  // namespace

std::optional<Dateline> read_dateline(std::string_view paragraph) {
    const auto dash = find_dash(paragraph);
    if (!dash) return std::nullopt;
    const std::string_view head = trim(paragraph.substr(0, dash->first));
    const std::size_t comma = head.find(',');
    if (comma == std::string_view::npos) {
        // "JAKARTA – ...": without an outlet, only a place in capitals is a dateline, not an ordinary clause.
        if (!looks_like_place(head, true)) return std::nullopt;
        return Dateline{std::string(head), {}};
    }
    const std::string_view place = trim(head.substr(0, comma));
    std::string_view source = trim(head.substr(comma + 1));
    if (!looks_like_place(place, false)) return std::nullopt;
    if (source.size() >= 2 && source.front() == '(' && source.back() == ')')
        source = trim(source.substr(1, source.size() - 2));
    if (source.find_first_of("()") != std::string_view::npos) return std::nullopt;
    return Dateline{std::string(place), std::string(source)};
}

}  // namespace telusur
