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

}  // namespace

void FacetCounter::count(Counts& counts, std::string_view value) {
    const auto it = counts.find(value);
    if (it != counts.end()) ++it->second;
    else counts.emplace(std::string(value), 1);
}

// A listing (schema::listed_names) holds one "code<TAB>name<TAB>zone" line per entity.
void FacetCounter::count_names(Counts& counts, std::string_view listing) {
    for (std::size_t start = 0; start < listing.size();) {
        std::size_t end = listing.find('\n', start);
        if (end == std::string_view::npos) end = listing.size();
        const std::size_t tab = listing.find('\t', start);
        if (tab != std::string_view::npos && tab < end) {
            const std::size_t name_end = std::min(end, listing.find('\t', tab + 1));
            count(counts, listing.substr(tab + 1, name_end - tab - 1));
        }
        start = end + 1;
    }
}

void FacetCounter::operator()(const Xapian::Document& doc, double) {
    ++seen_;
    const std::string source = doc.get_value(schema::source_slot);
    if (!source.empty()) count(sources_, source);
    const std::string date = doc.get_value(schema::date_slot);  // yyyymmdd
    if (date.size() == 8) count(months_, std::string_view(date).substr(0, 6));
    count_names(places_, doc.get_value(schema::places_slot));
    count_names(agencies_, doc.get_value(schema::agencies_slot));
}

std::vector<Facet> FacetCounter::facets(std::size_t limit, double scale) const {
    Sorted years, months;
    for (const auto& [yyyymm, count] : months_) {
        years[yyyymm.substr(0, 4)] += count;
        months[yyyymm.substr(0, 4) + "-" + yyyymm.substr(4, 2)] += count;
    }
    Facet year = top("year", years, years.size(), scale), month = top("month", months, months.size(), scale);
    // Time reads best in order; the other facets by frequency.
    std::sort(year.values.begin(), year.values.end());
    std::sort(month.values.begin(), month.values.end());
    return {top("source", {sources_.begin(), sources_.end()}, limit, scale), year, month,
            top("place", {places_.begin(), places_.end()}, limit, scale),
            top("agency", {agencies_.begin(), agencies_.end()}, limit, scale)};
}

}  // namespace telusur
