#include "indexer/stopwords.hpp"

#include "corpus/text.hpp"

#include <string>
#include <unordered_set>

namespace telusur {
namespace data {
extern const std::string_view stopwords;
}

namespace {

std::unordered_set<std::string_view> load(std::string_view list) {
    std::unordered_set<std::string_view> words;
    for (text::Lines lines(list); lines.next();) {
        const std::string_view line = text::trim(lines.line());
        if (!line.empty() && line.front() != '#') words.insert(line);
    }
    return words;
}

}  // namespace

bool is_stopword(std::string_view normalised_word) {
    static const std::unordered_set<std::string_view> words = load(data::stopwords);
    return words.contains(normalised_word);
}

}  // namespace telusur
