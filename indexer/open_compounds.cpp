#include "indexer/open_compounds.hpp"

#include "corpus/stable_hash.hpp"
#include "indexer/word_list.hpp"

#include <array>
#include <vector>

namespace telusur {
namespace data {
extern const std::string_view open_compounds;
}

namespace {

// The longest word of a listed pair, and so the longest worth lower-casing to look up.
constexpr std::size_t longest_word = 24;

// `word` in lower case into `out` from `at`; false for a word that is not ASCII letters or is too long to be listed.
bool append_lower(std::string_view word, std::array<char, 2 * longest_word + 1>& out, std::size_t at) {
    if (word.empty() || word.size() > longest_word) return false;
    for (const char c : word) {
        if (c >= 'A' && c <= 'Z') out[at++] = static_cast<char>(c - 'A' + 'a');
        else if (c >= 'a' && c <= 'z') out[at++] = c;
        else return false;
    }
    return true;
}

}  // namespace

const std::unordered_set<std::string_view>& open_compounds() {
    static const auto pairs = word_set(data::open_compounds);
    return pairs;
}

// The first words of the listed pairs by length and first two letters: nearly every pair of words side by side in
// an article is turned away by this, before being lower-cased and looked up.
class FirstWordShapes {
public:
    FirstWordShapes() {
        for (const std::string_view pair : open_compounds()) {
            const std::size_t length = pair.find(' ');
            if (length >= 2 && length <= longest_word) seen_[index(length, pair[0], pair[1])] = true;
        }
    }
    bool may_start(std::string_view word) const {
        return word.size() >= 2 && word.size() <= longest_word && seen_[index(word.size(), word[0], word[1])];
    }

private:
    // A letter of either case as 0-25; anything else as 26, which no listed word has.
    static std::size_t letter(char c) {
        if (c >= 'A' && c <= 'Z') return static_cast<std::size_t>(c - 'A');
        if (c >= 'a' && c <= 'z') return static_cast<std::size_t>(c - 'a');
        return 26;
    }
    static std::size_t index(std::size_t length, char first, char second) {
        return (length * 27 + letter(first)) * 27 + letter(second);
    }
    std::vector<bool> seen_ = std::vector<bool>((longest_word + 1) * 27 * 27);
};

bool is_open_compound(std::string_view first, std::string_view second) {
    static const FirstWordShapes shapes;
    if (!shapes.may_start(first)) return false;
    const auto& pairs = open_compounds();
    std::array<char, 2 * longest_word + 1> key;
    if (!append_lower(first, key, 0) || !append_lower(second, key, first.size() + 1)) return false;
    key[first.size()] = ' ';
    const std::string_view pair(key.data(), first.size() + 1 + second.size());
    if (pairs.contains(pair)) return true;
    // A possessive or particle on the second word: orang tuanya, kerja samanya.
    for (const std::string_view clitic : {"nya", "ku", "mu", "lah", "kah", "pun"})
        if (pair.ends_with(clitic) && second.size() > clitic.size() + 2 &&
            pairs.contains(pair.substr(0, pair.size() - clitic.size())))
            return true;
    return false;
}

std::uint32_t open_compounds_fingerprint() {
    return static_cast<std::uint32_t>(stable_hash::mix(stable_hash::fnv1a(data::open_compounds)));
}

}  // namespace telusur
