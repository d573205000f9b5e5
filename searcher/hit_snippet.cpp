#include "searcher/hit_snippet.hpp"

#include "indexer/schema.hpp"
#include "indexer/stored_body.hpp"

#include <algorithm>
#include <iterator>
#include <optional>
#include <vector>

namespace telusur {
namespace {

// Where each of `terms` stands in the document's body, in order: the position and the term's index in `terms`
// (title positions are left out).
std::vector<std::pair<Xapian::termpos, int>> body_positions(const Xapian::Database& db, Xapian::docid doc,
                                                            const std::set<std::string>& terms) {
    std::vector<std::pair<Xapian::termpos, int>> positions;
    int index = 0;
    for (const std::string& term : terms) {
        for (auto it = db.positionlist_begin(doc, term); it != db.positionlist_end(doc, term); ++it)
            if (*it >= schema::body_first_position) positions.emplace_back(*it, index);
        ++index;
    }
    std::sort(positions.begin(), positions.end());
    return positions;
}

}  // namespace

std::string hit_snippet(const Xapian::Database& db, Xapian::docid id, const Xapian::Document& doc, Analyzer& analyzer,
                        const std::set<std::string>& terms, const SnippetStyle& style) {
    const StoredBody stored = decode_stored_body(doc.get_value(schema::body_slot));
    std::string_view text(stored.body);
    if (text.size() > schema::snippet_search_bytes) text = text.substr(0, schema::snippet_search_bytes);
    // The body's words with the positions the indexer gave them; a word at a position where a query term stands
    // matches that term. A joined whole ("se-Kabupaten") shares its first part's position, but snippets mark its
    // parts, so it matches none; and its first part ("se") is stemmed to tell its own term from the whole's.
    const std::vector<WordPlace> places = stored.spans_known
                                              ? analyzer.locate_words(text, stored.spans, schema::body_first_position)
                                              : analyzer.locate_words(text, schema::body_first_position);
    const auto positions = body_positions(db, id, terms);
    std::vector<SnippetWord> words;
    words.reserve(places.size());
    auto match = positions.begin();
    std::optional<Xapian::termpos> joined_at;  // the position of the last joined whole
    for (const WordPlace& place : places) {
        SnippetWord& word = words.emplace_back(SnippetWord{place.begin, place.end, -1});
        if (place.compound) {
            joined_at = place.position;
            continue;
        }
        while (match != positions.end() && match->first < place.position) ++match;
        if (match == positions.end() || match->first != place.position) continue;
        if (joined_at != place.position) {
            word.term = match->second;
        } else if (const auto term = terms.find(analyzer.term(text, place)); term != terms.end()) {
            word.term = static_cast<int>(std::distance(terms.begin(), term));
        }
    }
    return make_snippet(text, words, terms.size(), style);
}

}  // namespace telusur
