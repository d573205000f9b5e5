// FacetCounter: counts, over every matching article, its source, year, month, places and agencies (a Xapian
// MatchSpy, so the counts cover all matches, not only the page shown).
#pragma once

#include <telusur/searcher.hpp>

#include <xapian.h>

#include <map>
#include <string>

namespace telusur {

class FacetCounter : public Xapian::MatchSpy {
public:
    void operator()(const Xapian::Document& doc, double weight) override;
    std::string name() const override { return "telusur.FacetCounter"; }

    // The most frequent `limit` values of each facet.
    std::vector<Facet> facets(std::size_t limit) const;

private:
    std::map<std::string, std::size_t> sources_, years_, months_, places_, agencies_;
};

}  // namespace telusur
