// FacetKey: what the facets count of an article (date, source, places and agencies named), kept in one value slot
// (schema::facet_slot). Xapian keeps each value slot in a stream of its own, so counting from four slots read four
// streams for every matching article; one key is one read. Xapian's own ValueCountMatchSpy counts the keys, so the
// counting also runs on remote shards; the searcher then splits each key into its facets.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace telusur {

struct FacetKey {
    std::string date;                           // yyyymmdd, as schema::date_slot; empty when undated
    std::string source;                         // as written
    std::vector<std::string> places, agencies;  // display names, most prominent first

    std::string encode() const;
    // A value that is not a key (cut short, or from another program) gives the fields it holds whole, the rest empty.
    static FacetKey decode(std::string_view value);
};

}  // namespace telusur
