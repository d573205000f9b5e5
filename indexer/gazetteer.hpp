// Gazetteer: the places and agencies telusur knows by name (indexer/data/gazetteer/, plus any files a user adds),
// looked up by the sequence of normalised words a name is written with, as the Analyzer produces them.
#pragma once

#include "corpus/stable_hash.hpp"
#include "indexer/analyzer.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace telusur {

enum class EntityKind { place, agency };

struct GazetteerEntry {
    std::string id;      // a place's Kemendagri code ("33.16"), an agency's slug ("dinsos")
    EntityKind kind = EntityKind::place;
    std::string type;    // provinsi, kabupaten, kota, kecamatan; dinas, polisi, kementerian, ...
    std::string name;    // as shown: "Blora", "Dinas Sosial"
    std::string parent;  // a place's parent code
    bool takes_place = false;  // an agency unit named with its place after it: "Polres Bekasi", "Dinsos Blora"
    std::string place_type;    // the type of place such a unit takes, when its name says: Pemerintah Kota -> kota
    // The broader agency this one is a kind of, when its name extends that one's: "Dinas Sosial, Pemberdayaan
    // Perempuan ..." (Dinsos P3A) is a Dinas Sosial. An article naming it names the broader agency too.
    std::optional<std::uint32_t> broader;

    // As a reader names it: "Kabupaten Kediri" and "Kota Kediri" are two places, "Cepu" and "Dinas Sosial" one each.
    std::string display_name() const {
        if (kind == EntityKind::place && type == "kabupaten") return "Kabupaten " + name;
        if (kind == EntityKind::place && type == "kota") return "Kota " + name;
        return name;
    }
};

// How much a place name needs around it to be taken as the place (ambiguous_places.tsv).
enum class Ambiguity {
    none,           // "Blora": always the place
    ordinary_word,  // "Batu", "Serang", "Tengah": a capital mid-sentence, a type word, a dateline or an agency
    personal_name,  // "Bambang": capitals prove nothing; only a type word, a dateline or an agency
    foreign_name,   // "Wina" (Vienna), "Basel": another country's place in news; only a type word, its parent named
};

struct NameForm {
    std::uint32_t entry;
    bool acronym;  // written as an acronym ("Dinsos"), not a full name
    Ambiguity ambiguity = Ambiguity::none;
};

class Gazetteer {
public:
    // The shipped gazetteer; `extra_files` add the user's own entries (same formats, see the data README).
    // Throws InputError naming the file and line of a malformed row.
    explicit Gazetteer(Analyzer& analyzer, const std::vector<std::string>& extra_files = {});

    const GazetteerEntry& entry(std::uint32_t index) const { return entries_[index]; }
    std::size_t size() const { return entries_.size(); }

    // Entries written with exactly these normalised words ("dinas sosial"), or nullptr.
    const std::vector<NameForm>* find(std::string_view words) const;
    // Whether some name starts with these words ("dinas" starts "dinas sosial"): a longest match stops when not.
    bool starts_name(std::string_view words) const {
        return may_start_name(KeyHash{}(words)) && prefixes_.contains(words);
    }
    std::size_t longest_name() const { return longest_name_; }  // in words

    // Single-word names that are not ordinary words (Bekasi, Kediri, Dinsos): the Analyzer never reduces them.
    std::unordered_set<std::string> proper_nouns() const;

    // Identifies the content loaded (shipped and extra files): an index records it, so a search with another
    // gazetteer is refused instead of silently matching entities differently.
    const std::string& fingerprint() const { return fingerprint_; }

    // The words of `text` as names are keyed: "Kab. Blora" -> "kab blora".
    std::string key(std::string_view text) const;

    // The place type a word names ("Kabupaten", "Kab.", "Kota", ...), as in "Kabupaten Blora", or empty.
    static std::string_view place_type_word(std::string_view normalised_word);

    // The codes of a place and of the places above it: "33.16.05" -> {"33", "33.16", "33.16.05"}.
    static std::vector<std::string> place_and_ancestors(const std::string& code);

private:
    void load(std::string_view content, const std::string& origin);
    void add_name(std::uint32_t entry, std::string_view name, bool acronym);
    void link_broader_agencies();

    Analyzer& analyzer_;
    std::vector<GazetteerEntry> entries_;
    // Looked up by string_view without copying the key.
    struct KeyHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
    };
    std::unordered_map<std::string, std::vector<NameForm>, KeyHash, std::equal_to<>> names_;
    std::unordered_set<std::string, KeyHash, std::equal_to<>> prefixes_;  // every name's first words, and the name
    // Two bits a prefix, by its hash: nearly every word of running text starts no name, and is told so here,
    // without a look-up in the large set (most of what recognising names cost).
    static constexpr std::size_t prefix_bits = std::size_t{1} << 20;  // 128 KB
    std::vector<std::uint64_t> prefix_filter_ = std::vector<std::uint64_t>(prefix_bits / 64);
    static std::array<std::size_t, 2> filter_bits(std::size_t hash) {
        return {hash % prefix_bits, (hash >> 32) % prefix_bits};
    }
    void add_prefix(std::string words);
    bool may_start_name(std::size_t hash) const {
        for (const std::size_t bit : filter_bits(hash))
            if (!(prefix_filter_[bit / 64] >> (bit % 64) & 1)) return false;
        return true;
    }
    std::unordered_map<std::string, Ambiguity> ambiguous_names_;
    std::size_t longest_name_ = 0;
    std::string fingerprint_;
    std::uint64_t content_hash_ = stable_hash::fnv_offset;
};

}  // namespace telusur
