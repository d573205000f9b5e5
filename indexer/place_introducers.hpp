// Words that, opening a sentence, introduce the place named after them (indexer/data/place_introducers.txt):
// "Warga Kelapa Gading", "Kawasan Menteng". Other capitalised words opening a sentence start a longer name.
#pragma once

#include <string_view>

namespace telusur {

// Whether `normalised_word` is such a word.
bool is_place_introducer(std::string_view normalised_word);

}  // namespace telusur
