#include "searcher/hit_snippet.hpp"

#include "indexer/schema.hpp"

#include <algorithm>
#include <iterator>

namespace telusur {

HitSnippets::HitSnippets(Analyzer& analyzer, const std::set<std::string>& terms, SnippetStyle style)
    : analyzer_(analyzer), terms_(terms), style_(std::move(style)) {
    for (const std::string& term : terms_) wanted_.push_back(term_print(term));
}

int HitSnippets::term_of(std::string_view text, const WordSpan& span) {
    const std::string_view written = text.substr(span.begin, span.end - span.begin);
    if (const auto it = seen_.find(written); it != seen_.end()) return it->second;
    const auto term = terms_.find(analyzer_.term(text, span));
    const int index = term == terms_.end() ? -1 : static_cast<int>(std::distance(terms_.begin(), term));
    seen_.emplace(written, index);
    return index;
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
        if (stored.spans_known && std::find(wanted_.begin(), wanted_.end(), stored.prints[i]) == wanted_.end())
            continue;
        if (spans[i].end - spans[i].begin > Analyzer::max_word_bytes) continue;  // never indexed
        if (const int term = term_of(text, spans[i]); term >= 0) matched.push_back({i, term});
    }
    return make_snippet(text, spans, matched, terms_.size(), style_);
}

}  // namespace telusur
