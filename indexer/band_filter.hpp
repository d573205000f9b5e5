// BandFilter: the near-duplicate band terms a shard may hold when every article in it was written by this run (a
// full rebuild, a new index). A Bloom filter: "no" is certain, so the lookup of an article with no earlier
// look-alike, nearly every article, reads nothing from the index; "maybe" is looked up as before. Its size is
// fixed, so memory does not grow with the archive: at a million articles a shard it still answers "no" for nine
// bands in ten that are not there.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace telusur::near_duplicates {

class BandFilter {
public:
    static constexpr std::size_t bits = std::size_t{1} << 25;  // 4 MB

    BandFilter();
    void add(std::string_view band);
    bool may_hold(std::string_view band) const;

private:
    std::vector<std::uint64_t> words_;
};

}  // namespace telusur::near_duplicates
