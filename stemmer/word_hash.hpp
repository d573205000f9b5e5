// A fast hash for short byte strings (words), used by the lexicon's and the stem cache's tables. Reads eight bytes at
// a time; not for adversarial input (the keys are words of text, and a bad case costs time, never correctness).
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace telusur::stemming {

inline std::uint64_t word_hash(std::string_view word) {
    constexpr std::uint64_t k0 = 0x9E3779B97F4A7C15ull, k1 = 0xC2B2AE3D27D4EB4Full;
    std::uint64_t h = word.size() * k1;
    const char* p = word.data();
    std::size_t n = word.size();
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t v;
        std::memcpy(&v, p, 8);
        h = (h ^ v) * k0;
        h ^= h >> 32;
    }
    std::uint64_t v = 0;
    std::memcpy(&v, p, n);
    h = (h ^ v) * k1;
    h ^= h >> 29;
    h *= k0;
    return h ^ (h >> 32);
}

}  // namespace telusur::stemming
