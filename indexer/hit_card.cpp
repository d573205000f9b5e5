#include "indexer/hit_card.hpp"

#include "indexer/varint.hpp"

#include <array>

namespace telusur {
namespace {

// The card's fields in their stored order; a new field goes at the end, with a new schema version.
std::array<std::string HitCard::*, 8> fields() {
    return {&HitCard::id,  &HitCard::title,    &HitCard::date,   &HitCard::source,
            &HitCard::url, &HitCard::dateline, &HitCard::places, &HitCard::agencies};
}

}  // namespace

std::string HitCard::encode() const {
    std::string out;
    std::size_t bytes = 0;
    for (const auto field : fields()) bytes += (this->*field).size() + 2;
    out.reserve(bytes);
    for (const auto field : fields()) varint::append_field(out, this->*field);
    return out;
}

HitCard HitCard::decode(std::string_view value) {
    HitCard card;
    std::string_view text;
    for (const auto field : fields()) {
        if (!varint::read_field(value, text)) break;
        card.*field = text;
    }
    return card;
}

}  // namespace telusur
