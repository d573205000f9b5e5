#include "indexer/stored_body.hpp"

#include "indexer/schema.hpp"
#include "indexer/varint.hpp"

#include <algorithm>

namespace telusur {

// The body's length and bytes, then each span as the gap from the end of the one before and its length.
std::string encode_stored_body(std::string_view body, const std::vector<WordSpan>& spans) {
    std::string out;
    out.reserve(body.size() + 8 + spans.size() * 2);
    varint::append(out, body.size());
    out.append(body);
    std::size_t previous_end = 0;
    for (const WordSpan& span : spans) {
        if (span.end > schema::snippet_search_bytes) break;
        varint::append(out, span.begin - previous_end);
        varint::append(out, span.end - span.begin);
        previous_end = span.end;
    }
    return out;
}

StoredBody decode_stored_body(std::string_view data) {
    StoredBody stored;
    std::string_view in = data;
    std::size_t size;
    if (!varint::read(in, size) || size > in.size()) {
        stored.body = std::string(data);
        return stored;
    }
    stored.body = std::string(in.substr(0, size));
    in.remove_prefix(size);
    const std::size_t opening = std::min(size, schema::snippet_search_bytes);
    std::size_t previous_end = 0;
    while (!in.empty()) {
        std::size_t gap, length;
        if (!varint::read(in, gap) || !varint::read(in, length) || gap > opening - previous_end ||
            length == 0 || length > opening - previous_end - gap) {
            stored.spans.clear();
            return stored;
        }
        const std::size_t begin = previous_end + gap;
        stored.spans.push_back({begin, begin + length});
        previous_end = begin + length;
    }
    stored.spans_known = true;
    return stored;
}

}  // namespace telusur
