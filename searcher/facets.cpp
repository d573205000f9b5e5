#include "searcher/facets.hpp"

#include "indexer/schema.hpp"

#include <algorithm>

namespace telusur {
namespace {

void count_names(std::map<std::string, std::size_t>& counts, const std::string& listing) {
    for (const std::string& name : schema::listed_names(listing)) ++counts[name];
}

Facet top(const char* name, const std::map<std::string, std::size_t>& counts, std::size_t limit) {
    Facet facet{name, {counts.begin(), counts.end()}};
    std::stable_sort(facet.values.begin(), facet.values.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    if (facet.values.size() > limit) facet.values.resize(limit);
    return facet;
}

}  // namespace

void FacetCounter::operator()(const Xapian::Document& doc, double) {
    const std::string source = doc.get_value(schema::source_slot);
    if (!source.empty()) ++sources_[source];
    const std::string date = doc.get_value(schema::date_slot);  // yyyymmdd
    if (date.size() == 8) {
        ++years_[date.substr(0, 4)];
        ++months_[date.substr(0, 4) + "-" + date.substr(4, 2)];
    }
    count_names(places_, doc.get_value(schema::places_slot));
    count_names(agencies_, doc.get_value(schema::agencies_slot));
}

std::vector<Facet> FacetCounter::facets(std::size_t limit) const {
    Facet years = top("year", years_, years_.size()), months = top("month", months_, months_.size());
    // Time reads best in order; the other facets by frequency.
    std::sort(years.values.begin(), years.values.end());
    std::sort(months.values.begin(), months.values.end());
    return {top("source", sources_, limit), years, months, top("place", places_, limit), top("agency", agencies_, limit)};
}

}  // namespace telusur
