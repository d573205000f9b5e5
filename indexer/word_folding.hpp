// WordFolding: a list that folds words onto the word the index stores for them, one "word<TAB>target" a line.
// Two lists are compiled in:
// - spelling variants, folded after stemming: the spellings news writes beside KBBI's standard one (nafas beside
//   napas, praktek beside praktik), so that a search for either finds both (indexer/data/spelling_variants.txt);
// - sense families, folded before a derived word takes its root's term: derived words whose sense in news has moved
//   away from their root's (keadaan "condition" beside ada "there is"), kept together under a term of their own
//   (indexer/data/sense_families.txt).
// An index records each list's fingerprint, as its terms depend on it.
#pragma once

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace telusur {

class WordFolding {
public:
    // Lines of "word<TAB>target", '#' comments and blank lines skipped. A target may be listed as a word only to fold
    // onto itself (the head of a sense family). Throws InputError naming `source` and the line for a line without
    // exactly two words, a word listed twice, or a target that is listed as a word folding elsewhere.
    WordFolding(std::string_view text, const char* source);

    // The lists compiled into the library.
    static const WordFolding& spelling_variants();
    static const WordFolding& sense_families();

    // The word `word` folds onto, or `word` itself when the list does not hold it.
    std::string_view fold(std::string_view word) const;
    // Whether the list holds `word` (also when it folds onto itself).
    bool holds(std::string_view word) const { return find(word) != nullptr; }
    // The word `word` folds onto, or null when the list does not hold it.
    const std::string* find(std::string_view word) const;

    // The words listed, in no particular order.
    std::vector<std::string_view> words() const;

    // A hash of the list: an index built with another list has other terms.
    std::uint32_t fingerprint() const { return fingerprint_; }

private:
    // A word's length and first and last letters, hashed to one of 1,024 bits: most words are ruled out by one bit
    // test before the map is searched (every term of every article passes here).
    static std::size_t filter_bit(std::string_view s) {
        return (s.size() * 131 + static_cast<unsigned char>(s.front()) * 31 + static_cast<unsigned char>(s.back())) &
               1023;
    }
    std::bitset<1024> filter_;
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::string, Hash, std::equal_to<>> target_;
    std::uint32_t fingerprint_ = 0;
};

}  // namespace telusur
