#include "stemmer/reduplication.hpp"

#include "stemmer/segmentation.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace telusur::stemming {
namespace {

// A particle or possessive written after a hyphen: "dia-lah", "kuasa-Mu" (capitalised for God, folded here).
bool is_clitic(std::string_view part) {
    return part == "lah" || part == "kah" || part == "tah" || part == "pun" || part == "ku" || part == "mu" ||
           part == "nya";
}

// Prefixes written with a hyphen before a name, acronym or number: "se-Jawa", "di-PHK", "ke-Jakarta".
bool is_hyphenated_prefix(std::string_view part) { return part == "se" || part == "di" || part == "ke"; }

// The nasal a prefix puts in place of a root's first p, t, s or k.
constexpr std::array<std::pair<char, std::string_view>, 4> nasals{{{'p', "m"}, {'t', "n"}, {'s', "ny"}, {'k', "ng"}}};

// `copy` with the nasal that took the place of `letter` at its start undone ("nyia", 's' -> "sia"), or empty.
std::string with_nasal_undone(std::string_view copy, char letter) {
    for (const auto& [replaced, nasal] : nasals)
        if (replaced == letter && copy.starts_with(nasal))
            return std::string(1, letter).append(copy.substr(nasal.size()));
    return {};
}

// Whether `copy` repeats `root` at its start, perhaps with the nasal a prefix put there: "nirukan" repeats "tiru"
// (meniru-nirukan), "manggil" repeats "panggil" (memanggil-manggil).
bool repeats(std::string_view copy, std::string_view root) {
    if (root.size() < 2) return false;
    if (copy.starts_with(root)) return true;
    for (const auto& [letter, nasal] : nasals)
        if (root[0] == letter && copy.starts_with(nasal) && copy.substr(nasal.size()).starts_with(root.substr(1)))
            return true;
    return false;
}

}  // namespace

bool Reduplication::is_word(std::string_view stem) const {
    const auto* entry = lexicon_.find(stem);
    return entry && entry->root && !entry->bound;
}

std::string Reduplication::stem(std::string_view word, bool derivational) const {
    const std::size_t first = word.find('-');
    const std::size_t last = word.rfind('-');
    if (first == 0 || last + 1 == word.size()) return std::string(word);  // "-an", "adi-": not words to take apart
    const std::string_view tail = word.substr(last + 1);
    if (is_clitic(tail)) {  // dia-lah, malaikat-malaikat-nya
        const std::string_view rest = word.substr(0, last);
        if (rest.find('-') != std::string_view::npos) return stem(rest, derivational);
        return std::string(derivational ? stem_word_(rest) : strip_clitics_(rest));
    }
    if (!derivational)  // light stemming: only the clitics of the last part go
        return std::string(word.substr(0, last + 1)).append(strip_clitics_(tail));
    const std::string_view head = word.substr(0, first);
    if (is_hyphenated_prefix(head)) {  // se-kabupaten
        const std::string_view rest = word.substr(first + 1);
        return rest.find('-') == std::string_view::npos ? std::string(stem_word_(rest)) : stem(rest, derivational);
    }
    if (first != last) return std::string(word);  // three parts or more: a list or a name, kept whole
    return stem_two_parts(head, tail);
}

std::string Reduplication::stem_two_parts(std::string_view first, std::string_view second) const {
    // Hyphenated words the curated lists name are lexical facts, also with a clitic (sayur-mayurnya): rhyming
    // reduplications (sayur-mayur -> sayur, bolak-balik whole), and words kept whole or given a stem by policy
    // (undang-undang "law" is no plural of undang "invitation", and perundang-undangan stems to it).
    const std::string_view second_bare = strip_clitics_(second);
    std::string pair(first);
    pair.append("-").append(second_bare);
    if (const RootLexicon::Entry* entry = lexicon_.find(pair); entry && (entry->never_reduce || entry->stem >= 0))
        return std::string(lexicon_.stem(*entry));
    const std::string_view first_stem = stem_word_(first);
    const std::string_view second_stem = stem_word_(second);
    if (first == second_bare) {  // anak-anak, anak-anaknya
        if (is_word(first_stem)) return std::string(first_stem);
        // A lexical reduplication hunspell-id lists stays whole, there being no "kupu" (kupu-kupu, butterfly). Any
        // other is the plural of a word the lexicon lacks, a loanword or a word kept whole (fitur-fitur,
        // relawan-relawan), and stems as that word does, so that a search for the word finds its plural.
        return lexicon_.find(pair) ? pair : std::string(first_stem);
    }
    if (first_stem == second_stem && is_word(first_stem)) return std::string(first_stem);       // berlari-lari
    if (is_word(first_stem) && repeats(second, first_stem)) return std::string(first_stem);     // mobil-mobilan
    if (is_word(second_stem) && first.ends_with(second_stem)) return std::string(second_stem);  // kehati-hatian
    if (is_word(second_stem) && repeats(first, second_stem)) return std::string(second_stem);
    // The second half repeats the end of a word that its end alone is not: pertama-tama ("first of all"), tama being
    // no word.
    if (is_word(first_stem) && second_bare.size() >= 2 && first.size() > second_bare.size() &&
        first.ends_with(second_bare))
        return std::string(first_stem);
    // A confix around the whole reduplication, ke-hati-hati-an: the word both halves share at the hyphen.
    for (std::size_t size = std::min(first.size(), second.size()); size >= 3; --size) {
        const std::string_view shared = second.substr(0, size);
        if (first.ends_with(shared) && is_word(shared)) return std::string(stem_word_(shared));
    }
    if (auto listed = listed_under_affixes(first, second_bare)) return *listed;
    return pair;  // two different words (besar-kecil, jual-beli): the compound stays, without a trailing clitic
}

// Affixes around a reduplication the lexicon lists whole: diiming-imingi (iming-iming), mengotak-atik (otak-atik),
// menggembar-gemborkan (gembar-gembor). A nasal prefix takes the place of the first letter of both halves:
// menyia-nyiakan is meN- + sia-sia + -kan. The reduplication's stem, or nothing.
std::optional<std::string> Reduplication::listed_under_affixes(std::string_view first, std::string_view second) const {
    std::vector<Segmentation> readings;
    segment(first, readings);
    for (const Segmentation& reading : readings) {
        if (reading.prefix_count == 0 || reading.core != first || reading.suffix != Suffix::none) continue;
        const std::string half =
            std::string(reading.restored ? 1 : 0, reading.restored) + std::string(reading.root_rest);
        for (std::string_view suffix : {"", "kan", "i", "an"}) {
            if (!second.ends_with(suffix) || second.size() < suffix.size() + 2) continue;
            const std::string_view bare = second.substr(0, second.size() - suffix.size());
            for (const std::string& other : {std::string(bare), with_nasal_undone(bare, reading.restored)}) {
                if (other.empty()) continue;
                const RootLexicon::Entry* entry = lexicon_.find(half + "-" + other);
                if (entry && !entry->bound) return stem_two_parts(half, other);
            }
        }
    }
    return std::nullopt;
}

}  // namespace telusur::stemming
