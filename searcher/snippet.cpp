#include "searcher/snippet.hpp"

#include <algorithm>
#include <iterator>

namespace telusur {
namespace {

constexpr std::string_view ellipsis = "\u2026";

// The start of the UTF-8 character at or before `at`.
std::size_t char_start(std::string_view text, std::size_t at) {
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
}

void append_plain(std::string& out, std::string_view text) {
    for (char c : text) {
        const bool space = c == '\n' || c == '\r' || c == '\t';
        if (space && !out.empty() && out.back() == ' ') continue;
        out += space ? ' ' : c;
    }
}

// First and last span of a written word.
struct Unit {
    std::size_t first = 0, last = 0;
};

// The text's words as a snippet sees them: a word written with hyphens or dots ("anak-anak", "kompas.com") is one
// unit that a snippet never cuts, if it is a word the analyzer keeps whole too (few parts, not too long).
class Words {
public:
    Words(std::string_view text, const std::vector<WordSpan>& spans) : text_(text), spans_(spans) {}

    std::size_t size() const { return spans_.size(); }
    std::size_t begin(std::size_t i) const { return spans_[i].begin; }
    std::size_t end(std::size_t i) const { return spans_[i].end; }

    Unit unit_of(std::size_t i) const {
        constexpr std::size_t most = Analyzer::max_compound_parts;
        std::size_t first = i, last = i;
        while (first > 0 && i - first < most && joined(first)) --first;
        while (last + 1 < spans_.size() && last - i < most && joined(last + 1)) ++last;
        // Joined beyond the parts looked at: a longer list, only its parts.
        const bool whole = !(first > 0 && joined(first)) && !(last + 1 < spans_.size() && joined(last + 1)) &&
                           Analyzer::keeps_whole(last - first + 1, spans_[last].end - spans_[first].begin);
        return whole ? Unit{first, last} : Unit{i, i};
    }

    // Where the word at `i` ends for a window reaching it from `from`: inside the unit `from` is in, at its own end;
    // otherwise at its unit's end, as a window takes a unit whole or not at all.
    std::size_t end_seen_from(const Unit& from, std::size_t i) const {
        if (i >= from.first && i <= from.last) return spans_[i].end;
        return spans_[unit_of(i).last].end;
    }

    // Two words with nothing but a short run of punctuation between them ("Anak-anak", "kompas.com", "1/2"): marked as
    // one. "banjir. Banjir" is two.
    bool adjacent(std::size_t i) const {
        const std::size_t gap = spans_[i + 1].begin - spans_[i].end;
        return gap > 0 && gap <= 3 &&
               text_.substr(spans_[i].end, gap).find_first_of(" \t\r\n") == std::string_view::npos;
    }

private:
    bool joined(std::size_t i) const {
        return Analyzer::joins_words(text_.substr(spans_[i - 1].end, spans_[i].begin - spans_[i - 1].end));
    }

    std::string_view text_;
    const std::vector<WordSpan>& spans_;
};

// Matched words first..last (indexes into the matched list), with the distinct terms and matches between them.
struct Window {
    std::size_t first = 0, last = 0;
    std::size_t distinct = 0, written = 0, hits = 0;

