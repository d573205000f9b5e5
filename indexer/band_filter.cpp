#include "indexer/band_filter.hpp"

#include "corpus/stable_hash.hpp"

namespace telusur::near_duplicates {
namespace {

constexpr int probes = 4;

// Each probe's bit, from two independent hashes of the band (double hashing).
template <class Visit>
void each_bit(std::string_view band, Visit visit) {
    const std::uint64_t first = stable_hash::mix(stable_hash::fnv1a(band));
    const std::uint64_t second = stable_hash::mix(first) | 1;
    for (int probe = 0; probe < probes; ++probe) visit((first + probe * second) % BandFilter::bits);
}

}  // namespace

std::unique_ptr<BandFilter> BandFilter::for_empty(const Xapian::Database& db) {
    return db.get_lastdocid() == 0 ? std::make_unique<BandFilter>() : nullptr;
}

BandFilter::BandFilter() : words_(bits / 64) {}

void BandFilter::add(std::string_view band) {
    each_bit(band, [&](std::uint64_t bit) { words_[bit / 64] |= std::uint64_t{1} << (bit % 64); });
}

bool BandFilter::may_hold(std::string_view band) const {
    bool all = true;
    each_bit(band, [&](std::uint64_t bit) { all = all && (words_[bit / 64] >> (bit % 64) & 1); });
    return all;
}

}  // namespace telusur::near_duplicates
