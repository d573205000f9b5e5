#include "searcher/hit_snippet.hpp"

#include "indexer/schema.hpp"
#include "indexer/stored_body.hpp"

#include <algorithm>
#include <vector>

namespace telusur {
namespace {

// The body positions where any of `terms` stands in the document, in order (title positions are left out).
std::vector<Xapian::termpos> body_positions(const Xapian::Database& db, Xapian::docid doc,
                                            const std::set<std::string>& terms) {
    std::vector<Xapian::termpos> positions;
    for (const std::string& term : terms)
        for (auto it = db.positionlist_begin(doc, term); it != db.positionlist_end(doc, term); ++it)
            if (*it >= schema::body_first_position) positions.push_back(*it);
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
    // gets its term. A joined whole ("anak-anak") shares its first part's position, but snippets mark its parts,
    // so it needs none. Other words keep no term and match nothing.
    std::vector<Token> words = stored.spans_known
                                   ? analyzer.locate_words(text, stored.spans, schema::body_first_position)
                                   : analyzer.locate_words(text, schema::body_first_position);
    const std::vector<Xapian::termpos> positions = body_positions(db, id, terms);
    auto position = positions.begin();
    for (Token& word : words) {
        position = std::lower_bound(position, positions.end(), word.position);
        if (position == positions.end()) break;
        if (*position == word.position && !word.compound) word.term = analyzer.term(text, word);
    }
    return make_snippet(text, words, terms, style);
}

}  // namespace telusur
