// StoredBody: an article's body as the index keeps it for snippets, with where the words of its opening stand
// (Analyzer::word_spans) and a print of the term each is indexed under, so a snippet finds the words a query matched
// without segmenting the body again (ICU's word segmentation was half of what a snippet cost) and without reading
// the query terms' position lists (a B-tree look-up for every term of every hit, a seventh of a page's time).
//
// Kept in schema::body_slot as one LZ4 block rather than in the document data, which Xapian deflates with zlib:
// deflating was a tenth of the indexing work, and inflating each hit's body a tenth of a snippet's; LZ4 does both
// several times faster for an index 6% larger (benchmarks/RESULTS.md).
#pragma once

#include "indexer/analyzer.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace telusur {

// Sixteen bits of a term: a word whose print differs from a query term's is not that term. Equal prints are only
// likely the same term (one word in 65,536 shares a given term's print), so a snippet checks them by analysing
// the word. Never 0, which stands for a word the index holds no term for.
using TermPrint = std::uint16_t;
TermPrint term_print(std::string_view term);

struct StoredBody {
    std::string body;
    // The words of body's opening schema::snippet_search_bytes, in order, and each one's term print (0: none);
    // unknown when the data holds none usable.
    std::vector<WordSpan> spans;
    std::vector<TermPrint> prints;
    bool spans_known = false;
};

// The term print of each of `span_count` words, from their tokens (Analyzer::analyze over the same spans, positions
// from `first_position`): a joined whole ("anak-anak") shares its first part's position, and the part's own term
// is the one printed.
std::vector<TermPrint> term_prints(std::size_t span_count, const std::vector<Token>& tokens,
                                   std::uint32_t first_position);

// `spans`: the body's words (Analyzer::word_spans), `prints` theirs (term_prints); only those inside its opening are
// kept.
std::string encode_stored_body(std::string_view body, const std::vector<WordSpan>& spans,
                               const std::vector<TermPrint>& prints);
// Any bytes: data not in this form (damaged, or not telusur's) gives an empty body with spans unknown, and is never
// read past its end nor taken to hold more than an article can.
StoredBody decode_stored_body(std::string_view data);

}  // namespace telusur
