#include "indexer/word_list.hpp"

#include "corpus/text.hpp"

namespace telusur {

std::unordered_set<std::string_view> word_set(std::string_view list) {
    std::unordered_set<std::string_view> words;
    for (text::Lines lines(list); lines.next();) {
        const std::string_view line = text::trim(lines.line());
        if (!line.empty() && line.front() != '#') words.insert(line);
    }
    return words;
}

}  // namespace telusur
