#include "indexer/stored_body.hpp"

#include "corpus/article_reader.hpp"
#include "corpus/stable_hash.hpp"
#include "indexer/schema.hpp"
#include "indexer/varint.hpp"

#include <telusur/error.hpp>

#include <lz4.h>

#include <algorithm>
#include <optional>

namespace telusur {
namespace {

// The body, at most an article's size, and its opening's spans, a few bytes each.
constexpr std::size_t max_plain_bytes = max_article_bytes + 10 * schema::snippet_search_bytes;
static_assert(max_plain_bytes <= LZ4_MAX_INPUT_SIZE);

// The plain form: the body's length and bytes, then each span as the gap from the end of the one before, its
// length and its term print (two bytes, low first).
std::string plain_form(std::string_view body, const std::vector<WordSpan>& spans,
                       const std::vector<TermPrint>& prints) {
    std::string out;
    out.reserve(body.size() + 8 + spans.size() * 4);
    varint::append(out, body.size());
    out.append(body);
    std::size_t previous_end = 0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const WordSpan& span = spans[i];
        if (span.end > schema::snippet_search_bytes) break;
        varint::append(out, span.begin - previous_end);
        varint::append(out, span.end - span.begin);
        const TermPrint print = i < prints.size() ? prints[i] : 0;
        out.push_back(static_cast<char>(print & 0xff));
        out.push_back(static_cast<char>(print >> 8));
        previous_end = span.end;
    }
    return out;
}

StoredBody read_plain_form(std::string_view in) {
    StoredBody stored;
    std::size_t size;
    if (!varint::read(in, size) || size > in.size()) return stored;
    stored.body = std::string(in.substr(0, size));
    in.remove_prefix(size);
    const std::size_t opening = std::min(size, schema::snippet_search_bytes);
    // Each span takes at least four bytes: growing the lists as they fill was a tenth of reading them.
    stored.spans.reserve(in.size() / 4);
    stored.prints.reserve(in.size() / 4);
    std::size_t previous_end = 0;
    while (!in.empty()) {
        std::size_t gap, length;
        if (!varint::read(in, gap) || !varint::read(in, length) || gap > opening - previous_end ||
            length == 0 || length > opening - previous_end - gap || in.size() < 2) {
            stored.spans.clear();
            stored.prints.clear();
            return stored;
        }
        const std::size_t begin = previous_end + gap;
        stored.spans.push_back({begin, begin + length});
        stored.prints.push_back(static_cast<TermPrint>(static_cast<unsigned char>(in[0]) |
                                                       static_cast<unsigned char>(in[1]) << 8));
        in.remove_prefix(2);
        previous_end = begin + length;
    }
    stored.spans_known = true;
    return stored;
}

// The plain form back from the stored form; nullopt when `data` is not one.
std::optional<std::string> decompressed(std::string_view data) {
    std::size_t size;
    // LZ4 expands a block at most 255 times: a larger length says the data is not one, before allocating for it.
    if (!varint::read(data, size) || size > max_plain_bytes || size > data.size() * 255 ||
        data.size() > LZ4_COMPRESSBOUND(max_plain_bytes))
        return std::nullopt;
    std::string plain(size, '\0');
    const int written =
        LZ4_decompress_safe(data.data(), plain.data(), static_cast<int>(data.size()), static_cast<int>(size));
    if (written < 0 || static_cast<std::size_t>(written) != size) return std::nullopt;
    return plain;
}

}  // namespace

// The top 16 bits of a stable hash, mixed (FNV alone spreads short, similar terms poorly): fixed for good, as
// indexes keep it.
TermPrint term_print(std::string_view term) {
    const auto print = static_cast<TermPrint>(stable_hash::mix(stable_hash::fnv1a(term)) >> 48);
    return print == 0 ? 1 : print;
}

std::vector<TermPrint> term_prints(std::size_t span_count, const std::vector<Token>& tokens,
                                   std::uint32_t first_position) {
    std::vector<TermPrint> prints(span_count, 0);
    for (const Token& token : tokens) {
        const std::size_t word = token.position - first_position;
        if (!token.compound && token.position >= first_position && word < span_count)
            prints[word] = term_print(token.term);
    }
    return prints;
}

// The stored form: the plain form's length, then the plain form as one LZ4 block.
std::string encode_stored_body(std::string_view body, const std::vector<WordSpan>& spans,
                               const std::vector<TermPrint>& prints) {
    const std::string plain = plain_form(body, spans, prints);
    if (plain.size() > max_plain_bytes) throw InputError("", 0, "body of " + too_large(body.size()));
    std::string out;
    varint::append(out, plain.size());
    const std::size_t header = out.size();
    out.resize(header + static_cast<std::size_t>(LZ4_compressBound(static_cast<int>(plain.size()))));
    const int written = LZ4_compress_default(plain.data(), out.data() + header, static_cast<int>(plain.size()),
                                             static_cast<int>(out.size() - header));
    out.resize(header + static_cast<std::size_t>(written));
    return out;
}

StoredBody decode_stored_body(std::string_view data) {
    const std::optional<std::string> plain = decompressed(data);
    return plain ? read_plain_form(*plain) : StoredBody{};
}

}  // namespace telusur
