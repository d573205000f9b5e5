#include "indexer/stored_body.hpp"

#include "indexer/schema.hpp"

namespace telusur {
namespace {

void append_varint(std::string& out, std::size_t value) {
    while (value >= 0x80) {
        out.push_back(static_cast<char>(0x80 | (value & 0x7f)));
        value >>= 7;
    }
    out.push_back(static_cast<char>(value));
}

bool read_varint(std::string_view& in, std::size_t& value) {
    value = 0;
    for (unsigned shift = 0; !in.empty() && shift < 64; shift += 7) {
        const auto byte = static_cast<unsigned char>(in.front());
        in.remove_prefix(1);
        value |= static_cast<std::size_t>(byte & 0x7f) << shift;
        if (byte < 0x80) return true;
    }
    return false;
}

}  // namespace

// The body's length and bytes, then each span as the gap from the end of the one before and its length.
std::string encode_stored_body(std::string_view body, const std::vector<WordSpan>& spans) {
    std::string out;
    out.reserve(body.size() + 8 + spans.size() * 2);
    append_varint(out, body.size());
    out.append(body);
    std::size_t previous_end = 0;
    for (const WordSpan& span : spans) {
        if (span.end > schema::snippet_search_bytes) break;
        append_varint(out, span.begin - previous_end);
        append_varint(out, span.end - span.begin);
        previous_end = span.end;
    }
    return out;
}

StoredBody decode_stored_body(std::string_view data) {
    StoredBody stored;
    std::string_view in = data;
    std::size_t size;
    if (!read_varint(in, size) || size > in.size()) {
        stored.body = std::string(data);
        return stored;
    }
    stored.body = std::string(in.substr(0, size));
    in.remove_prefix(size);
    const std::size_t opening = std::min(size, schema::snippet_search_bytes);
    std::size_t previous_end = 0;
    while (!in.empty()) {
        std::size_t gap, length;
        if (!read_varint(in, gap) || !read_varint(in, length) || gap > opening - previous_end ||
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
