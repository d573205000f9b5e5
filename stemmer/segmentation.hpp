// Segmentation: every way to read a word as Indonesian affixes around a root, outermost first:
//
//   [ku-|kau-] [prefix [prefix [prefix]]] ROOT [-i | -kan | -an] [-ku | -mu | -nya] [-lah | -kah | -tah | -pun]
//
// Prefixes come with their allomorphs: meN- (verb-forming: me-, mem-, men-, meny-, meng-, menge-) and peN- (agent or
// instrument: pe-, pem-, pen-, peny-, peng-, penge-) replace the root's first p/t/s/k with a nasal ("menarik" is
// meN- + tarik); ber- (having, doing: ber-, be-, bel-), ter- (accidental or superlative: ter-, te-), per- (causative:
// per-, pe-, pel-), plain pe-, di- (passive), ke- (ordinal; with -an, abstract nouns), se- (one, same, as ... as),
// ku-/kau- (I, you, as agent), and tidak ("not") inside ke-...-an. -ku/-mu/-nya are possessive pronouns (my, your,
// his/her/its or "the"); -lah/-kah/-tah/-pun are discourse particles. Foreign suffixes -wati and -isme are read
// only without prefixes; -isasi (also -isasikan) with the prefixes that make a verb of it; -wan and -wi not at all
// (see segmentation.cpp).
//
// Pure morphology: which segmentations name a real root, and which is best, is candidate_ranking's question.
#pragma once

#include "stemmer/morphemes.hpp"

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace telusur::stemming {

// How regular the allomorphs joining the prefixes to what follows them are.
enum class Allomorphy : std::uint8_t {
    standard,     // as the grammar books write it: menarik, memakai, mengebom
    variant,      // accepted but rarer: pemrograman (p dropped before r), belajar (bel-), pekerja (plain pe-)
    nonstandard,  // common in news though grammar books object: mempengaruhi, mentaati, mengkaji
};

constexpr std::size_t max_prefixes = 4;  // ku-/kau- and three prefixes

struct Segmentation {
    std::string_view core;  // the word without possessive and particle: prefixes + root + suffix
    Particle particle = Particle::none;
    Possessive possessive = Possessive::none;
    Suffix suffix = Suffix::none;
    std::uint8_t suffix_size = 0;  // bytes of the suffix at the end of core
    std::uint8_t prefix_count = 0;
    std::array<Prefix, max_prefixes> prefixes{};
    std::array<std::uint8_t, max_prefixes> prefix_ends{};  // where the text after each prefix begins in core
    char restored = 0;           // the root's first letter that a nasal prefix replaced (p, t, s, k), or 0
    std::string_view root_rest;  // the root is `restored` followed by root_rest
    Allomorphy allomorphy = Allomorphy::standard;
    // The k of a root in k and of -kan written once where news means both (-kan read from "-an": menunjukan for
    // menunjukkan), or twice where it means one (-an read from "-kan": penegakkan for penegakan).
    bool k_slip = false;

    std::size_t root_size() const { return root_rest.size() + (restored ? 1 : 0); }
    std::size_t affix_count() const { return prefix_count + (suffix != Suffix::none ? 1 : 0); }
};

// Appends to `out` (cleared first) every segmentation of `word` whose root has at least `min_root` bytes. The vector is
// the caller's so that its capacity is reused from word to word.
void segment(std::string_view word, std::vector<Segmentation>& out, std::size_t min_root = 3);

}  // namespace telusur::stemming
