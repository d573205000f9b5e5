#include "indexer/stopwords.hpp"

#include <string>
#include <unordered_set>

namespace telusur {
namespace data {
extern const std::string_view stopwords;
}

namespace {

std::unordered_set<std::string_view> load(std::string_view list) {
    std::unordered_set<std::string_view> words;
    while (!list.empty()) {
        const std::size_t end = list.find('\n');
        std::string_view line = list.substr(0, end);
        list.remove_prefix(end == std::string_view::npos ? list.size() : end + 1);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
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
