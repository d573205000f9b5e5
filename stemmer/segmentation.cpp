#include "stemmer/segmentation.hpp"

#include <algorithm>

namespace telusur::stemming {

std::string_view spelling(Prefix prefix) {
    static constexpr std::string_view names[] = {"ku",  "kau", "di",  "ke", "se",    "meN",      "peN",
                                                 "ber", "ter", "per", "pe", "tidak", "Ce(redup)"};
    return names[static_cast<unsigned>(prefix)];
}

std::string_view spelling(Suffix suffix) {
    static constexpr std::string_view names[] = {"", "i", "kan", "an", "wati", "isme", "isasi"};
    return names[static_cast<unsigned>(suffix)];
}

std::string_view spelling(Possessive possessive) {
    static constexpr std::string_view names[] = {"", "ku", "mu", "nya"};
    return names[static_cast<unsigned>(possessive)];
}

std::string_view spelling(Particle particle) {
    static constexpr std::string_view names[] = {"", "lah", "kah", "tah", "pun"};
    return names[static_cast<unsigned>(particle)];
}

namespace {

bool is_consonant(char c) { return c >= 'a' && c <= 'z' && !is_vowel(c); }
bool one_of(char c, std::string_view set) { return set.find(c) != std::string_view::npos; }

// One syllable: the roots menge-/penge- attach to ("bom", "cek", "tik"). Each vowel starts a syllable but the second
// of a word-final diphthong (ai, au, oi: "pakai", "pulau"); "kuat", "siap", "kait", "taut" have two.
bool is_monosyllabic(std::string_view root) {
    int syllables = 0;
    for (std::size_t i = 0; i < root.size(); ++i) {
        if (!is_vowel(root[i])) continue;
        const bool diphthong_end = i + 1 == root.size() && i > 0 && (root[i] == 'i' || root[i] == 'u') &&
                                   (root[i - 1] == 'a' || (root[i - 1] == 'o' && root[i] == 'i'));
        if (!diphthong_end && ++syllables > 1) return false;
    }
    return syllables == 1;
}

// How an allomorph joins what follows it. Several allomorphs share a rule (meng- and peng-).
enum class Join : std::uint8_t {
    plain,
    meng,
    meny,
    mem,
    men,
    menge,
    me,
    ber,
    be,
    bel,
    ter,
    te,
    per,
    pe_r,
    pel,
    pe_plain
};

struct Allomorph {
    std::string_view surface;
    Prefix prefix;
    Join join;
};

constexpr Allomorph allomorphs[] = {
    {"kau", Prefix::kau, Join::plain},   {"ku", Prefix::ku, Join::plain},   {"di", Prefix::di, Join::plain},
    {"ke", Prefix::ke, Join::plain},     {"se", Prefix::se, Join::plain},   {"tidak", Prefix::tidak, Join::plain},
    {"menge", Prefix::meN, Join::menge}, {"meng", Prefix::meN, Join::meng}, {"meny", Prefix::meN, Join::meny},
    {"mem", Prefix::meN, Join::mem},     {"men", Prefix::meN, Join::men},   {"me", Prefix::meN, Join::me},
    {"penge", Prefix::peN, Join::menge}, {"peng", Prefix::peN, Join::meng}, {"peny", Prefix::peN, Join::meny},
    {"pem", Prefix::peN, Join::mem},     {"pen", Prefix::peN, Join::men},   {"pe", Prefix::peN, Join::me},
    {"ber", Prefix::ber, Join::ber},     {"be", Prefix::ber, Join::be},     {"bel", Prefix::ber, Join::bel},
    {"ter", Prefix::ter, Join::ter},     {"te", Prefix::ter, Join::te},     {"per", Prefix::per, Join::per},
    {"pe", Prefix::per, Join::pe_r},     {"pel", Prefix::per, Join::pel},   {"pe", Prefix::pe, Join::pe_plain},
};

// What may follow a prefix inside one word (memper-, diper-, keber-, pember-, berke-, ke-tidak-).
bool may_follow(Prefix outer, Prefix inner) {
    if (outer == inner) return false;
    switch (outer) {
        case Prefix::ku:
        case Prefix::kau: return inner == Prefix::per;
        case Prefix::di:
            return inner == Prefix::per || inner == Prefix::ber || inner == Prefix::ke || inner == Prefix::pe;
        case Prefix::meN:
            return inner == Prefix::per || inner == Prefix::ber || inner == Prefix::ke || inner == Prefix::pe;
        case Prefix::ke:
            return inner == Prefix::ber || inner == Prefix::ter || inner == Prefix::peN || inner == Prefix::per ||
                   inner == Prefix::se || inner == Prefix::tidak || inner == Prefix::pe;
        case Prefix::se:
            return inner == Prefix::peN || inner == Prefix::per || inner == Prefix::ke || inner == Prefix::ber ||
                   inner == Prefix::ter;
        case Prefix::peN: return inner == Prefix::ber;
        case Prefix::ber: return inner == Prefix::ke || inner == Prefix::peN || inner == Prefix::se;
        case Prefix::ter: return inner == Prefix::per || inner == Prefix::ke;
        case Prefix::per: return inner == Prefix::ke || inner == Prefix::se;
        case Prefix::tidak:
            return inner == Prefix::ber || inner == Prefix::se || inner == Prefix::ter || inner == Prefix::peN ||
                   inner == Prefix::per || inner == Prefix::ke;
        case Prefix::pe:
        case Prefix::reduplicant: return false;
    }
    return false;
}

// Prefix and suffix pairs Indonesian does not form (ber-...-i, di-...-an, meN-...-an, se-...-kan, ...). ke-...-i and
// ke-...-kan are the verbs of ke- roots without their di- or meN- ("yang perlu Anda ketahui", "kesampingkan").
bool pairs_with(Prefix prefix, Suffix suffix) {
    switch (suffix) {
        case Suffix::none: return prefix != Prefix::tidak;
        case Suffix::an:
            return prefix == Prefix::ke || prefix == Prefix::peN || prefix == Prefix::pe || prefix == Prefix::per ||
                   prefix == Prefix::ber || prefix == Prefix::se || prefix == Prefix::tidak ||
                   prefix == Prefix::reduplicant;
        case Suffix::i:
            return prefix == Prefix::di || prefix == Prefix::meN || prefix == Prefix::ter || prefix == Prefix::per ||
                   prefix == Prefix::ku || prefix == Prefix::kau || prefix == Prefix::ke;
        case Suffix::kan:
            return prefix == Prefix::di || prefix == Prefix::meN || prefix == Prefix::ter || prefix == Prefix::per ||
                   prefix == Prefix::ku || prefix == Prefix::kau || prefix == Prefix::ber || prefix == Prefix::ke;
        case Suffix::isasi:  // the -isasi noun made a verb, as news does loan nouns: meminimalisasi, dioptimalisasi
            return prefix == Prefix::di || prefix == Prefix::meN || prefix == Prefix::ter || prefix == Prefix::ber;
        default: return false;  // -wati and -isme take no prefix
    }
}

// One way an allomorph joins the text after it: the root's restored first letter (or 0), how regular the join is
// when that text is the root, and whether (and how regularly) further prefixes may follow.
struct JoinOption {
    char restored = 0;
    bool as_root = false;
    Allomorphy root_allomorphy = Allomorphy::standard;
    bool as_prefixes = false;  // the text may start with another prefix (memper-, berke-)
    Allomorphy prefix_allomorphy = Allomorphy::standard;
};

struct JoinOptions {
    std::array<JoinOption, 3> options;
    std::size_t count = 0;
    void add(JoinOption o) { options[count++] = o; }
};

JoinOptions join_options(Join join, std::string_view rest) {
    JoinOptions out;
    if (rest.size() < 2) return out;
    const char c = rest[0], next = rest[1];
    auto root = [](Allomorphy a) { return JoinOption{0, true, a, false, Allomorphy::standard}; };
    auto both = [](Allomorphy a) { return JoinOption{0, true, a, true, a}; };
    auto recoded = [](char letter, Allomorphy a) { return JoinOption{letter, true, a, false, Allomorphy::standard}; };
    // A one-syllable root takes menge-/penge- and keeps its first letter (mengepel, mengetes, not memel, menes): no
    // nasal replaces it.
    auto recodable = [rest] { return !is_monosyllabic(rest); };
    switch (join) {
        case Join::plain: out.add(both(Allomorphy::standard)); break;
        case Join::meng:  // meng- before vowels, g, h, q, kh; k is replaced: mengambil, menggali, mengasih (kasih)
            if (is_vowel(c)) {
                out.add(root(Allomorphy::standard));
                if (recodable()) out.add(recoded('k', Allomorphy::standard));
            } else if (c == 'g' || c == 'h' || c == 'q') {
                out.add(root(Allomorphy::standard));
            } else if (c == 'k') {  // kept before a cluster (mengkritik); before a vowel only in nonstandard mengkaji
                out.add(root(is_vowel(next) ? Allomorphy::nonstandard : Allomorphy::standard));
            }
            break;
        case Join::meny:  // meny- replaces s: menyapu (sapu)
            if (is_vowel(c) && recodable()) out.add(recoded('s', Allomorphy::standard));
            break;
        case Join::mem:  // mem- before b, f, v; replaces p (memakai); keeps it in clusters (memproduksi) and before
                         // per-
            if (c == 'b' || c == 'f' || c == 'v') {
                out.add(both(Allomorphy::standard));
            } else if (c == 'p') {
                JoinOption o = root(next == 'r' || next == 'l' ? Allomorphy::standard : Allomorphy::nonstandard);
                o.as_prefixes = true;  // memper-, mempe-
                out.add(o);
            } else if (is_vowel(c) && recodable()) {
                out.add(recoded('p', Allomorphy::standard));
            } else if (c == 'r' || c == 'l') {  // pemrograman, pemrosesan: p dropped even before a cluster
                out.add(recoded('p', Allomorphy::variant));
            }
            break;
        case Join::men:  // men- before c, d, j, z, sy; replaces t (menarik); keeps it in tr- clusters
            if (c == 'c' || c == 'd' || c == 'j' || c == 'z' || (c == 's' && next == 'y')) {
                out.add(root(Allomorphy::standard));
            } else if (c == 't') {
                out.add(root(next == 'r' ? Allomorphy::standard : Allomorphy::nonstandard));  // mentaati
            } else if (c == 's') {  // s kept: menswastakan; before a vowel only in nonstandard mensosialisasikan
                out.add(root(is_consonant(next) ? Allomorphy::variant : Allomorphy::nonstandard));
            } else if (is_vowel(c) && recodable()) {
                out.add(recoded('t', Allomorphy::standard));
            }
            break;
        case Join::menge:  // menge- before one-syllable roots: mengebom, pengecekan
            out.add(root(is_monosyllabic(rest) ? Allomorphy::standard : Allomorphy::nonstandard));
            break;
        case Join::me:  // me- before l, m, n, r, w, y (and ny-, ng-): melihat, menyanyi, merasa
            if (one_of(c, "lmnrwy")) out.add(root(Allomorphy::standard));
            break;
        case Join::ber:
        case Join::ter:
        case Join::per:
            if (c != 'r') out.add(both(Allomorphy::standard));
            break;
        case Join::be:
        case Join::te:  // be-/te- before r (berupa, terasa) and before a first syllable in -er (bekerja, tepercaya)
            if (c == 'r' || (is_consonant(c) && next == 'e' && rest.size() > 2 && rest[2] == 'r'))
                out.add(root(Allomorphy::standard));
            break;
        case Join::pe_r:
            if (c == 'r') out.add(root(Allomorphy::standard));
            break;
        case Join::bel:
        case Join::pel:  // belajar, pelajar: the rare l- allomorph before a vowel
            if (is_vowel(c)) out.add(root(Allomorphy::variant));
            break;
        case Join::pe_plain:  // pekerja, petani, pewarta: pe- without a nasal
            if (is_consonant(c) && !one_of(c, "lmnrwy")) out.add(root(Allomorphy::variant));
            break;
    }
    return out;
}

// Reads prefixes off the front of a core whose clitics and suffix are fixed, emitting a segmentation for every root.
struct Expansion {
    std::size_t min_root;
    std::vector<Segmentation>* out;

