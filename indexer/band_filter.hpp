// BandFilter: the near-duplicate band terms a shard may hold when every article in it was written by this run (a
// full rebuild, a new index). A Bloom filter: "no" is certain, so the lookup of an article with no earlier
// look-alike, nearly every article, reads nothing from the index; "maybe" is looked up as before. Its size is
// fixed, so memory does not grow with the archive: at a million articles a shard it still answers "no" for nine
// bands in ten that are not there.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace telusur::near_duplicates {

class BandFilter {
public:
    static constexpr std::size_t bits = std::size_t{1} << 25;  // 4 MB

    // A filter for a writer of `db` when db is empty (every article in it will be written through the filter);
    // none otherwise, as the bands already there are unknown to it.
    static std::unique_ptr<BandFilter> for_empty(const Xapian::Database& db);

    BandFilter();
    void add(std::string_view band);
    bool may_hold(std::string_view band) const;

private:
    std::vector<std::uint64_t> words_;
};

}  // namespace telusur::near_duplicates
