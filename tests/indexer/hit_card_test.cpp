// The hit card: every field a hit shows comes back from its one stored value exactly as it went in, whatever bytes
// it holds; a value that is not a whole card gives what it holds, never garbage or a crash.
#include "indexer/hit_card.hpp"

#include <catch2/catch.hpp>

using namespace telusur;

namespace {

HitCard full_card() {
    HitCard card;
    card.id = "click-123";
    card.title = "Banjir Rendam Blora";
    card.date = "20191005";
    card.source = "Tempo";
    card.url = "https://example.test/" + std::string(300, 'a');  // a length over 127 takes two bytes
    card.dateline = "BLORA";
    card.places = "33.16\tKabupaten Blora\tdateline,lead\n";
    card.agencies = std::string("teks\0dengan\0NUL", 15);  // escaped \u0000 in JSON is kept as text
    return card;
}

bool same(const HitCard& a, const HitCard& b) {
    return a.id == b.id && a.title == b.title && a.date == b.date && a.source == b.source && a.url == b.url &&
           a.dateline == b.dateline && a.places == b.places && a.agencies == b.agencies;
}

}  // namespace

TEST_CASE("A hit card gives back every field as written", "[hit_card]") {
    const HitCard card = full_card();
    CHECK(same(HitCard::decode(card.encode()), card));
    CHECK(same(HitCard::decode(HitCard{}.encode()), HitCard{}));
}

TEST_CASE("A hit card cut short gives the fields it holds whole and the rest empty", "[hit_card]") {
    const HitCard card = full_card();
    const std::string value = card.encode();
    for (std::size_t cut = 0; cut < value.size(); ++cut) {
        const HitCard read = HitCard::decode(std::string_view(value).substr(0, cut));
        // Every field is either whole or empty: a cut never yields part of a field.
        for (const auto& [got, want] : {std::pair{&read.id, &card.id}, {&read.title, &card.title},
                                        {&read.url, &card.url}, {&read.agencies, &card.agencies}})
            CHECK((got->empty() || *got == *want));
    }
    CHECK(HitCard::decode("").id.empty());
    CHECK(HitCard::decode("\xff\xff\xff").title.empty());  // a length that never ends
}
