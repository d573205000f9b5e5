// Hashes that never change between builds or machines, for what an index stores (fingerprints, content hashes,
// near-duplicate signatures). std::hash promises neither.
#pragma once

#include <cstdint>
#include <string_view>

namespace telusur::stable_hash {

inline constexpr std::uint64_t fnv_offset = 14695981039346656037ull;
inline constexpr std::uint64_t fnv_prime = 1099511628211ull;

// FNV-1a over `bytes`, continuing from `h` (so several pieces hash as one).
inline std::uint64_t fnv1a(std::string_view bytes, std::uint64_t h = fnv_offset) {
    for (char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * fnv_prime;
    return h;
}

// A strong 64-bit mix (splitmix64's finaliser): spreads FNV's weak low bits, and turns one hash into many
// independent ones when combined with different seeds.
inline std::uint64_t mix(std::uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}

}  // namespace telusur::stable_hash