    bool better_than(const Window& other) const {
        if (distinct != other.distinct) return distinct > other.distinct;
        if (written != other.written) return written > other.written;
        return hits > other.hits;
    }
};

// The window of matched words fitting in max_bytes with the most distinct terms, then the most written as the query
// wrote them, then the most matches; the earliest wins ties, since leads say the most. One pass with two ends (a
// query's common words can match hundreds of words of a long article).
Window best_window(const Words& words, const std::vector<MatchedWord>& matched, std::size_t terms,
                   std::size_t max_bytes) {
    Window best;
    std::vector<std::size_t> count(terms);  // matches of each term inside [first, end)
    Window window;
    std::size_t end = 0;
    for (std::size_t first = 0; first < matched.size(); ++first) {
        if (end < first) end = first;
        const std::size_t from = matched[first].span;
        const Unit unit = words.unit_of(from);
        const std::size_t limit = words.begin(from) + max_bytes;
        while (end < matched.size() && words.end_seen_from(unit, matched[end].span) <= limit) {
            ++window.hits;
            window.written += matched[end].written ? 1 : 0;
            if (count[static_cast<std::size_t>(matched[end].term)]++ == 0) ++window.distinct;
            ++end;
        }
        if (end == first) continue;  // the word alone is longer than a snippet
        window.first = first;
        window.last = end - 1;
        if (window.better_than(best)) best = window;
        --window.hits;  // `first` leaves the window
        window.written -= matched[first].written ? 1 : 0;
        if (--count[static_cast<std::size_t>(matched[first].term)] == 0) --window.distinct;
    }
    return best;
}

// How many parts follow the joined whole tokens[i] (two for anak-anak).
std::size_t part_count(const std::vector<Token>& tokens, std::size_t i) {
    std::size_t next = i + 1;
    while (next < tokens.size() && !tokens[next].compound && tokens[next].end <= tokens[i].end) ++next;
    return next - i - 1;
}

}  // namespace

int term_index(const std::set<std::string>& terms, const std::string& term) {
    const auto found = terms.find(term);
    return found == terms.end() ? -1 : static_cast<int>(std::distance(terms.begin(), found));
}

std::string make_snippet(std::string_view text, const std::vector<WordSpan>& spans,
                         const std::vector<MatchedWord>& matched, std::size_t term_count, const SnippetStyle& style) {
    if (spans.empty()) return {};
    const Words words(text, spans);
    const Window window = best_window(words, matched, term_count, style.max_bytes);
    // With nothing matched in this text, its opening.
    std::size_t first = window.distinct ? matched[window.first].span : 0;
    std::size_t last = window.distinct ? matched[window.last].span : 0;

    // Spend the room left on context: up to half of it on the words before the matches, the rest after them,
    // without cutting a written word.
    const std::size_t room = style.max_bytes - std::min(style.max_bytes, words.end(last) - words.begin(first));
    const std::size_t first_match = first, first_match_at = words.begin(first);
    while (first > 0 && words.begin(first - 1) + room / 2 >= first_match_at) --first;
    if (const Unit unit = words.unit_of(first); unit.first < first && unit.last < first_match) first = unit.last + 1;
    const std::size_t limit = words.begin(first) + style.max_bytes;
    for (Unit unit = words.unit_of(last); last + 1 < words.size();) {
        if (last == unit.last) unit = words.unit_of(last + 1);  // the next unit, taken whole or not at all
        const std::size_t reach = last + 1 == unit.first ? unit.last : last + 1;
        if (words.end(reach) > limit) break;
        last = reach;
    }
    const std::size_t begin = char_start(text, words.begin(first));
    const std::size_t end = words.end(last);

    std::string snippet;
    if (begin > 0) snippet += ellipsis;
    std::size_t copied = begin;
    auto match = std::lower_bound(matched.begin(), matched.end(), first,
                                  [](const MatchedWord& word, std::size_t span) { return word.span < span; });
    for (; match != matched.end() && match->span <= last; ++match) {
        const std::size_t i = match->span;
        std::size_t j = i;
        while (std::next(match) != matched.end() && std::next(match)->span == j + 1 && j + 1 <= last &&
               words.adjacent(j)) {
            ++match;
            ++j;
        }
        append_plain(snippet, text.substr(copied, words.begin(i) - copied));
        snippet += style.highlight_begin;
        snippet += text.substr(words.begin(i), words.end(j) - words.begin(i));
        snippet += style.highlight_end;
        copied = words.end(j);
    }
    append_plain(snippet, text.substr(copied, end - copied));
    // End on the word, or on the sentence's own punctuation right after it.
    if (end < text.size() && (text[end] == '.' || text[end] == ',' || text[end] == '"')) snippet += text[end];
    if (end + 1 < text.size()) snippet += ellipsis;
    return snippet;
}

std::string make_snippet(Analyzer& analyzer, std::string_view text, const std::set<std::string>& terms,
                         const SnippetStyle& style, const WrittenForms& forms) {
    const std::vector<WordSpan> spans = analyzer.word_spans(text);
    const std::vector<Token> tokens = analyzer.analyze(text, spans, 0);
    std::vector<MatchedWord> matched;
    const std::string* whole = nullptr;  // the term of the two-part joined word being read, for its parts
    std::size_t whole_end = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        // A joined whole marks none itself: its parts are marked, each by its own term, or by the whole's where
        // the word has two parts and only the whole's term is sought (the K and pop of K-pop, for kpop).
        if (token.compound) {
            whole = part_count(tokens, i) == 2 ? &token.term : nullptr;
            whole_end = token.end;
            continue;
        }
        int index = term_index(terms, token.term);
        bool written = index >= 0 && forms.contains({token.term, token.form});
        if (index < 0 && whole && token.end <= whole_end && (index = term_index(terms, *whole)) >= 0)
            written = forms.contains({*whole, token.form});
        if (index >= 0) matched.push_back({token.position, index, written});
    }
    return make_snippet(text, spans, matched, terms.size(), style);
}

}  // namespace telusur
