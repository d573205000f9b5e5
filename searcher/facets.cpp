#include "searcher/facets.hpp"

#include "indexer/facet_key.hpp"
#include "indexer/schema.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace telusur {
namespace {

template <class Counts>
void count(Counts& counts, std::string_view value, std::size_t articles) {
    if (const auto it = counts.find(value); it != counts.end())
        it->second += articles;
    else
        counts.emplace(value, articles);
}

// The `limit` most frequent values, most frequent first, equals in the order of their values; each count times
// `scale`. Only those are copied: a broad query's places run to thousands.
template <class Counts>
Facet top(const char* name, const Counts& counts, std::size_t limit, double scale) {
    std::vector<const typename Counts::value_type*> values;
    values.reserve(counts.size());
    for (const auto& value : counts) values.push_back(&value);
    const auto more = [](const auto* a, const auto* b) {
        return a->second != b->second ? a->second > b->second : a->first < b->first;
    };
    limit = std::min(limit, values.size());
    std::partial_sort(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(limit), values.end(), more);
    Facet facet{name, {}};
    for (std::size_t i = 0; i < limit; ++i)
        facet.values.emplace_back(values[i]->first,
                                  static_cast<std::size_t>(std::llround(static_cast<double>(values[i]->second) * scale)));
    return facet;
}

}  // namespace

void FacetCounter::Tally::operator()(const Xapian::Document& doc, double) {
    add(doc.get_value(schema::facet_slot), 1);
    ++seen;
}

void FacetCounter::Tally::add(std::string_view value, std::size_t articles) {
    const FacetKeyView key = FacetKeyView::read(value);
    count(sources, key.source, articles);
    if (key.date.size() == 8) count(months, key.date.substr(0, 6), articles);  // yyyymmdd
    each_name(key.places, [&](std::string_view name) { count(places, name, articles); });
    each_name(key.agencies, [&](std::string_view name) { count(agencies, name, articles); });
}

FacetCounter::FacetCounter(bool remote_shards) : remote_shards_(remote_shards), keys_(schema::facet_slot) {}

void FacetCounter::add_to(Xapian::Enquire& enquire) {
    if (remote_shards_)
        enquire.add_matchspy(&keys_);
    else
        enquire.add_matchspy(&tally_);
}

Xapian::doccount FacetCounter::seen() const { return remote_shards_ ? keys_.get_total() : tally_.seen; }

std::vector<Facet> FacetCounter::facets(std::size_t limit, double scale) const {
    Tally counted;
    if (remote_shards_)
        for (auto it = keys_.values_begin(); it != keys_.values_end(); ++it) counted.add(*it, it.get_termfreq());
    const Tally& tally = remote_shards_ ? counted : tally_;
    // Years and months read best in order; the other facets by frequency.
    std::map<std::string, std::size_t> years, months;
    for (const auto& [month, articles] : tally.months) {
        years[month.substr(0, 4)] += articles;
        months[month.substr(0, 4) + "-" + month.substr(4, 2)] += articles;
    }
    Facet year = top("year", years, years.size(), scale), month = top("month", months, months.size(), scale);
    std::sort(year.values.begin(), year.values.end());
    std::sort(month.values.begin(), month.values.end());
    return {top("source", tally.sources, limit, scale), year, month, top("place", tally.places, limit, scale),
            top("agency", tally.agencies, limit, scale)};
}

}  // namespace telusur
