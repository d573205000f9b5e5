// SpellingVariants: spellings news writes beside KBBI's standard one (nafas beside napas, praktek beside praktik),
// folded onto the standard form after stemming, so that a search for either finds both. The list is
// indexer/data/spelling_variants.txt; an index records its fingerprint, as terms depend on it.
#pragma once

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace telusur {

class SpellingVariants {
public:
    // Lines of "variant<TAB>standard", '#' comments and blank lines skipped. Throws InputError naming `source` and
    // the line for a line without exactly two words, a variant listed twice, or a standard form that is itself listed
    // as a variant.
    SpellingVariants(std::string_view text, const char* source);

    // The list compiled into the library.
    static const SpellingVariants& standard();

    // The standard form of a stem, or the stem itself.
    std::string_view fold(std::string_view stem) const;

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
    std::unordered_map<std::string, std::string, Hash, std::equal_to<>> standard_;
    std::uint32_t fingerprint_ = 0;
};

}  // namespace telusur
