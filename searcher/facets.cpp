#include "searcher/facets.hpp"

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

// Each value the spy saw, with the number of articles that had it.
template <typename Add>
void for_each_count(const Xapian::ValueCountMatchSpy& spy, Add add) {
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it) add(*it, std::size_t{it.get_termfreq()});
}

// Each name in a listing (places_slot, agencies_slot value) counts the articles that have that listing.
void count_names(Sorted& counts, const std::string& listing, std::size_t articles) {
    for (const std::string& name : schema::listed_names(listing)) counts[name] += articles;
}

}  // namespace

FacetCounter::FacetCounter()
    : sources_(schema::source_slot), dates_(schema::date_slot), places_(schema::places_slot),
      agencies_(schema::agencies_slot) {}

void FacetCounter::add_to(Xapian::Enquire& enquire) {
    for (Xapian::MatchSpy* spy : std::initializer_list<Xapian::MatchSpy*>{&sources_, &dates_, &places_, &agencies_})
        enquire.add_matchspy(spy);
}

std::vector<Facet> FacetCounter::facets(std::size_t limit, double scale) const {
    Sorted sources, years, months, places, agencies;
    for_each_count(sources_, [&](const std::string& source, std::size_t n) { sources[source] += n; });
    for_each_count(dates_, [&](const std::string& date, std::size_t n) {  // yyyymmdd
        if (date.size() != 8) return;
        years[date.substr(0, 4)] += n;
        months[date.substr(0, 4) + "-" + date.substr(4, 2)] += n;
    });
    for_each_count(places_, [&](const std::string& listing, std::size_t n) { count_names(places, listing, n); });
    for_each_count(agencies_, [&](const std::string& listing, std::size_t n) { count_names(agencies, listing, n); });
    Facet year = top("year", years, years.size(), scale), month = top("month", months, months.size(), scale);
    // Time reads best in order; the other facets by frequency.
    std::sort(year.values.begin(), year.values.end());
    std::sort(month.values.begin(), month.values.end());
    return {top("source", sources, limit, scale), year, month, top("place", places, limit, scale),
            top("agency", agencies, limit, scale)};
}

}  // namespace telusur
