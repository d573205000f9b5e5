#include "stemmer/candidate_ranking.hpp"

#include <algorithm>
#include <array>
#include <tuple>

namespace telusur::stemming {
namespace {

// Score points. A derivation hunspell attests outright gains `attested`; otherwise each affix earns or loses points by
// the evidence for it, so one well-supported affix can carry a word and one contradicted affix sinks it.
constexpr int base = 100;
constexpr int attested = 60;
constexpr int piece_attested = 20;       // this affix lies inside a part of the word hunspell derives from the root
constexpr int piece_kind = 8;            // the root takes this kind of affix in some other form
constexpr int piece_implied = 4;         // a sibling is licensed: a root taking meN- takes passive di- as well
constexpr int piece_unknown = -8;        // the root has no affix flags at all (most loanwords and nouns)
constexpr int piece_unknown_weak = -25;  // ...and the affix is one names begin with too (ke-, se-, plain pe-)
constexpr int piece_foreign = -5;
constexpr int piece_contradicted = -40;  // the root has flags, none of them for this kind of affix
constexpr int variant_allomorph = -8;
constexpr int nonstandard_allomorph = -20;
constexpr int never_reduce_bonus = 100;  // the curated lists say this root stands whole
constexpr std::size_t longest_length_bonus = 5;

int clitic_cost(const Segmentation& s) {
    int cost = 0;
    if (s.possessive == Possessive::nya)
        cost += 2;
    else if (s.possessive != Possessive::none)
        cost += 4;
    if (s.particle == Particle::pun)
        cost += 2;
    else if (s.particle != Particle::none)
        cost += 4;
    return cost;
}

// The prefixes of a transitive verb: a root taking meN- or di- takes all of them.
constexpr std::uint16_t verbal_prefixes =
    bit(Prefix::meN) | bit(Prefix::di) | bit(Prefix::ter) | bit(Prefix::ku) | bit(Prefix::kau);

// What a root's flags say about it as a whole: verbs take meN-/di-, nouns possessives and ke-...-an. `short_bare`:
// a root of three letters without flags, which too many names begin or end with (Dimas is not di- + mas).
// `noun_flags_only`: flags for clitics and ber- only ("komandan/o0", "dialog/B0"), which say the root is a noun but
// not that it makes no verb: hunspell-id gives many nouns nothing more, though news verbs them freely with meN-, di-,
// -kan, -i and names the act with peN-...-an (dikomandani, mendialogkan, disanksi, pemagaran).
struct RootCharacter {
    bool flagged, verbal, nominal, short_bare, noun_flags_only;
};

RootCharacter character(const RootLexicon& lexicon, const RootLexicon::Entry& root) {
    const bool flagged = lexicon.has_affix_flags(root);
    const bool verbal = root.prefix_kinds & (bit(Prefix::meN) | bit(Prefix::di));
    const bool nominal = lexicon.takes_possessives(root) || (root.suffix_kinds & bit(Suffix::an) &&
                                                             root.prefix_kinds & (bit(Prefix::ke) | bit(Prefix::peN)));
    const bool noun_flags_only = flagged && (root.prefix_kinds & ~bit(Prefix::ber)) == 0 && root.suffix_kinds == 0;
    return {flagged, verbal, nominal, !flagged && root.word_size <= 3, noun_flags_only};
}

// The affixes that make a verb of a noun, or name the act of that verb.
constexpr std::uint16_t verbalising_prefixes = bit(Prefix::meN) | bit(Prefix::di) | bit(Prefix::peN);

int prefix_evidence(Prefix p, Suffix suffix, const RootLexicon::Entry& root, RootCharacter c) {
    if (p == Prefix::tidak) return 0;  // a word, not an affix
    // Before -isasi a prefix verbs the loan noun (meminimalisasi), which has no flags, not its base: the base's flags
    // say nothing about it.
    if (suffix == Suffix::isasi) return piece_unknown;
    if (p == Prefix::reduplicant) return c.flagged ? piece_unknown : piece_unknown_weak;
    if (root.prefix_kinds & bit(p)) return piece_kind;
    if (c.verbal && (bit(p) & (verbal_prefixes | bit(Prefix::peN)))) return piece_implied;  // dirilis, pemvonis
    if (c.nominal && p == Prefix::ber) return piece_implied;                                // ber- "having": berdaerah
    if (c.nominal && p == Prefix::per && suffix == Suffix::an)
        return piece_implied;  // per-...-an "the domain of": perfilman
    // The preposition per ("each") written onto its noun: perdaerah, perhari. Not on a root that is also a verb:
    // per- + a clipped verb or noun is how news abbreviates regulations (perpres, perundang-undangan).
    if (c.nominal && !c.verbal && p == Prefix::per && suffix == Suffix::none) return piece_implied;
    if (!c.flagged)
        return p == Prefix::ke || p == Prefix::se || p == Prefix::pe || c.short_bare ? piece_unknown_weak
                                                                                     : piece_unknown;
    // ber- ("having", "doing") makes verbs of almost any noun, loanwords above all (berinovasi, berkonsentrasi),
    // whatever other affixes hunspell lists for them.
    if (p == Prefix::ber) return piece_unknown;
    if (c.noun_flags_only && (bit(p) & verbalising_prefixes)) return piece_unknown;
    return piece_contradicted;
}

// `bare`: the suffix stands without a prefix ("makanan", "bekasi"): then only a licence of its own kind counts, as a
// bare -i or -an is how many names end.
int suffix_evidence(Suffix s, const RootLexicon::Entry& root, RootCharacter c, bool bare) {
    if (root.suffix_kinds & bit(s)) return piece_kind;
    // -isme and -isasi come with loanwords hunspell has no flags for (final, ideal); -wati with its -wan noun.
    if (is_foreign(s)) return piece_foreign;
    if (bare) return c.flagged ? piece_contradicted : piece_unknown_weak;
    if (c.verbal && (s == Suffix::i || s == Suffix::kan)) return piece_implied;
    if (s == Suffix::an && (root.prefix_kinds & (bit(Prefix::peN) | bit(Prefix::per) | bit(Prefix::ke))))
        return piece_implied;
    if (c.noun_flags_only) return piece_unknown;  // after a prefix: the verb or the act (dikomandani, pemagaran)
    return c.flagged ? piece_contradicted : c.short_bare ? piece_unknown_weak : piece_unknown;
}

// Whether the reading's first prefix is meN- or peN- written menge-/penge- (the allomorph of one-syllable roots).
bool takes_menge(const Segmentation& s) {
    return s.prefix_count > 0 && (s.prefixes[0] == Prefix::meN || s.prefixes[0] == Prefix::peN) &&
           s.prefix_ends[0] == 5;
}

// Whether the reading is a di-ke- passive or a bare ke- verb (ke- + root + -kan or -i) whose menge- verb hunspell-id
// derives from the root: dikedepankan and kedepankan are the passive and the bare form of mengedepankan, from depan
// (its flags know only the meN- form).
bool attested_ke_verb(const RootLexicon& lexicon, const Segmentation& s, const RootLexicon::Entry& root) {
    const bool passive = s.prefix_count == 2 && s.prefixes[0] == Prefix::di && s.prefixes[1] == Prefix::ke;
    const bool bare = s.prefix_count == 1 && s.prefixes[0] == Prefix::ke;
    if (!(passive || bare) || (s.suffix != Suffix::kan && s.suffix != Suffix::i)) return false;
    const std::string_view rest = s.core.substr(s.prefix_ends[s.prefix_count - 1]);
    std::array<char, 300> active;
    if (rest.size() + 5 > active.size()) return false;
    std::copy_n("menge", 5, active.begin());
    std::copy(rest.begin(), rest.end(), active.begin() + 5);
    return lexicon.derives(root, std::string_view(active.data(), rest.size() + 5));
}

// Whether the reading puts meN-, peN- or ke- before a root ending in -an, with no suffix after it.
bool verb_or_confix_prefix_on_noun_in_an(const Segmentation& s, std::string_view root) {
    if (s.suffix != Suffix::none || !root.ends_with("an")) return false;
    for (std::size_t i = 0; i < s.prefix_count; ++i)
        if (s.prefixes[i] == Prefix::meN || s.prefixes[i] == Prefix::peN || s.prefixes[i] == Prefix::ke) return true;
    return false;
}

}  // namespace

int CandidateRanking::affix_evidence(const Segmentation& s, const RootLexicon::Entry& root) const {
    const std::string_view suffix_text = s.core.substr(s.core.size() - s.suffix_size);
    const bool has_suffix = s.suffix != Suffix::none;
    // The largest inner part of the word hunspell derives from the root: prefixes [i, count) and maybe the suffix.
    std::size_t inner_from = s.prefix_count;
    bool suffix_attested = false;
    for (std::size_t i = 0; i < s.prefix_count; ++i) {
        const std::size_t start = i == 0 ? 0 : s.prefix_ends[i - 1];
        if (lexicon_.derives(root, s.core.substr(start))) {
            inner_from = i;
            suffix_attested = has_suffix;
            break;
        }
        if (has_suffix && lexicon_.derives(root, s.core.substr(start, s.core.size() - s.suffix_size - start))) {
            inner_from = i;
            break;
        }
    }
    if (inner_from == s.prefix_count && has_suffix && !is_foreign(s.suffix)) {
        std::array<char, 300> form;  // root + suffix, the root perhaps with its first letter restored
        const std::string_view root_word = lexicon_.word(root);
        std::copy(root_word.begin(), root_word.end(), form.begin());
        std::copy(suffix_text.begin(), suffix_text.end(), form.begin() + root_word.size());
        suffix_attested = lexicon_.derives(root, std::string_view(form.data(), root_word.size() + suffix_text.size()));
    }
    const RootCharacter c = character(lexicon_, root);
    std::array<int, max_prefixes> prefix_points{};
    for (std::size_t i = 0; i < s.prefix_count; ++i)
        prefix_points[i] = i >= inner_from ? piece_attested : prefix_evidence(s.prefixes[i], s.suffix, root, c);
    int suffix_points = 0;
    if (has_suffix)
        suffix_points = suffix_attested ? piece_attested : suffix_evidence(s.suffix, root, c, s.prefix_count == 0);
    // Nominalising confixes are productive where hunspell's flags are silent: ke-...-an on any root with flags
    // (kesiapan, kedisiplinan) or without them (kekompakan, kemeriahan: loanwords and newer words hunspell-id gives
    // none) if it is five letters or more, for the shorter ones are mostly what is left of a misspelt word (kemanan
    // for keamanan is no ke- + man + -an); and ke-/peN-/per-...-an around a licensed inner prefix (keterpurukan,
    // pemberdayaan).
    const bool outer_nominal = s.prefix_count > 0 && (s.prefixes[0] == Prefix::ke || s.prefixes[0] == Prefix::peN ||
                                                      s.prefixes[0] == Prefix::per);
    // peN-...-an names the act of any verb that takes meN- (pencalonan beside mencalonkan), flags or no.
    const bool nominal_confix = s.suffix == Suffix::an && outer_nominal &&
                                ((s.prefixes[0] == Prefix::ke && s.prefix_count == 1 &&
                                  (c.flagged || s.root_size() >= 5)) ||
                                 (s.prefixes[0] == Prefix::peN && s.prefix_count == 1 && c.verbal) ||
                                 (s.prefix_count >= 2 && prefix_points[1] > 0));
    if (nominal_confix) {
        prefix_points[0] = std::max(prefix_points[0], piece_implied);
        suffix_points = std::max(suffix_points, piece_implied);
    }
    // per- between meN- or di- and the root makes a causative verb, as -kan does, of any root that takes meN-...-kan:
    // memperkecil beside mengecilkan, diperberat beside memberatkan, where the flags list only the -kan verb.
    for (std::size_t i = 1; i < s.prefix_count; ++i)
        if (s.prefixes[i] == Prefix::per && (s.prefixes[i - 1] == Prefix::meN || s.prefixes[i - 1] == Prefix::di) &&
            !has_suffix && root.suffix_kinds & bit(Suffix::kan))
            prefix_points[i] = std::max(prefix_points[i], piece_implied);
    int points = suffix_points;
    for (std::size_t i = 0; i < s.prefix_count; ++i) points += prefix_points[i];
    // Loanwords (roots without flags) keep their first consonant after a nasal in news spelling: memposting,
    // mempublikasikan. What is nonstandard for a native root is only a variant for them.
    const Allomorphy allomorphy =
        !c.flagged && !s.k_slip ? std::min(s.allomorphy, Allomorphy::variant) : s.allomorphy;
    if (allomorphy == Allomorphy::variant) points += variant_allomorph;
    if (allomorphy == Allomorphy::nonstandard) points += nonstandard_allomorph;
    return points;
}

std::optional<ScoredCandidate> CandidateRanking::score(const Segmentation& s) const {
    return score(s, lexicon_.find(s.restored, s.root_rest));
}

bool CandidateRanking::listed_with_ending(const RootLexicon::Entry& root, std::string_view ending) const {
    std::array<char, 300> word;
    const std::string_view base = lexicon_.word(root);
    if (base.size() + ending.size() > word.size()) return false;
    std::copy(base.begin(), base.end(), word.begin());
    std::copy(ending.begin(), ending.end(), word.begin() + base.size());
    return lexicon_.find(std::string_view(word.data(), base.size() + ending.size())) != nullptr;
}

std::optional<ScoredCandidate> CandidateRanking::score(const Segmentation& s, const RootLexicon::Entry* root) const {
    if (!root || root->bound || !root->root) return std::nullopt;
    // -wati only as the feminine of a -wan noun: karyawati beside karyawan.
    if (s.suffix == Suffix::wati && !listed_with_ending(*root, "wan")) return std::nullopt;
    // A -isasi noun hunspell-id lists is a root of its own (normalisasi, sosialisasi): its derived words are read
    // through it, never through its base (mensosialisasikan is meN- + sosialisasi + -kan). Nor does a nasal replace
    // the first letter of a base news writes -isasi on (mengkriminalisasi, mensterilisasi): mengutilisasi is not
    // kutil ("wart").
    if (s.suffix == Suffix::isasi && (s.restored || listed_with_ending(*root, "isasi"))) return std::nullopt;
    // -ku/-mu ("my", "your") are rare in news and end names (Maluku): not straight on a root whose flags leave
    // possessives out (on a derived word, pelangganmu, they belong to the derivation). -nya goes with every noun.
    if ((s.possessive == Possessive::ku || s.possessive == Possessive::mu) && s.affix_count() == 0 &&
        lexicon_.has_affix_flags(*root) && !lexicon_.takes_possessives(*root))
        return std::nullopt;
    // A curated whole word in -an is a noun, and a noun takes meN- or peN- only with a suffix that makes a verb of it
    // (mengasihani, of kasihan): pemasukan ("income") is peN- + masuk + -an, not peN- + pasukan ("troops"). Nor is
    // its -an the end of a ke-...-an or peN-...-an around an inner prefix: keberangkatan ("departure") is ke- +
    // berangkat + -an, not ke- + ber- + angkatan ("armed force").
    if (root->never_reduce && verb_or_confix_prefix_on_noun_in_an(s, lexicon_.word(*root))) return std::nullopt;
    int points = base - clitic_cost(s);
    // A word with a curated stem, read whole with clitics at most, is the word its list means: menengahinya is
    // menengahi ("to mediate", stem tengah) + -nya, not the kept menengah + -i + -nya.
    if (root->never_reduce || (root->stem >= 0 && s.affix_count() == 0)) points += never_reduce_bonus;
    // Among attested readings the tie-breaks decide (the root with more flags first); otherwise a longer root is
    // the safer guess, as stripping less can do less harm.
    // (A k slip is never attested: hunspell would read the same letters as another derivation, di-ajuk-an.)
    if (s.affix_count() == 0 || (!s.k_slip && lexicon_.derives(*root, s.core)) ||
        attested_ke_verb(lexicon_, s, *root))
        points += attested;
    else
        points += affix_evidence(s, *root) + static_cast<int>(std::min(s.root_size(), longest_length_bonus));
    return ScoredCandidate{points, root, &s};
}

std::optional<ScoredCandidate> CandidateRanking::best(std::span<const Segmentation> segmentations) const {
    // Ties go to the reading with fewer affixes, then to menge-/penge- before a one-syllable root over meng-/peng-
    // with a k restored (mengecek, mengetes, mengelas: the loanword cek, tes, las of news rather than the older kecek,
    // ketes, kelas), then to the root with more affix flags (a rough stand-in for how common it is), then to the
    // longer root.
    auto key = [](const ScoredCandidate& c) {
        return std::tuple(c.score, -static_cast<int>(c.segmentation->affix_count()), takes_menge(*c.segmentation),
                          c.root->flag_count, c.segmentation->root_size());
    };
    // Readings of one word often share a root (with and without a clitic): each is looked up once.
    struct Lookup {
        char restored;
        std::string_view rest;
        const RootLexicon::Entry* entry;
    };
    std::array<Lookup, 48> lookups;
    std::size_t looked_up = 0;
    auto find = [&](const Segmentation& s) {
        for (std::size_t i = 0; i < looked_up; ++i)
            if (lookups[i].restored == s.restored && lookups[i].rest == s.root_rest) return lookups[i].entry;
        const RootLexicon::Entry* entry = lexicon_.find(s.restored, s.root_rest);
        if (looked_up < lookups.size()) lookups[looked_up++] = Lookup{s.restored, s.root_rest, entry};
        return entry;
    };
    std::optional<ScoredCandidate> best;
    for (const Segmentation& s : segmentations) {
        const auto candidate = score(s, find(s));
        if (!candidate || candidate->score < acceptance) continue;
        if (!best || key(*candidate) > key(*best)) best = candidate;
    }
    return best;
}

std::string CandidateRanking::describe(const ScoredCandidate& candidate) const {
    const Segmentation& s = *candidate.segmentation;
    std::string text;
    for (std::size_t i = 0; i < s.prefix_count; ++i) text.append(spelling(s.prefixes[i])).append("+");
    text.append("[").append(lexicon_.word(*candidate.root)).append("]");
    if (s.suffix != Suffix::none) text.append("+").append(spelling(s.suffix));
    if (s.possessive != Possessive::none) text.append("+").append(spelling(s.possessive));
    if (s.particle != Particle::none) text.append("+").append(spelling(s.particle));
    if (s.allomorphy != Allomorphy::standard)
        text.append(s.allomorphy == Allomorphy::variant ? " (variant)" : " (nonstandard)");
    text.append(" ").append(std::to_string(candidate.score));
    return text;
}

}  // namespace telusur::stemming
