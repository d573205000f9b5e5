// StoredBody: an article's body as the index keeps it for snippets, with where the words of its opening stand
// (Analyzer::word_spans), so a snippet finds the words at the positions a query matched without segmenting the body
// again: ICU's word segmentation was half of what a snippet cost.
//
// Kept in schema::body_slot as one LZ4 block rather than in the document data, which Xapian deflates with zlib:
// deflating was a tenth of the indexing work, and inflating each hit's body a tenth of a snippet's; LZ4 does both
// several times faster for an index 6% larger (benchmarks/RESULTS.md).
#pragma once

#include "indexer/analyzer.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace telusur {

struct StoredBody {
    std::string body;
    // The words of body's opening schema::snippet_search_bytes, in order; unknown when the data holds none usable.
    std::vector<WordSpan> spans;
    bool spans_known = false;
};

// `spans`: the body's words (Analyzer::word_spans); only those inside its opening are kept.
std::string encode_stored_body(std::string_view body, const std::vector<WordSpan>& spans);
// Any bytes: data not in this form (damaged, or not telusur's) gives an empty body with spans unknown, and is never
// read past its end nor taken to hold more than an article can.
StoredBody decode_stored_body(std::string_view data);

}  // namespace telusur
