#include "indexer/stopwords.hpp"

#include "indexer/word_list.hpp"

namespace telusur {
namespace data {
extern const std::string_view stopwords;
}

bool is_stopword(std::string_view normalised_word) {
    static const auto words = word_set(data::stopwords);
    return words.contains(normalised_word);
}

}  // namespace telusur
