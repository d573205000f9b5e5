// Function words spelled as a root whose derived words mean something else (indexer/data/function_homographs.txt):
// ada ("there is") beside mengadakan ("to hold"), pukul ("o'clock") beside pemukulan ("assault"). Written bare, the
// analyzer indexes them under a term of their own, so the derived words' searches are not matched by every article.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace telusur {

// Whether `normalised_word` is such a function word, written bare.
bool is_function_homograph(std::string_view normalised_word);

// Its term: the word under schema::function_word_prefix ("XFada").
std::string function_homograph_term(std::string_view normalised_word);
// Whether `term` is one of those terms (a word's term never has capitals).
bool is_function_homograph_term(std::string_view term);

// A fingerprint of the list, stable across builds: an index records it, as the terms depend on it.
std::uint32_t function_homographs_fingerprint();

}  // namespace telusur
