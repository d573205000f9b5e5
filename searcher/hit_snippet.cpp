#include "searcher/hit_snippet.hpp"

#include "indexer/schema.hpp"
#include "indexer/word_offsets.hpp"

#include <algorithm>
#include <vector>

namespace telusur {
namespace {

// Snippets are sought in the opening of very long articles only, to bound the work per hit.
constexpr std::size_t snippet_search_bytes = 64 * 1024;

struct Range {
    std::size_t begin, end;  // byte offsets
};

// The body positions (counted from the body's first word) of `terms` in the document, in order.
std::vector<std::size_t> body_positions(const Xapian::Database& db, Xapian::docid doc,
                                        const std::set<std::string>& terms) {
    std::vector<std::size_t> positions;
    for (const std::string& term : terms)
        for (auto it = db.positionlist_begin(doc, term); it != db.positionlist_end(doc, term); ++it)
            if (*it >= schema::body_first_position) positions.push_back(*it - schema::body_first_position);
    std::sort(positions.begin(), positions.end());
    return positions;
}

// The parts of the text (its first `text_bytes`) holding every token the snippet can be made of: from max_bytes
// before each matched word (the context before it) to twice max_bytes after it (a window starting at it, then the
// context after), with room for a word straddling the end. Each part starts and ends where a word starts, so that
// analysing it alone gives the tokens analysing the whole text gives there. The opening is always one: with no
// match in the text, it is the snippet.
std::vector<Range> snippet_parts(const std::vector<std::size_t>& offsets, const std::vector<std::size_t>& positions,
                                 std::size_t text_bytes, std::size_t max_bytes) {
    const std::size_t reach = 2 * max_bytes + 2 * Analyzer::max_word_bytes;
    const auto word_start_before = [&](std::size_t at) {
        const auto it = std::upper_bound(offsets.begin(), offsets.end(), at);
        return it == offsets.begin() ? std::size_t{0} : *(it - 1);
    };
    const auto word_start_after = [&](std::size_t at) {
        const auto it = std::lower_bound(offsets.begin(), offsets.end(), at);
        return it == offsets.end() ? text_bytes : std::min(*it, text_bytes);
    };
    std::vector<Range> parts;
    // A part for the word at `position`: between offsets it begins in [first, last).
    const auto add = [&](std::size_t position) {
        const std::size_t block = position / schema::word_offsets_stride;
        if (block >= offsets.size()) return false;
        const std::size_t first = offsets[block];
        const std::size_t last = block + 1 < offsets.size() ? offsets[block + 1] : text_bytes;
        const std::size_t begin = word_start_before(first > max_bytes ? first - max_bytes : 0);
        const std::size_t end = word_start_after(last + reach);
        if (begin >= text_bytes) return true;
        if (!parts.empty() && begin <= parts.back().end) parts.back().end = std::max(parts.back().end, end);
        else parts.push_back({begin, end});
        return true;
    };
    add(0);
    for (const std::size_t position : positions)
        if (!add(position)) return {{0, text_bytes}};  // offsets that do not cover the positions: read it all
    return parts;
}

}  // namespace

std::string hit_snippet(const Xapian::Database& db, const Xapian::Document& doc, Analyzer& analyzer,
                        const std::set<std::string>& terms, const SnippetStyle& style) {
    const std::string body = doc.get_data();
    std::string_view text(body);
    if (text.size() > snippet_search_bytes) text = text.substr(0, snippet_search_bytes);
    const std::vector<std::size_t> offsets = word_offsets::decode(doc.get_value(schema::word_offsets_slot));
    if (offsets.empty()) return make_snippet(analyzer, text, terms, style);  // an index without word offsets

    std::vector<Token> tokens;
    for (const Range& part :
         snippet_parts(offsets, body_positions(db, doc.get_docid(), terms), text.size(), style.max_bytes)) {
        for (Token& token : analyzer.analyze(text.substr(part.begin, part.end - part.begin))) {
            token.begin += part.begin;
            token.end += part.begin;
            tokens.push_back(std::move(token));
        }
    }
    return make_snippet(text, tokens, terms, style);
}

}  // namespace telusur
