#include "indexer/speech_verbs.hpp"

#include "indexer/word_list.hpp"

namespace telusur {
namespace data {
extern const std::string_view speech_verbs;
}

bool is_speech_verb(std::string_view normalised_word) {
    static const auto words = word_set(data::speech_verbs);
    return words.contains(normalised_word);
}

}  // namespace telusur
