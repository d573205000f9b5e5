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

// Each field is its length, then its bytes: any byte may occur in a field.
std::string HitCard::encode() const {
    std::string out;
    std::size_t bytes = 0;
    for (const auto field : fields()) bytes += (this->*field).size() + 2;
    out.reserve(bytes);
    for (const auto field : fields()) {
        varint::append(out, (this->*field).size());
        out.append(this->*field);
    }
    return out;
}

HitCard HitCard::decode(std::string_view value) {
    HitCard card;
    for (const auto field : fields()) {
        std::size_t length;
        if (!varint::read(value, length) || length > value.size()) break;
        card.*field = std::string(value.substr(0, length));
        value.remove_prefix(length);
    }
    return card;
}

}  // namespace telusur
