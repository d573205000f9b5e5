// FacetCounter: counts the source, year, month, places and agencies of the matching articles Xapian examines, with
// Xapian's own ValueCountMatchSpy on the slots that hold them, so the counting also runs on remote shards (a
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
    Xapian::doccount seen() const { return sources_.get_total(); }

    // The most frequent `limit` values of each facet (every year and month, in order), each count multiplied by
    // `scale` (matches / articles seen, when not all were seen).
    std::vector<Facet> facets(std::size_t limit, double scale = 1.0) const;

private:
    // Dates are counted by day (yyyymmdd) and summed into months and years; places and agencies by their whole
    // listing (schema::listed_names), each name in it then counted as often as the listing.
    Xapian::ValueCountMatchSpy sources_, dates_, places_, agencies_;
};

}  // namespace telusur
