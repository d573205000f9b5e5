#include "indexer/word_folding.hpp"

#include "corpus/text.hpp"

#include <telusur/error.hpp>

namespace telusur {
namespace data {
extern const std::string_view spelling_variants;
extern const std::string_view sense_families;
}

WordFolding::WordFolding(std::string_view text, const char* source) {
    std::uint64_t hash = 14695981039346656037ull;  // FNV-1a over the lines that count
    std::size_t number = 0;
    for (text::Lines lines(text); lines.next();) {
        ++number;
        const std::string_view line = text::trim(lines.line());
        if (line.empty() || line.front() == '#') continue;
        const std::size_t tab = line.find('\t');
        const std::string_view word = tab == std::string_view::npos ? line : line.substr(0, tab);
        const std::string_view target = tab == std::string_view::npos ? std::string_view{} : line.substr(tab + 1);
        if (word.empty() || target.empty() || word.find(' ') != std::string_view::npos ||
            target.find_first_of(" \t") != std::string_view::npos)
            throw InputError(source, number, "expected a word, a tab and the word it folds onto");
        filter_.set(filter_bit(word));
        if (!target_.emplace(word, target).second)
            throw InputError(source, number, "'" + std::string(word) + "' is listed twice");
        for (char c : line) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        hash = (hash ^ '\n') * 1099511628211ull;
    }
    // Each fold is final: a target folding on to a third word would make the list's meaning depend on its order.
    for (const auto& [word, target] : target_) {
        const auto onward = target_.find(target);
        if (onward != target_.end() && onward->second != target)
            throw InputError(source, 0, "'" + target + "', which '" + word + "' folds onto, is listed as a word");
    }
    fingerprint_ = static_cast<std::uint32_t>(hash ^ (hash >> 32));
}

const WordFolding& WordFolding::spelling_variants() {
    static const WordFolding variants(data::spelling_variants, "indexer/data/spelling_variants.txt");
    return variants;
}

const WordFolding& WordFolding::sense_families() {
    static const WordFolding families(data::sense_families, "indexer/data/sense_families.txt");
    return families;
}

const std::string* WordFolding::find(std::string_view word) const {
    if (word.empty() || !filter_.test(filter_bit(word))) return nullptr;
    const auto found = target_.find(word);
    return found == target_.end() ? nullptr : &found->second;
}

std::string_view WordFolding::fold(std::string_view word) const {
    const std::string* target = find(word);
    return target ? std::string_view(*target) : word;
}

std::vector<std::string_view> WordFolding::words() const {
    std::vector<std::string_view> words;
    words.reserve(target_.size());
    for (const auto& entry : target_) words.emplace_back(entry.first);
    return words;
}

}  // namespace telusur
