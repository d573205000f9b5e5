// The affixes of Indonesian morphology the stemmer knows, as small enumerations.
#pragma once

#include <cstdint>
#include <string_view>

namespace telusur::stemming {

// `reduplicant`: the Ce- of partial reduplication (lelembut, rerata, pepohonan), read like a prefix.
enum class Prefix : std::uint8_t { ku, kau, di, ke, se, meN, peN, ber, ter, per, pe, tidak, reduplicant };
enum class Suffix : std::uint8_t { none, i, kan, an, wati, isme, isasi };
enum class Possessive : std::uint8_t { none, ku, mu, nya };
enum class Particle : std::uint8_t { none, lah, kah, tah, pun };

constexpr std::uint16_t bit(Prefix p) { return static_cast<std::uint16_t>(1u << static_cast<unsigned>(p)); }
constexpr std::uint16_t bit(Suffix s) { return static_cast<std::uint16_t>(1u << static_cast<unsigned>(s)); }

// Suffixes borrowed with loanwords (-isme, -isasi) or from Sanskrit (-wati). Only -isasi takes prefixes, and -kan
// after it, as the loan noun made a verb (segmentation.cpp).
// (-wan and -wi are not read at all: see segmentation.cpp.)
constexpr bool is_foreign(Suffix s) { return s >= Suffix::wati; }

// The vowels, before which meN- and peN- take their ng- form (mengambil) and a spoken prefix drops no letter.
constexpr bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string_view spelling(Prefix prefix);  // "meN", "di", ... for messages and tests
std::string_view spelling(Suffix suffix);  // "kan", "isme", "" for none
std::string_view spelling(Possessive possessive);
std::string_view spelling(Particle particle);

}  // namespace telusur::stemming
