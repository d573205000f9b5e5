#include "searcher/hit_snippet.hpp"

#include "indexer/schema.hpp"

#include <algorithm>
#include <iterator>
#include <optional>

namespace telusur {

HitSnippets::HitSnippets(Analyzer& analyzer, const std::set<std::string>& terms, SnippetStyle style,
                         const WrittenForms& forms)
    : analyzer_(analyzer), terms_(terms), forms_(forms), style_(std::move(style)) {
    for (const std::string& term : terms_) wanted_[term_print(term)] = true;
    seeks_open_compounds_ = std::any_of(terms_.begin(), terms_.end(),
                                        [&](const std::string& term) { return analyzer_.is_open_compound_term(term); });
}

namespace {

// Whether the words spans[a] and spans[a + 1] are one written word (anak-anak), as the analyzer joins them.
bool joined(const Analyzer& analyzer, std::string_view text, const std::vector<WordSpan>& spans, std::size_t a) {
    return a + 1 < spans.size() && spans[a + 1].end <= text.size() &&
           analyzer.joins_words(text, spans[a], spans[a + 1]);
}

// The first word of the two-word joined word spans[i] is part of, if it is part of one of exactly two words.
std::optional<std::size_t> pair_start(const Analyzer& analyzer, std::string_view text,
                                      const std::vector<WordSpan>& spans, std::size_t i) {
    const auto at = [&](std::size_t a) { return joined(analyzer, text, spans, a); };
    if (i > 0 && at(i - 1)) {
        if ((i >= 2 && at(i - 2)) || at(i)) return std::nullopt;
        return i - 1;
    }
    if (at(i) && !at(i + 1)) return i;
    return std::nullopt;
}

// Whether spans[i] is joined to a neighbour by a hyphen. Asked of every word of a page: the bytes either side of
// the word first (a hyphen, or the first or last byte of U+2010 and U+2011).
bool hyphen_joined(std::string_view text, const std::vector<WordSpan>& spans, std::size_t i) {
    const std::size_t begin = spans[i].begin, end = spans[i].end;
    const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    if (!(end < text.size() && (byte(end) == '-' || byte(end) == 0xE2)) &&
        !(begin > 0 && (byte(begin - 1) == '-' || byte(begin - 1) == 0x90 || byte(begin - 1) == 0x91)))
        return false;
    const auto hyphen_between = [&](std::size_t a) {
        if (spans[a + 1].end > text.size()) return false;
        const std::string_view between = text.substr(spans[a].end, spans[a + 1].begin - spans[a].end);
        return between != "." && Analyzer::joins_words(between);
    };
    return (i > 0 && hyphen_between(i - 1)) || (i + 1 < spans.size() && hyphen_between(i));
}

}  // namespace

MatchedWord HitSnippets::match(std::string_view text, const std::vector<WordSpan>& spans, std::size_t i,
                               bool own_term_may_match) {
    const auto index_of = [&](const std::string& term) { return term_index(terms_, term); };
    // A part of a word of two joined parts has the whole's term where that is a reduplication the stemmer keeps
    // whole (undang-undang; its print is that term's); else its own, and it is matched by the whole's term too (the
    // K and pop of K-pop by kpop). The whole's term is worked out once a page for each such word.
    if (const auto first = pair_start(analyzer_, text, spans, i)) {
        const WordSpan &a = spans[*first], &b = spans[*first + 1];
        if (own_term_may_match) {
            const std::string whole = analyzer_.reduplication_term(text, a, b);
            if (!whole.empty()) return {i, index_of(whole), forms_.contains({whole, analyzer_.form(text, spans[i])})};
        }
        const std::string_view pair = text.substr(a.begin, b.end - a.begin);
        auto known = wholes_seen_.find(pair);
        if (known == wholes_seen_.end()) known = wholes_seen_.emplace(pair, analyzer_.whole_term(text, a, b)).first;
        const std::string& whole = known->second;
        if (terms_.contains(whole) && !(own_term_may_match && terms_.contains(analyzer_.term(text, spans[i]))))
            return {i, index_of(whole), forms_.contains({whole, analyzer_.form(text, spans[i])})};
        if (!own_term_may_match) return {i, -1, false};
    }
    const WordSpan& span = spans[i];
    const std::string_view written = text.substr(span.begin, span.end - span.begin);
    auto it = seen_.find(written);
    if (it == seen_.end()) {
        const std::string term = analyzer_.term(text, span);
        const int index = index_of(term);
        // The form is analysed only for a word that matches, once a page.
        const bool as_written = index >= 0 && !forms_.empty() && forms_.contains({term, analyzer_.form(text, span)});
        it = seen_.emplace(written, MatchedWord{0, index, as_written}).first;
    }
    MatchedWord word = it->second;  // the same word elsewhere on the page
    word.span = i;
    return word;
}

std::string HitSnippets::of(const Xapian::Document& doc) {
    const StoredBody stored = decode_stored_body(doc.get_value(schema::body_slot));
    std::string_view text(stored.body);
    if (text.size() > schema::snippet_search_bytes) text = text.substr(0, schema::snippet_search_bytes);
    // Without stored spans (damaged) the body is segmented again and every word analysed.
    const std::vector<WordSpan> segmented = stored.spans_known ? std::vector<WordSpan>() : analyzer_.word_spans(text);
    const std::vector<WordSpan>& spans = stored.spans_known ? stored.spans : segmented;
    std::vector<MatchedWord> matched;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        // A word whose print is not among the query's can still match as a part of a joined word (K-pop for kpop).
        const bool own_term_may_match =
            !stored.spans_known || wanted_[stored.prints[i]];
        if (!own_term_may_match && !hyphen_joined(text, spans, i) &&
            !(seeks_open_compounds_ && pair_start(analyzer_, text, spans, i)))
            continue;
        if (spans[i].end - spans[i].begin > Analyzer::max_word_bytes) continue;  // never indexed
        if (const MatchedWord word = match(text, spans, i, own_term_may_match); word.term >= 0)
            matched.push_back(word);
    }
    return make_snippet(text, spans, matched, terms_.size(), style_);
}

}  // namespace telusur
