#include "indexer/hit_card.hpp"

#include <array>

namespace telusur {
namespace {

// The card's fields in their stored order; a new field goes at the end, with a new schema version.
std::array<std::string HitCard::*, 8> fields() {
    return {&HitCard::id,  &HitCard::title,    &HitCard::date,   &HitCard::source,
            &HitCard::url, &HitCard::dateline, &HitCard::places, &HitCard::agencies};
}

// Each field is its length as a base-128 varint (low bits first), then its bytes: any byte may occur in a field.
void append_length(std::string& out, std::size_t length) {
    while (length >= 0x80) {
        out.push_back(static_cast<char>(0x80 | (length & 0x7f)));
        length >>= 7;
    }
    out.push_back(static_cast<char>(length));
}

bool read_length(std::string_view& in, std::size_t& length) {
    length = 0;
    for (unsigned shift = 0; !in.empty() && shift < 64; shift += 7) {
        const auto byte = static_cast<unsigned char>(in.front());
        in.remove_prefix(1);
        length |= static_cast<std::size_t>(byte & 0x7f) << shift;
        if (byte < 0x80) return true;
    }
    return false;
}

}  // namespace

std::string HitCard::encode() const {
    std::string out;
    std::size_t bytes = 0;
    for (const auto field : fields()) bytes += (this->*field).size() + 2;
    out.reserve(bytes);
    for (const auto field : fields()) {
        append_length(out, (this->*field).size());
        out.append(this->*field);
    }
    return out;
}

HitCard HitCard::decode(std::string_view value) {
    HitCard card;
    for (const auto field : fields()) {
        std::size_t length;
        if (!read_length(value, length) || length > value.size()) break;
        card.*field = std::string(value.substr(0, length));
        value.remove_prefix(length);
    }
    return card;
}

}  // namespace telusur
