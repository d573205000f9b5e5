#include "searcher/facets.hpp"

#include "indexer/facet_key.hpp"
#include "indexer/schema.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace telusur {
namespace {

using Sorted = std::map<std::string, std::size_t>;

Facet top(const char* name, const Sorted& counts, std::size_t limit, double scale) {
    Facet facet{name, {counts.begin(), counts.end()}};
    for (auto& value : facet.values)
        value.second = static_cast<std::size_t>(std::llround(static_cast<double>(value.second) * scale));
    std::stable_sort(facet.values.begin(), facet.values.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    if (facet.values.size() > limit) facet.values.resize(limit);
    return facet;
}

}  // namespace

FacetCounter::FacetCounter() : keys_(schema::facet_slot) {}

void FacetCounter::add_to(Xapian::Enquire& enquire) { enquire.add_matchspy(&keys_); }

std::vector<Facet> FacetCounter::facets(std::size_t limit, double scale) const {
    Sorted sources, years, months, places, agencies;
    // Each key the spy saw counts its articles in each of its facets.
    for (auto it = keys_.values_begin(); it != keys_.values_end(); ++it) {
        const FacetKey key = FacetKey::decode(*it);
        const std::size_t n = it.get_termfreq();
        sources[key.source] += n;
        if (key.date.size() == 8) {  // yyyymmdd
            years[key.date.substr(0, 4)] += n;
            months[key.date.substr(0, 4) + "-" + key.date.substr(4, 2)] += n;
        }
        for (const std::string& name : key.places) places[name] += n;
        for (const std::string& name : key.agencies) agencies[name] += n;
    }
    Facet year = top("year", years, years.size(), scale), month = top("month", months, months.size(), scale);
    // Time reads best in order; the other facets by frequency.
    std::sort(year.values.begin(), year.values.end());
    std::sort(month.values.begin(), month.values.end());
    return {top("source", sources, limit, scale), year, month, top("place", places, limit, scale),
            top("agency", agencies, limit, scale)};
}

}  // namespace telusur
