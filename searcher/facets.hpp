// FacetCounter: counts the source, year, month, places and agencies of the matching articles Xapian examines (a
// Xapian MatchSpy). The searcher bounds how many it examines; past that bound the counts are scaled up to the
// estimated number of matches and marked as estimates.
#pragma once

#include <telusur/searcher.hpp>

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_map>

namespace telusur {

class FacetCounter : public Xapian::MatchSpy {
public:
    void operator()(const Xapian::Document& doc, double weight) override;
    std::string name() const override { return "telusur.FacetCounter"; }

    // Articles counted so far.
    Xapian::doccount seen() const { return seen_; }

    // The most frequent `limit` values of each facet (every year and month, in order), each count multiplied by
    // `scale` (matches / articles seen, when not all were seen).
    std::vector<Facet> facets(std::size_t limit, double scale = 1.0) const;

private:
    // Looked up by a view of the slot value, so counting an article allocates only for values new to the count.
    struct Hash : std::hash<std::string_view> {
        using is_transparent = void;
    };
    using Counts = std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>>;
    static void count(Counts& counts, std::string_view value);
    static void count_names(Counts& counts, std::string_view listing);

    Counts sources_, months_, places_, agencies_;  // months as yyyymm
    Xapian::doccount seen_ = 0;
};

}  // namespace telusur
