// RootLexicon: the Indonesian root words the stemmer may reduce a word to, with the evidence about which affixes each
// takes. Built from hunspell-id (id_ID.dic: ~31,000 roots, a third with affix flags; id_ID.aff: what the flags mean)
// plus the curated lists in stemmer/data/. Read-only once built, so one instance serves every thread.
#pragma once

#include "stemmer/curated_words.hpp"
#include "stemmer/hunspell_affixes.hpp"
#include "stemmer/morphemes.hpp"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace telusur::stemming {

class RootLexicon {
public:
    RootLexicon() = default;
    struct Entry {
        std::uint32_t word_offset = 0;
        std::uint32_t flags_offset = 0;
        std::uint8_t word_size = 0;
        std::uint8_t flag_count = 0;  // affix flags defined in the .aff (others are dropped at load)
        // The kinds of prefix and suffix the flags license anywhere (bit(Prefix::ber), bit(Suffix::an)), a coarser
        // evidence than an exact derivation: "this root takes ber- in some form".
        std::uint16_t prefix_kinds = 0;
        std::uint16_t suffix_kinds = 0;
        bool bound = false;          // NEEDAFFIX: a bound root ("lajar" of "pelajari"), never a stem by itself
        bool never_reduce = false;   // curated: a word that looks affixed but must stay whole
        bool curated = false;        // from the curated extra roots rather than hunspell
        bool root = true;            // false for a curated function word or name that is no root (setelah)
        bool whole_alone = false;    // curated: whole when it stands alone (function words, names)
        std::int32_t stem = -1;      // curated stem (belajar -> ajar): the index of the entry this word stems to
    };

    // Reads `dictionary`.dic and `dictionary`.aff (the path without extension) and adds `curated`.
    // Throws InputError naming the file when one is missing or a line is malformed.
    static RootLexicon load(const std::string& dictionary, const CuratedWords& curated);

    RootLexicon(RootLexicon&&) = default;  // affix classes are referred to by address: moving keeps them, copying not
    RootLexicon(const RootLexicon&) = delete;
    RootLexicon& operator=(const RootLexicon&) = delete;

    // The lexicon for `dictionary` with the embedded curated lists, loaded once per process and shared.
    static std::shared_ptr<const RootLexicon> shared(const std::string& dictionary);

    // The entry of `word`, or of the word spelled `first` followed by `rest` when `first` is not 0 (a root whose first
    // letter a nasal prefix replaced: "t" + "arik"), without building the string.
    const Entry* find(std::string_view word) const { return find('\0', word); }
    const Entry* find(char first, std::string_view rest) const;

    std::string_view word(const Entry& entry) const { return {words_.data() + entry.word_offset, entry.word_size}; }
    // What the index stores for this root: the word itself, or its curated stem (belajar -> ajar, mengawali -> awal).
    std::string_view stem(const Entry& entry) const { return word(entry.stem < 0 ? entry : entries_[entry.stem]); }
    // The affix classes of the root's flags, in the order the dictionary gives them.
    std::span<const AffixClass* const> flags(const Entry& entry) const {
        return {flag_classes_.data() + entry.flags_offset, entry.flag_count};
    }
    bool has_affix_flags(const Entry& entry) const { return entry.flag_count > 0; }

    // Whether hunspell's rules derive `form` from this root with one affix, a prefix and a suffix (cross product),
    // a circumfix, or a suffix followed by a second suffix. The attested derivations rank first.
    bool derives(const Entry& root, std::string_view form) const;
    // Whether the root's flags license the particle suffixes -lah/-kah (hunspell classes adding "lah").
    bool takes_particles(const Entry& root) const;
    // Whether the root's flags license a possessive or -nya suffix directly ("bahuku", "akalnya").
    bool takes_possessives(const Entry& root) const;

    // Whether one of the root's suffix flags adds exactly `added` to it, outside a circumfix ("an" for besaran).
    bool has_suffix_rule(const Entry& root, std::string_view added) const;

    std::size_t size() const { return entries_.size(); }
    // A hash of the dictionary, affix file and curated lists: a different lexicon gives different stems.
    std::uint32_t fingerprint() const { return fingerprint_; }
    const HunspellAffixes& affixes() const { return affixes_; }

private:
    bool suffix_derives(const Entry& root, std::string_view root_word, std::string_view form) const;
    bool prefix_derives(const Entry& root, std::string_view root_word, std::string_view form) const;

    HunspellAffixes affixes_;
    std::string words_;                            // every root, back to back
    std::vector<const AffixClass*> flag_classes_;  // into affixes_
    std::vector<Entry> entries_;
    struct Slot {
        std::uint32_t entry = 0;  // index + 1; 0 when free
        std::uint32_t tag = 0;    // high half of the word's hash, to skip most comparisons
    };
    std::vector<Slot> slots_;  // open addressing
    std::uint64_t mask_ = 0;
    std::uint32_t fingerprint_ = 0;
};

}  // namespace telusur::stemming
