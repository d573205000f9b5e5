// FacetKey: what the facets count of an article (date, source, places and agencies named), kept in one value slot
// (schema::facet_slot). Xapian keeps each value slot in a stream of its own, so counting from four slots read four
// streams for every matching article; one key is one read (searcher/facets.hpp counts them).
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace telusur {

// A key's fields as views into its value, read without copying (facets read a key for every article they count).
// The places and agencies are names separated by line breaks (each_name).
struct FacetKeyView {
    std::string_view date, source, places, agencies;

    // A value that is not a key (cut short, or from another program) gives the fields it holds whole, the rest empty.
    static FacetKeyView read(std::string_view value);
};

// Calls visit(name) for each name of a FacetKeyView's places or agencies.
template <class Visit>
void each_name(std::string_view names, Visit visit) {
    while (!names.empty()) {
        const std::size_t end = std::min(names.find('\n'), names.size());
        visit(names.substr(0, end));
        names.remove_prefix(std::min(end + 1, names.size()));
    }
}

struct FacetKey {
    std::string date;                           // yyyymmdd, as schema::date_slot; empty when undated
    std::string source;                         // as written
    std::vector<std::string> places, agencies;  // display names, most prominent first

    std::string encode() const;
    // A value that is not a key (cut short, or from another program) gives the fields it holds whole, the rest empty.
    static FacetKey decode(std::string_view value);
};

}  // namespace telusur
