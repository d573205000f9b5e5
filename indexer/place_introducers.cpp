#include "indexer/place_introducers.hpp"

#include "indexer/word_list.hpp"

namespace telusur {
namespace data {
extern const std::string_view place_introducers;
}

bool is_place_introducer(std::string_view normalised_word) {
    static const auto words = word_set(data::place_introducers);
    return words.contains(normalised_word);
}

}  // namespace telusur
