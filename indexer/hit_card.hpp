// HitCard: what a search hit shows of an article, kept in one value slot (schema::hit_card_slot). Xapian keeps each
// value slot in a stream of its own, so reading a hit's fields from eight slots cost eight B-tree look-ups; one card
// is one. The slots that sorting, filters and facets read stay as they are.
#pragma once

#include <string>
#include <string_view>

namespace telusur {

struct HitCard {
    std::string id, title;
    std::string date;  // yyyymmdd, as schema::date_slot
    std::string source, url, dateline;
    std::string places, agencies;  // listings (schema::listed_names)

    std::string encode() const;
    // A value that is not a card (cut short, or from another program) gives the fields it holds whole, the rest empty.
    static HitCard decode(std::string_view value);
};

}  // namespace telusur
