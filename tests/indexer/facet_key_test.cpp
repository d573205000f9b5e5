// The facet key: what the facets count of an article comes back from its one stored value as it went in; a value that
// is not a whole key gives what it holds, never part of a name, garbage or a crash.
#include "indexer/facet_key.hpp"

#include <catch2/catch.hpp>

using namespace telusur;

namespace {

FacetKey full_key() {
    FacetKey key;
    key.date = "20191005";
    key.source = std::string("Kabar\0Nusantara ", 16) + std::string(200, 'x');  // any byte; over 127 bytes long
    key.places = {"Kabupaten Blora", "Cepu", "Jawa Tengah"};
    key.agencies = {"Dinas Sosial"};
    return key;
}

bool same(const FacetKey& a, const FacetKey& b) {
    return a.date == b.date && a.source == b.source && a.places == b.places && a.agencies == b.agencies;
}

}  // namespace

TEST_CASE("A facet key gives back its date, source and names in order", "[facet_key]") {
    const FacetKey key = full_key();
    CHECK(same(FacetKey::decode(key.encode()), key));
    CHECK(same(FacetKey::decode(FacetKey{}.encode()), FacetKey{}));
    FacetKey agencies_only;
    agencies_only.agencies = {"KPK", "Polres Bekasi"};
    CHECK(same(FacetKey::decode(agencies_only.encode()), agencies_only));
}

TEST_CASE("A facet key cut short gives whole fields and whole names only", "[facet_key]") {
    const FacetKey key = full_key();
    const std::string value = key.encode();
    for (std::size_t cut = 0; cut < value.size(); ++cut) {
        INFO("cut at " << cut);
        const FacetKey read = FacetKey::decode(std::string_view(value).substr(0, cut));
        CHECK((read.date.empty() || read.date == key.date));
        CHECK((read.source.empty() || read.source == key.source));
        CHECK((read.places.empty() || read.places == key.places));
        CHECK(read.agencies.empty());  // the last field, whole only when nothing is cut
    }
    CHECK(FacetKey::decode("").source.empty());
    CHECK(FacetKey::decode("\xff\xff\xff").date.empty());  // a length that never ends
}

TEST_CASE("A facet key read in place gives its fields and each name, with no copy made", "[facet_key]") {
    const FacetKey key = full_key();
    const std::string value = key.encode();
    const FacetKeyView view = FacetKeyView::read(value);
    CHECK(view.date == key.date);
    CHECK(view.source == key.source);
    std::vector<std::string> places;
    each_name(view.places, [&](std::string_view name) { places.emplace_back(name); });
    CHECK(places == key.places);
    CHECK(view.agencies == "Dinas Sosial");
    // The views point into the value itself.
    CHECK(view.source.data() >= value.data());
    CHECK(view.source.data() + view.source.size() <= value.data() + value.size());
    std::size_t names = 0;
    each_name(FacetKeyView::read(FacetKey{}.encode()).places, [&](std::string_view) { ++names; });
    CHECK(names == 0);
}
