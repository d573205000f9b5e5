#include "indexer/function_homographs.hpp"

#include "corpus/stable_hash.hpp"
#include "indexer/schema.hpp"
#include "indexer/word_list.hpp"

namespace telusur {
namespace data {
extern const std::string_view function_homographs;
}

bool is_function_homograph(std::string_view normalised_word) {
    static const auto words = word_set(data::function_homographs);
    return words.contains(normalised_word);
}

std::string function_homograph_term(std::string_view normalised_word) {
    return schema::term(schema::function_word_prefix, normalised_word);
}

bool is_function_homograph_term(std::string_view term) { return term.starts_with(schema::function_word_prefix); }

std::uint32_t function_homographs_fingerprint() {
    return static_cast<std::uint32_t>(stable_hash::mix(stable_hash::fnv1a(data::function_homographs)));
}

}  // namespace telusur
