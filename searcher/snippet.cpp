#include "searcher/snippet.hpp"

#include <algorithm>
#include <iterator>
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
    std::size_t first = 0, last = 0;  // word indexes
    std::size_t distinct = 0, hits = 0;
};

// The window of words fitting in max_bytes with the most distinct matched terms, then the most matches;
// the earliest wins ties, since leads say the most. One pass with two ends (a query's common words can match
// hundreds of words of a long article).
Window best_window(const std::vector<SnippetWord>& words, std::size_t terms, std::size_t max_bytes) {
    Window best;
    std::vector<std::size_t> count(terms);  // matches of each term inside [first, end)
    Window window;
    std::size_t end = 0;
    for (std::size_t first = 0; first < words.size(); ++first) {
        if (end < first) end = first;
        while (end < words.size() && words[end].end - words[first].begin <= max_bytes) {
            if (words[end].term >= 0) {
                ++window.hits;
                if (count[static_cast<std::size_t>(words[end].term)]++ == 0) ++window.distinct;
            }
            ++end;
        }
        if (words[first].term >= 0 && end > first) {
            window.first = first;
            window.last = end - 1;
            if (window.distinct > best.distinct || (window.distinct == best.distinct && window.hits > best.hits))
                best = window;
        }
        if (end > first && words[first].term >= 0) {  // `first` leaves the window
            --window.hits;
            if (--count[static_cast<std::size_t>(words[first].term)] == 0) --window.distinct;
        }
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
    std::vector<SnippetWord> words;
    for (const Token& token : analyzer.analyze(text)) {
        const auto term = token.compound ? terms.end() : terms.find(token.term);
        words.push_back({token.begin, token.end,
                         term == terms.end() ? -1 : static_cast<int>(std::distance(terms.begin(), term))});
    }
    return make_snippet(text, words, terms.size(), style);
}

std::string make_snippet(std::string_view text, const std::vector<SnippetWord>& words, std::size_t term_count,
                         const SnippetStyle& style) {
    if (words.empty()) return {};
    const auto matched = [&](std::size_t i) { return words[i].term >= 0; };

    Window window = best_window(words, term_count, style.max_bytes);
    std::size_t first = window.first, last = window.last;
    if (window.distinct == 0) {  // nothing matched in this text: show its opening
        first = last = 0;
    } else {
        while (last > first && !matched(last)) --last;  // the window's matches, then room around them
    }
    // Spend the room left on context: up to half of it on the words before the matches, the rest after them.
    const auto span = [&](std::size_t a, std::size_t b) { return words[b].end - words[a].begin; };
    const std::size_t room = style.max_bytes - std::min(style.max_bytes, span(first, last));
    const std::size_t first_match_at = words[first].begin;
    while (first > 0 && words[first - 1].begin + room / 2 >= first_match_at) --first;
    while (last + 1 < words.size() && span(first, last + 1) <= style.max_bytes) ++last;
    const std::size_t begin = char_start(text, words[first].begin);
    const std::size_t end = words[last].end;

    std::string snippet;
    if (begin > 0) snippet += ellipsis;
    std::size_t copied = begin;
    for (std::size_t i = first; i <= last; ++i) {
        if (!matched(i)) continue;
        // Matched words joined by a hyphen or a dot with no space ("Anak-anak", "kompas.com") are marked as one
        // word; "banjir. Banjir" is two.
        std::size_t j = i;
        while (j + 1 <= last && matched(j + 1) && words[j + 1].begin > words[j].end &&
               words[j + 1].begin - words[j].end <= 3 &&
               text.substr(words[j].end, words[j + 1].begin - words[j].end).find_first_of(" \t\r\n") ==
                   std::string_view::npos)
            ++j;
        append_plain(snippet, text.substr(copied, words[i].begin - copied));
        snippet += style.highlight_begin;
        snippet += text.substr(words[i].begin, words[j].end - words[i].begin);
        snippet += style.highlight_end;
        copied = words[j].end;
        i = j;
    }
    append_plain(snippet, text.substr(copied, end - copied));
    // End on the word, or on the sentence's own punctuation right after it.
    if (end < text.size() && (text[end] == '.' || text[end] == ',' || text[end] == '"')) snippet += text[end];
    if (end + 1 < text.size()) snippet += ellipsis;
    return snippet;
}

}  // namespace telusur
