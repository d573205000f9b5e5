#include "indexer/place_lookalikes.hpp"

#include "indexer/word_list.hpp"

#include <algorithm>
#include <string>

namespace telusur {
namespace data {
extern const std::string_view place_lookalikes;
}

namespace {

struct Lookalikes {
    std::unordered_set<std::string_view> names;
    std::unordered_set<std::string_view> first_words;  // so that most words are turned away at one look-up
    std::size_t longest = 0;                            // words
};

const Lookalikes& lookalikes() {
    static const Lookalikes list = [] {
        Lookalikes built;
        built.names = word_set(data::place_lookalikes);
        for (std::string_view name : built.names) {
            built.first_words.insert(name.substr(0, name.find(' ')));
            built.longest = std::max<std::size_t>(built.longest, 1 + std::count(name.begin(), name.end(), ' '));
        }
        return built;
    }();
    return list;
}

}  // namespace

std::size_t place_lookalike_length(const std::vector<const Token*>& tokens, std::size_t first) {
    const Lookalikes& list = lookalikes();
    if (!list.first_words.contains(tokens[first]->word)) return 0;
    std::string words = tokens[first]->word;
    std::size_t found = 0;
    for (std::size_t n = 2; n <= list.longest && first + n <= tokens.size(); ++n) {
        words += ' ';
        words += tokens[first + n - 1]->word;
        if (list.names.contains(words)) found = n;
    }
    return found;
}

}  // namespace telusur
