// FacetCounter: counts the source, year, month, places and agencies of the matching articles Xapian examines, from
// their facet keys (indexer/facet_key.hpp). Its own match spy splits each key into its facets as Xapian examines the
// article; Xapian's ValueCountMatchSpy, which would first gather every distinct key (nearly one an article), costs
// twice as much, but it is the one a remote server can run, so an index with remote shards is counted with it. The
// searcher bounds how many articles are examined; past that bound the counts are scaled up to the estimated number
// of matches and marked as estimates.
#pragma once

#include <telusur/searcher.hpp>

#include <xapian.h>

#include <functional>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

namespace telusur {

class FacetCounter {
public:
    // `remote_shards`: count with Xapian's ValueCountMatchSpy, which remote servers run too.
    explicit FacetCounter(bool remote_shards = false);

    // Counts the articles of enquire's next match.
    void add_to(Xapian::Enquire& enquire);

    // Articles counted so far.
    Xapian::doccount seen() const;

    // The most frequent `limit` values of each facet (every year and month, in order), each count multiplied by
    // `scale` (matches / articles seen, when not all were seen).
    std::vector<Facet> facets(std::size_t limit, double scale = 1.0) const;

private:
    // Articles by facet value; a value already seen is found by its view, without making a string of it.
    struct ValueHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view value) const { return std::hash<std::string_view>()(value); }
    };
    using Counts = std::unordered_map<std::string, std::size_t, ValueHash, std::equal_to<>>;

    class Tally : public Xapian::MatchSpy {
    public:
        void operator()(const Xapian::Document& doc, double weight) override;
        // Counts `articles` articles with the facet key `key`.
        void add(std::string_view key, std::size_t articles);

        Xapian::doccount seen = 0;
        Counts sources, months, places, agencies;  // months as yyyymm
    };

    bool remote_shards_;
    Tally tally_;
    Xapian::ValueCountMatchSpy keys_;  // with remote shards
};

}  // namespace telusur
