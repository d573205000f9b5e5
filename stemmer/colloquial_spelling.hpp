// ColloquialSpelling: the formal spellings a verb of spoken (Jakarta) Indonesian may stand for, as news quotes it and
// readers type it in queries: the nasal alone for meN- (nulis for menulis, ngajak for mengajak, nyetir for menyetir,
// nyari for mencari), nge- for meN- (ngecek, ngerasa), and -in for -kan or -i (beliin, dibeliin, ngerjain).
//
// Pure spelling: which of the formal words is one hunspell-id derives is the stemmer's question. Spellings are
// written in the order to try them: a spoken -in stands for -kan more often than for -i.
#pragma once

#include "stemmer/morphemes.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace telusur::stemming {

struct FormalSpelling {
    std::string word;  // "menulis", "dibelikannya"
    // What the spoken -in stands for in `word` (kan or i), or none: then the formal word ends as spoken, and may
    // only be a verb in -i or without suffix (nakuti is menakuti; nunukan is no menunukan, a verb in -kan).
    Suffix suffix_for_in = Suffix::none;
};

// Appends to `out` (cleared first) every formal spelling `word` may be the spoken form of, keeping a trailing -nya.
// Empty for a word that has none of the spoken affixes. `out` is the caller's, so that its capacity is reused.
void colloquial_spellings(std::string_view word, std::vector<FormalSpelling>& out);

}  // namespace telusur::stemming
