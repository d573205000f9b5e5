// StoredBody: an article's document data, its body and where the words of its opening stand (Analyzer::word_spans),
// so a snippet finds the words at the positions a query matched without segmenting the body again: ICU's word
// segmentation was half of what a snippet cost.
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
// Any bytes: data not in this form gives it all as the body, with spans unknown.
StoredBody decode_stored_body(std::string_view data);

}  // namespace telusur
