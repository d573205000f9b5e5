// Verbs of saying written right before the person quoted (indexer/data/speech_verbs.txt): "kata Amali",
// "menurut Gembong". The name after one is a speaker, not a place of the same name.
#pragma once

#include <string_view>

namespace telusur {

// Whether `normalised_word` is such a verb.
bool is_speech_verb(std::string_view normalised_word);

}  // namespace telusur
