#include "searcher/hit_snippet.hpp"

#include "indexer/schema.hpp"
#include "indexer/stored_body.hpp"

#include <algorithm>
#include <iterator>
#include <vector>

namespace telusur {

std::string hit_snippet(const Xapian::Document& doc, Analyzer& analyzer, const std::set<std::string>& terms,
                        const SnippetStyle& style) {
    const StoredBody stored = decode_stored_body(doc.get_value(schema::body_slot));
    std::string_view text(stored.body);
    if (text.size() > schema::snippet_search_bytes) text = text.substr(0, schema::snippet_search_bytes);
    const std::vector<WordPlace> places = stored.spans_known
                                              ? analyzer.locate_words(text, stored.spans, schema::body_first_position)
                                              : analyzer.locate_words(text, schema::body_first_position);
    std::vector<TermPrint> wanted;
    for (const std::string& term : terms) wanted.push_back(term_print(term));
    std::vector<SnippetWord> words;
    words.reserve(places.size());
    for (const WordPlace& place : places) {
        SnippetWord& word = words.emplace_back(SnippetWord{place.begin, place.end, -1});
        // A joined whole ("anak-anak") marks none: its parts are marked, each by its own term.
        if (place.compound) continue;
        // The stored prints spare analysing every word; without them (spans damaged) each word is analysed.
        if (stored.spans_known && std::find(wanted.begin(), wanted.end(),
                                            stored.prints[place.position - schema::body_first_position]) ==
                                      wanted.end())
            continue;
        if (const auto term = terms.find(analyzer.term(text, place)); term != terms.end())
            word.term = static_cast<int>(std::distance(terms.begin(), term));
    }
    return make_snippet(text, words, terms.size(), style);
}

}  // namespace telusur
