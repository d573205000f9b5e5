// Lengths and offsets in stored values (indexer/hit_card.hpp, facet_key.hpp, stored_body.hpp) as base-128
// varints: seven bits a byte, low bits first, the high bit set on every byte but the last. Small numbers take one
// byte.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace telusur::varint {

inline void append(std::string& out, std::size_t value) {
    while (value >= 0x80) {
        out.push_back(static_cast<char>(0x80 | (value & 0x7f)));
        value >>= 7;
    }
    out.push_back(static_cast<char>(value));
}

// Reads one from the front of `in` and takes it off; false when `in` ends first or the number runs past 64 bits.
inline bool read(std::string_view& in, std::size_t& value) {
    value = 0;
    for (unsigned shift = 0; !in.empty() && shift < 64; shift += 7) {
        const auto byte = static_cast<unsigned char>(in.front());
        in.remove_prefix(1);
        value |= static_cast<std::size_t>(byte & 0x7f) << shift;
        if (byte < 0x80) return true;
    }
    return false;
}

// A field of a stored value: its length, then its bytes, so any byte may occur in it.
inline void append_field(std::string& out, std::string_view field) {
    append(out, field.size());
    out.append(field);
}

// Reads one field from the front of `in` and takes it off; false (and `in` unusable) when `in` ends first.
inline bool read_field(std::string_view& in, std::string_view& field) {
    std::size_t length;
    if (!read(in, length) || length > in.size()) return false;
    field = in.substr(0, length);
    in.remove_prefix(length);
    return true;
}

}  // namespace telusur::varint