    bool confix_ok(const Segmentation& s) const {
        if (s.prefix_count == 0) return true;
        bool has_tidak = false, any_pair = s.suffix == Suffix::none;
        for (std::size_t i = 0; i < s.prefix_count; ++i) {
            has_tidak |= s.prefixes[i] == Prefix::tidak;
            if (s.suffix != Suffix::none && pairs_with(s.prefixes[i], s.suffix)) any_pair = true;
        }
        if (has_tidak && s.suffix != Suffix::an) return false;
        return any_pair;
    }

    void emit(Segmentation& s, char restored, std::string_view rest, Allomorphy allomorphy) const {
        if (rest.size() + (restored ? 1 : 0) < min_root) return;
        if (s.prefix_count == 0 && s.suffix == Suffix::none) return;  // the bare core is emitted once, elsewhere
        if (!confix_ok(s)) return;
        s.restored = restored;
        s.root_rest = rest;
        s.allomorphy = allomorphy;
        out->push_back(s);
    }

    // `pos`: where the text not yet read as prefixes begins in the core.
    void expand(Segmentation& s, std::size_t pos, bool as_root, Allomorphy root_allomorphy, bool as_prefixes,
                Allomorphy prefix_allomorphy) const {
        const std::size_t body_end = s.core.size() - s.suffix_size;
        const std::string_view text = s.core.substr(pos, body_end - pos);
        if (as_root) emit(s, 0, text, root_allomorphy);
        if (!as_prefixes || s.prefix_count >= max_prefixes) return;
        // Partial reduplication: the root's first consonant + e before it (lelembut, rerata, pepohonan).
        if (s.prefix_count == 0 && text.size() >= 5 && is_consonant(text[0]) && text[1] == 'e' && text[2] == text[0]) {
            s.prefixes[0] = Prefix::reduplicant;
            s.prefix_ends[0] = static_cast<std::uint8_t>(pos + 2);
            s.prefix_count = 1;
            emit(s, 0, text.substr(2), root_allomorphy);
            s.prefix_count = 0;
        }
        for (const Allomorph& a : allomorphs) {
            if (text.empty() || a.surface[0] != text[0] || !text.starts_with(a.surface)) continue;
            if (s.prefix_count == 0 ? a.prefix == Prefix::tidak : !may_follow(s.prefixes[s.prefix_count - 1], a.prefix))
                continue;
            // ku-/kau- do not count among the three prefixes
            const bool proclitic = s.prefix_count > 0 && (s.prefixes[0] == Prefix::ku || s.prefixes[0] == Prefix::kau);
            if (s.prefix_count >= (proclitic ? max_prefixes : max_prefixes - 1)) continue;
            const std::string_view rest = text.substr(a.surface.size());
            const JoinOptions joins = join_options(a.join, rest);
            for (std::size_t j = 0; j < joins.count; ++j) {
                const JoinOption& o = joins.options[j];
                const std::size_t after = pos + a.surface.size();
                s.prefixes[s.prefix_count] = a.prefix;
                s.prefix_ends[s.prefix_count] = static_cast<std::uint8_t>(after);
                ++s.prefix_count;
                const Allomorphy as_root_allomorphy = std::max(prefix_allomorphy, o.root_allomorphy);
                if (o.restored) {
                    emit(s, o.restored, rest, as_root_allomorphy);
                    // meng-/peng- + ke- with its k replaced: mengemukakan (ke- + muka + -kan)
                    if (o.restored == 'k' && rest.starts_with('e') && may_follow(a.prefix, Prefix::ke) &&
                        s.prefix_count < max_prefixes - 1) {
                        s.prefixes[s.prefix_count] = Prefix::ke;
                        s.prefix_ends[s.prefix_count] = static_cast<std::uint8_t>(after + 1);
                        ++s.prefix_count;
                        expand(s, after + 1, true, as_root_allomorphy, true, as_root_allomorphy);
                        --s.prefix_count;
                    }
                    // mem- + per- with its p replaced, a slip news makes for memper-: memertahankan, memerlihatkan
                    if (o.restored == 'p' && rest.starts_with("er") && may_follow(a.prefix, Prefix::per) &&
                        s.prefix_count < max_prefixes - 1) {
                        s.prefixes[s.prefix_count] = Prefix::per;
                        s.prefix_ends[s.prefix_count] = static_cast<std::uint8_t>(after + 2);
                        ++s.prefix_count;
                        expand(s, after + 2, true, Allomorphy::nonstandard, true, Allomorphy::nonstandard);
                        --s.prefix_count;
                    }
                } else {
                    expand(s, after, o.as_root, as_root_allomorphy, o.as_prefixes,
                           std::max(prefix_allomorphy, o.prefix_allomorphy));
                }
                --s.prefix_count;
            }
        }
        s.restored = 0;
    }
};

template <class Morpheme>
struct Ending {
    std::string_view text;
    Morpheme morpheme;
};

constexpr Ending<Particle> particles[] = {
    {"lah", Particle::lah}, {"kah", Particle::kah}, {"tah", Particle::tah}, {"pun", Particle::pun}};
constexpr Ending<Possessive> possessives[] = {{"ku", Possessive::ku}, {"mu", Possessive::mu}, {"nya", Possessive::nya}};
// -wan is not read as a suffix: it ends too many personal names (Setiawan, Gunawan, Kurniawan) whose first part is a
// word, and the -wan nouns that matter are dictionary words (karyawan, wartawan). -wati is read only to stem with the
// -wan noun (karyawati -> karyawan). Nor is -wi: the Sanskrit and Arabic adjectives in -wi that matter are dictionary
// words (duniawi, manusiawi), stemmed through stemmer/data/irregular_stems.txt, and read as a suffix -wi only cut
// names (Betawi, Langkawi).
constexpr Ending<Suffix> suffixes[] = {{"i", Suffix::i},        {"kan", Suffix::kan}, {"an", Suffix::an},
                                       {"wati", Suffix::wati},  {"isme", Suffix::isme},
                                       {"isasi", Suffix::isasi}, {"isasikan", Suffix::isasi}};

}  // namespace

void segment(std::string_view word, std::vector<Segmentation>& out, std::size_t min_root) {
    out.clear();
    if (word.size() > 255) return;  // offsets are bytes
    for (std::size_t p = 0; p <= std::size(particles); ++p) {
        std::string_view after_particle = word;
        Particle particle = Particle::none;
        if (p < std::size(particles)) {
            if (!word.ends_with(particles[p].text)) continue;
            after_particle.remove_suffix(particles[p].text.size());
            particle = particles[p].morpheme;
        }
        for (std::size_t q = 0; q <= std::size(possessives); ++q) {
            std::string_view core = after_particle;
            Possessive possessive = Possessive::none;
            if (q < std::size(possessives)) {
                if (!core.ends_with(possessives[q].text)) continue;
                core.remove_suffix(possessives[q].text.size());
                possessive = possessives[q].morpheme;
            }
            if (core.size() < min_root) continue;
            Segmentation s;
            s.core = core;
            s.particle = particle;
            s.possessive = possessive;
            s.root_rest = core;
            out.push_back(s);  // the core itself as the root
            Expansion expansion{min_root, &out};
            expansion.expand(s, 0, false, Allomorphy::standard, true, Allomorphy::standard);
            for (const auto& ending : suffixes) {
                if (!core.ends_with(ending.text) || core.size() < ending.text.size() + min_root) continue;
                Segmentation with_suffix = s;
                with_suffix.suffix = ending.morpheme;
                with_suffix.suffix_size = static_cast<std::uint8_t>(ending.text.size());
                if (is_foreign(with_suffix.suffix) && with_suffix.suffix != Suffix::isasi) {
                    with_suffix.root_rest = core.substr(0, core.size() - ending.text.size());
                    out.push_back(with_suffix);
                    continue;
                }
                expansion.expand(with_suffix, 0, true, Allomorphy::standard, true, Allomorphy::standard);
                // -kan after a root in k written with one k, a common slip in news: menunjukan, dimasukan.
                if (with_suffix.suffix == Suffix::an && core.size() > ending.text.size() + min_root &&
                    core[core.size() - 3] == 'k') {
                    with_suffix.suffix = Suffix::kan;
                    with_suffix.k_slip = true;
                    expansion.expand(with_suffix, 0, true, Allomorphy::nonstandard, true, Allomorphy::nonstandard);
                }
                // And -an written -kan after a root in k, the slip the other way: penegakkan, penunjukkan.
                if (ending.morpheme == Suffix::kan && core.ends_with("kkan") &&
                    core.size() > ending.text.size() + min_root) {
                    with_suffix.suffix = Suffix::an;
                    with_suffix.k_slip = true;
                    expansion.expand(with_suffix, 0, true, Allomorphy::nonstandard, true, Allomorphy::nonstandard);
                }
            }
        }
    }
}

}  // namespace telusur::stemming
