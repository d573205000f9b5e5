// HunspellAffixes: the prefix and suffix rules of a hunspell .aff file (hunspell-id's, with FLAG long), read so the
// stemmer can ask "does this root's affix flag produce this word?" without running hunspell itself.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace telusur::stemming {

// With FLAG long every flag is two characters ("B0", "Mk"); packed into one number.
using AffixFlag = std::uint16_t;

constexpr AffixFlag pack_flag(char first, char second) {
    return static_cast<AffixFlag>((static_cast<unsigned char>(first) << 8) | static_cast<unsigned char>(second));
}

// A hunspell condition: one set of allowed bytes per position ("k[^hlr]" is two positions), matched at the start of
// the root for a prefix and at its end for a suffix.
class AffixCondition {
public:
    static AffixCondition parse(std::string_view text);  // "." matches anything; throws std::invalid_argument
    bool matches_start(std::string_view word) const;
    bool matches_end(std::string_view word) const;

private:
    using ByteSet = std::array<std::uint64_t, 4>;
    static bool contains(const ByteSet& set, unsigned char c) { return (set[c >> 6] >> (c & 63)) & 1; }
    std::vector<ByteSet> positions_;
};

// One line of a PFX or SFX class: remove `strip` from the root's edge, add `add`, then `continuation` flags apply to
// the result (a further suffix, or the prefix half of a circumfix).
struct AffixRule {
    std::string strip;
    std::string add;
    std::vector<AffixFlag> continuation;
    AffixCondition condition;
    bool circumfix = false;  // carries the CIRCUMFIX flag: only valid together with a circumfix partner
};

struct AffixClass {
    bool prefix = false;
    bool cross_product = false;  // may combine with an affix of the other side
    std::vector<AffixRule> rules;
};

class HunspellAffixes {
public:
    // Reads an .aff file (ISO-8859-1 or UTF-8 as its SET line says). Throws InputError naming the file and line.
    static HunspellAffixes load(const std::string& path);

    const AffixClass* find(AffixFlag flag) const {
        const auto it = classes_.find(flag);
        return it == classes_.end() ? nullptr : &it->second;
    }
    AffixFlag circumfix_flag() const { return circumfix_; }
    AffixFlag needaffix_flag() const { return needaffix_; }  // marks a bound root, never a word by itself
    bool latin1() const { return latin1_; }                  // the .dic is ISO-8859-1 too (SET ISO8859-1)

private:
    std::unordered_map<AffixFlag, AffixClass> classes_;
    bool latin1_ = false;
    AffixFlag circumfix_ = 0;
    AffixFlag needaffix_ = 0;
};

// ISO-8859-1 bytes as UTF-8 (hunspell-id's files declare SET ISO8859-1).
std::string latin1_to_utf8(std::string_view text);

}  // namespace telusur::stemming
