// EntityTagger: finds the places and agencies a text names, over the Analyzer's tokens, by the longest name the
// Gazetteer knows. One code path for documents and queries.
//
// Evidence rules: a place name that is also an ordinary word (Batu, Serang) counts only after a type word
// ("Kabupaten", "Kab.", "Kota", "Provinsi", "Kecamatan"), in a dateline, after an agency unit ("Polres Serang"),
// capitalised mid-sentence where capitals mean something (body text, not headlines or queries), or when the text
// also names its regency or province ("batu jawa timur"); which of several districts of one name is meant, likewise. Acronyms in body text
// must be written with their capital ("Dinsos", "DPRD"), so "pa" is not Pengadilan Agama.
#pragma once

#include "indexer/analyzer.hpp"
#include "indexer/gazetteer.hpp"

#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

namespace telusur {

struct EntityMention {
    static constexpr std::uint32_t no_place = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t entry = 0;              // in the Gazetteer
    std::uint32_t linked_place = no_place;  // an agency unit's place: Polres Bekasi -> Bekasi
    std::size_t begin = 0, end = 0;       // byte offsets in the text
};

enum class TextCase {
    meaningful,  // running text: a capital marks a name
    headline,    // Title Case or ALL CAPS: capitals say nothing
    query,       // typed by a user, usually lower case
};

class EntityTagger {
public:
    explicit EntityTagger(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

    const Gazetteer& gazetteer() const { return gazetteer_; }

    // `tokens` are the Analyzer's tokens of `text`. In a dateline every place counts: the dateline is the evidence.
    std::vector<EntityMention> tag(std::string_view text, const std::vector<Token>& tokens, TextCase text_case,
                                   bool dateline = false) const;

private:
    // A place name not taken on its own evidence, with the places it may be.
    struct Undecided {
        std::size_t first, last;  // tokens
        std::vector<std::uint32_t> places;
    };
    // Names refused on their own evidence that the rest of the text shows to be places: an address, a list of
    // regencies, or a parent named.
    void add_undecided_places(std::vector<EntityMention>& mentions, const std::vector<Undecided>& undecided,
                              std::string_view text, const std::vector<const Token*>& tokens) const;
    void add_addresses(std::vector<EntityMention>& mentions, const std::vector<Undecided>& undecided,
                       std::vector<bool>& taken, std::string_view text, const std::vector<const Token*>& tokens) const;
    void add_listed_places(std::vector<EntityMention>& mentions, const std::vector<Undecided>& undecided,
                           std::vector<bool>& taken, std::string_view text,
                           const std::vector<const Token*>& tokens) const;
    void add_places_with_known_parents(std::vector<EntityMention>& mentions, const std::vector<Undecided>& undecided,
                                       const std::vector<bool>& taken, const std::vector<const Token*>& tokens) const;
    void choose_regency_or_city(std::vector<EntityMention>& mentions) const;
    void drop_villages_of_other_districts(std::vector<EntityMention>& mentions,
                                          const std::vector<const Token*>& tokens) const;
    void drop_places_inside_another(std::vector<EntityMention>& mentions, std::string_view text,
                                    const std::vector<const Token*>& tokens) const;

    const Gazetteer& gazetteer_;
};

}  // namespace telusur
