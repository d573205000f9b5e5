#include "indexer/word_offsets.hpp"

#include "indexer/schema.hpp"

namespace telusur::word_offsets {

// Offsets rise, so each is written as its distance from the one before, 7 bits a byte, the high bit saying that
// more bytes follow: about one byte a stride of words.
std::string encode(const std::vector<Token>& body) {
    std::string value;
    std::size_t next_position = 0, previous = 0;  // position relative to the body's first
    for (const Token& token : body) {
        const std::size_t position = token.position - schema::body_first_position;
        for (; next_position <= position; next_position += schema::word_offsets_stride) {
            std::size_t delta = token.begin - previous;
            previous = token.begin;
            for (; delta >= 0x80; delta >>= 7) value += static_cast<char>(0x80 | (delta & 0x7F));
            value += static_cast<char>(delta);
        }
    }
    return value;
}

std::vector<std::size_t> decode(std::string_view value) {
    std::vector<std::size_t> offsets;
    std::size_t offset = 0, delta = 0;
    unsigned shift = 0;
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (shift > 8 * sizeof(std::size_t) - 7) return {};
        delta |= static_cast<std::size_t>(byte & 0x7F) << shift;
        if (byte & 0x80) {
            shift += 7;
            continue;
        }
        offset += delta;
        offsets.push_back(offset);
        delta = 0;
        shift = 0;
    }
    if (shift != 0) return {};  // cut short in the middle of a number
    return offsets;
}

}  // namespace telusur::word_offsets
