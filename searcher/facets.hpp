// FacetCounter: counts the source, year, month, places and agencies of the matching articles Xapian examines, with
// Xapian's own ValueCountMatchSpy on the slot of their facet keys, so the counting also runs on remote shards (a
// server runs the built-in spies and sends their counts back). The searcher bounds how many articles are examined;
// past that bound the counts are scaled up to the estimated number of matches and marked as estimates.
#pragma once

#include <telusur/searcher.hpp>

#include <xapian.h>

#include <vector>

namespace telusur {

class FacetCounter {
public:
    FacetCounter();

    // Counts the articles of enquire's next match.
    void add_to(Xapian::Enquire& enquire);

    // Articles counted so far.
    Xapian::doccount seen() const { return keys_.get_total(); }

    // The most frequent `limit` values of each facet (every year and month, in order), each count multiplied by
    // `scale` (matches / articles seen, when not all were seen).
    std::vector<Facet> facets(std::size_t limit, double scale = 1.0) const;

private:
    // Counts the articles' facet keys (indexer/facet_key.hpp): one value an article, split into facets when asked.
    Xapian::ValueCountMatchSpy keys_;
};

}  // namespace telusur
