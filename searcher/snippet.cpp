#include "searcher/snippet.hpp"

#include <algorithm>
#include <vector>

namespace telusur {
namespace {

constexpr std::string_view ellipsis = "\u2026";

// The start of the UTF-8 character at or before `at`.
std::size_t char_start(std::string_view text, std::size_t at) {
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
}

struct Window {
    std::size_t first = 0, last = 0;  // token indexes
    std::size_t distinct = 0, hits = 0;
};

// The window of tokens fitting in max_bytes with the most distinct matched terms, then the most matches;
// the earliest wins ties, since leads say the most.
Window best_window(const std::vector<Token>& tokens, const std::vector<bool>& matched, std::size_t max_bytes) {
    Window best;
    for (std::size_t first = 0; first < tokens.size(); ++first) {
        if (!matched[first]) continue;
        Window window{first, first, 0, 0};
        std::set<std::string_view> seen;
        for (std::size_t i = first; i < tokens.size() && tokens[i].end - tokens[first].begin <= max_bytes; ++i) {
            window.last = i;
            if (!matched[i]) continue;
            ++window.hits;
            if (seen.insert(tokens[i].term).second) ++window.distinct;
        }
        if (window.distinct > best.distinct || (window.distinct == best.distinct && window.hits > best.hits))
            best = window;
    }
    return best;
}

void append_plain(std::string& out, std::string_view text) {
    for (char c : text) {
        const bool space = c == '\n' || c == '\r' || c == '\t';
        if (space && !out.empty() && out.back() == ' ') continue;
        out += space ? ' ' : c;
    }
}

}  // namespace

std::string make_snippet(Analyzer& analyzer, std::string_view text, const std::set<std::string>& terms,
                         const SnippetStyle& style) {
    const std::vector<Token> tokens = analyzer.analyze(text);
    if (tokens.empty()) return {};
    std::vector<bool> matched(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i)
        matched[i] = !tokens[i].compound && terms.contains(tokens[i].term);

    Window window = best_window(tokens, matched, style.max_bytes);
    std::size_t first = window.first, last = window.last;
    if (window.distinct == 0) {  // nothing matched in this text: show its opening
        first = last = 0;
    } else {
        while (last > first && !matched[last]) --last;  // the window's matches, then room around them
    }
    // Spend the room left on context: up to half of it on the words before the matches, the rest after them.
    const auto span = [&](std::size_t a, std::size_t b) { return tokens[b].end - tokens[a].begin; };
    const std::size_t room = style.max_bytes - std::min(style.max_bytes, span(first, last));
    const std::size_t first_match_at = tokens[first].begin;
    while (first > 0 && tokens[first - 1].begin + room / 2 >= first_match_at) --first;
    while (last + 1 < tokens.size() && span(first, last + 1) <= style.max_bytes) ++last;
    const std::size_t begin = char_start(text, tokens[first].begin);
    const std::size_t end = tokens[last].end;

    std::string snippet;
    if (begin > 0) snippet += ellipsis;
    std::size_t copied = begin;
    for (std::size_t i = first; i <= last; ++i) {
        if (!matched[i]) continue;
        // Matched words joined by a hyphen ("Anak-anak") are marked as one word.
        std::size_t j = i;
        while (j + 1 <= last && matched[j + 1] && tokens[j + 1].begin > tokens[j].end &&
               tokens[j + 1].begin - tokens[j].end <= 3 && text[tokens[j].end] != ' ')
            ++j;
        append_plain(snippet, text.substr(copied, tokens[i].begin - copied));
        snippet += style.highlight_begin;
        snippet += text.substr(tokens[i].begin, tokens[j].end - tokens[i].begin);
        snippet += style.highlight_end;
        copied = tokens[j].end;
        i = j;
    }
    append_plain(snippet, text.substr(copied, end - copied));
    // End on the word, or on the sentence's own punctuation right after it.
    if (end < text.size() && (text[end] == '.' || text[end] == ',' || text[end] == '"')) snippet += text[end];
    if (end + 1 < text.size()) snippet += ellipsis;
    return snippet;
}

}  // namespace telusur
