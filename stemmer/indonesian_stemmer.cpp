#include "stemmer/indonesian_stemmer.hpp"

#include <cstdio>

namespace telusur {
namespace stemming {
namespace {

constexpr std::string_view algorithm = "telusur-id-40";

// A clitic hunspell-id writes as part of a dictionary word that is also a word without it: "apakah" (apa + -kah).
struct Clitic {
    std::string_view text;
    bool particle;
};
constexpr Clitic dictionary_clitics[] = {{"lah", true},  {"kah", true}, {"tah", true}, {"pun", true},
                                         {"nya", false}, {"ku", false}, {"mu", false}};

}  // namespace

IndonesianStemmer::IndonesianStemmer(std::shared_ptr<const RootLexicon> lexicon, StemMode mode, bool cache)
    : lexicon_(std::move(lexicon)),
      mode_(mode),
      caching_(cache),
      ranking_(*lexicon_),
      reduplication_(
          *lexicon_, [this](std::string_view w) { return stem_word(w, StemMode::full); },
          [this](std::string_view w) { return stem_word(w, StemMode::light); }) {}

std::string IndonesianStemmer::name() const {
    char fingerprint[16];
    std::snprintf(fingerprint, sizeof fingerprint, "%08x", lexicon_->fingerprint());
    return std::string(algorithm).append(mode_ == StemMode::full ? "/full/" : "/light/").append(fingerprint);
}

std::string IndonesianStemmer::stem(std::string_view word) const { return remembered(cache_, word, mode_); }

std::string IndonesianStemmer::without_clitics(std::string_view word) const {
    return mode_ == StemMode::light ? stem(word) : remembered(light_cache_, word, StemMode::light);
}

// The light mode's stem, unless what it takes off ends in the particle -lah, -kah or -tah: those letters end more
// names than the particles follow one (Abdullah, Fadilah, Ramallah, Mekkah, Fatah; in click-id's capitalised words
// the light mode cut such names, and no name took the particle). A particle after a hyphen still comes off
// (Jokowi-lah), as do possessives and -pun (Jakartanya, Sunanpun).
std::string IndonesianStemmer::stem_proper_noun(std::string_view word) const {
    std::string base = without_clitics(word);
    if (!word.starts_with(base)) return base;
    const std::string_view taken = word.substr(base.size());
    const bool particle = taken.ends_with("lah") || taken.ends_with("kah") || taken.ends_with("tah");
    if (particle && taken.find('-') == std::string_view::npos) return std::string(word);
    return base;
}

std::string IndonesianStemmer::remembered(StemCache& cache, std::string_view word, StemMode mode) const {
    if (!caching_) return compute(word, mode);
    if (const auto cached = cache.find(word)) return std::string(*cached);
    std::string result = compute(word, mode);
    cache.insert(word, result);
    return result;
}

std::string IndonesianStemmer::compute(std::string_view word, StemMode mode) const {
    if (word.find('-') != std::string_view::npos) return reduplication_.stem(word, mode == StemMode::full);
    return std::string(stem_word(word, mode));
}

// A word the lexicon lists stays as it is: hunspell-id lists the derived words that have meanings of their own
// (pegawai, peluang, sekitar, mereka). The exceptions only undo what makes no new word:
//  - a clitic the other word's flags allow (apakah: apa + -kah; bahuku), or -pun after a longer word (meskipun);
//  - in full mode, a curated irregular stem (belajar -> ajar), the feminine -wati of a -wan noun (karyawati ->
//    karyawan), and a word hunspell lists beside its root although the root's flags give it already (bicarakan:
//    bicara + -kan; belian: beli + -an).
std::string_view IndonesianStemmer::dictionary_word(std::string_view word, const RootLexicon::Entry& entry,
                                                    StemMode mode) const {
    if (entry.never_reduce) return word;
    const bool full = mode == StemMode::full;
    if (full && entry.stem >= 0) return lexicon_->stem(entry);
    for (const Clitic& clitic : dictionary_clitics) {
        if (!word.ends_with(clitic.text) || word.size() < clitic.text.size() + 3) continue;
        const std::string_view base = word.substr(0, word.size() - clitic.text.size());
        const RootLexicon::Entry* root = lexicon_->find(base);
        if (!root || root->bound) continue;
        const bool allowed = clitic.particle ? lexicon_->takes_particles(*root) ||
                                                   (clitic.text == "pun" && base.size() >= 4)  // meskipun, walaupun
                                             : lexicon_->takes_possessives(*root);
        if (allowed) return full ? lexicon_->stem(*root) : lexicon_->word(*root);
    }
    if (!full) return word;
    if (word.ends_with("wati") && word.size() > 7) {
        wati_buffer_.assign(word.substr(0, word.size() - 4)).append("wan");
        if (const RootLexicon::Entry* masculine = lexicon_->find(wati_buffer_)) return lexicon_->stem(*masculine);
    }
    for (std::string_view suffix : {std::string_view("kan"), std::string_view("an")}) {
        if (!word.ends_with(suffix) || word.size() < suffix.size() + 3) continue;
        const RootLexicon::Entry* root = lexicon_->find(word.substr(0, word.size() - suffix.size()));
        if (!root || root->bound) continue;
        const bool licensed =
            suffix == "kan" ? (root->suffix_kinds & bit(Suffix::kan)) != 0 : lexicon_->has_suffix_rule(*root, "an");
        if (licensed) return lexicon_->stem(*root);
    }
    return word;
}

// A word the lexicon cannot derive is a name or a foreign word: it keeps its letters but for the particles no name
// ends in ("bennypun", "hitsnya").
std::string_view IndonesianStemmer::unknown_word(std::string_view word) {
    for (std::string_view particle : {std::string_view("pun"), std::string_view("nya")})
        if (word.ends_with(particle) && word.size() >= particle.size() + 3) word.remove_suffix(particle.size());
    return word;
}

// A word of spoken Indonesian stems as its formal spelling does, when hunspell-id derives that spelling from a root
// as a verb: nonton as menonton (tonton), ngerjain as mengerjakan (kerja), dibeliin as dibelikan (beli). Only a word
// the lexicon cannot read otherwise gets here, so a name stays whole unless it also spells such a verb
// (whole_names.txt lists those news capitalises).
std::string_view IndonesianStemmer::colloquial_verb(std::string_view word) const {
    colloquial_spellings(word, formal_);
    for (const FormalSpelling& formal : formal_) {
        if (!attested_verb(formal)) continue;
        // Returned as the lexicon's word, which outlives formal_ (a stem may be a view into the spelling: menurutnya).
        const std::string_view stem = stem_word(formal.word, StemMode::full, false);
        if (const RootLexicon::Entry* entry = lexicon_->find(stem)) return lexicon_->word(*entry);
    }
    return {};
}

// A verb news borrows from Dutch in -ir (-eren) beside its noun in -asi (-atie) stems as that spelling of it does:
// mengakomodir as mengakomodasi (akomodasi), dikoordinir as dikoordinasi, meminimalisir as meminimalisasi (minimal).
// Only a word the lexicon cannot read otherwise gets here, and only a spelling the lexicon reads counts, so a name in
// -ir (Munir, Basir) stays whole.
std::string_view IndonesianStemmer::loan_verb_in_ir(std::string_view word) const {
    for (std::string_view clitic : {"", "nya", "lah", "pun", "kah"}) {
        if (!word.ends_with(clitic)) continue;
        const std::string_view verb = word.substr(0, word.size() - clitic.size());
        if (verb.size() < 6 || !verb.ends_with("ir")) continue;
        asi_buffer_.assign(verb.substr(0, verb.size() - 2)).append("asi");
        const std::size_t noun_end = asi_buffer_.size();
        asi_buffer_.append(clitic);
        const std::string_view stem = stem_word(asi_buffer_, StemMode::full, false);
        // The stem must be the noun in -asi itself (akomodasi, isolasi) or the base of one in -isasi (minimal), not a
        // root the respelling happens to hold: kuatir ("worried") is no ku- + atasi, terakir (terakhir) no ter- + akas.
        const std::string_view noun = std::string_view(asi_buffer_).substr(0, noun_end);
        const bool the_noun = stem.size() >= 7 && noun.ends_with(stem) && stem.ends_with("asi");
        const bool its_base = noun.size() > stem.size() + 5 && noun.substr(0, noun.size() - 5).ends_with(stem) &&
                              noun.ends_with("isasi");
        if (!the_noun && !its_base) continue;
        // Returned as the lexicon's word, which outlives asi_buffer_.
        if (const RootLexicon::Entry* entry = lexicon_->find(stem); entry && !entry->bound)
            return lexicon_->word(*entry);
    }
    return {};
}

// Whether the formal spelling is a verb with the suffix the spoken word had. A spoken word with one affix only
// (nulis, mampang) may as well be a name: its formal spelling counts only if hunspell-id derives it from a root with
// meN- or di- outright. A spoken -in after a spoken prefix (ngerjain, dibeliin) makes a verb clear enough for the
// ranking's best reading of the formal spelling to do, meN- or di- with that suffix on a root with affix flags;
// a bare verb (keluarin: keluarkan) needs flags for its suffix too, or to be listed whole (beliin: belikan).
bool IndonesianStemmer::attested_verb(const FormalSpelling& formal) const {
    segment(formal.word, segmentations_);
    const auto verbal_prefix = [](const Segmentation& s) {
        return s.prefix_count > 0 && (s.prefixes[0] == Prefix::meN || s.prefixes[0] == Prefix::di);
    };
    const auto clitics_of_a_verb = [](const Segmentation& s) {
        return s.particle == Particle::none && (s.possessive == Possessive::none || s.possessive == Possessive::nya);
    };
    if (formal.suffix_for_in == Suffix::none) {
        for (const Segmentation& s : segmentations_) {
            if (!verbal_prefix(s) || !clitics_of_a_verb(s) || s.k_slip) continue;
            if (s.suffix != Suffix::none && s.suffix != Suffix::i) continue;
            const RootLexicon::Entry* root = lexicon_->find(s.restored, s.root_rest);
            if (root && !root->bound && root->root && lexicon_->derives(*root, s.core)) return true;
        }
        return false;
    }
    if (const RootLexicon::Entry* listed = lexicon_->find(formal.word); listed && !listed->bound)
        return !listed->whole_alone && dictionary_word(formal.word, *listed, StemMode::full) != formal.word;
    const auto best = ranking_.best(segmentations_);
    if (!best || !clitics_of_a_verb(*best->segmentation)) return false;
    const Segmentation& s = *best->segmentation;
    if (s.suffix != formal.suffix_for_in || s.k_slip) return false;
    // The root must be a word hunspell-id gives affix flags (mursalin is a name, not memursalkan), and for a bare
    // verb flags for that suffix, or derive the verb outright.
    const RootLexicon::Entry& root = *best->root;
    if (lexicon_->derives(root, s.core)) return verbal_prefix(s) || s.prefix_count == 0;
    if (!lexicon_->has_affix_flags(root)) return false;
    return verbal_prefix(s) || (s.prefix_count == 0 && (root.suffix_kinds & bit(s.suffix)) != 0);
}

// A function word or name with a clitic stays that word: menurutnya ("according to him") is menurut + -nya, not
// about turut ("to follow"), which the segmentation would find once the clitic is off; pemalangnya is pemalang.
std::string_view IndonesianStemmer::whole_word_with_clitic(std::string_view word) const {
    for (const Clitic& clitic : dictionary_clitics) {
        if (!word.ends_with(clitic.text)) continue;
        const std::string_view base = word.substr(0, word.size() - clitic.text.size());
        if (const RootLexicon::Entry* entry = lexicon_->find(base); entry && entry->whole_alone) return base;
    }
    return {};
}

std::string_view IndonesianStemmer::stem_word(std::string_view word, StemMode mode, bool spoken) const {
    if (word.size() < 3) return word;
    if (const RootLexicon::Entry* entry = lexicon_->find(word)) {
        if (entry->whole_alone) return word;
        if (!entry->bound) return dictionary_word(word, *entry, mode);
    }
    if (const std::string_view base = whole_word_with_clitic(word); !base.empty()) return base;
    segment(word, segmentations_);
    const auto best = ranking_.best(segmentations_);
    if (!best) {
        if (mode == StemMode::full && spoken) {
            if (const std::string_view formal = colloquial_verb(word); !formal.empty()) return formal;
            if (const std::string_view noun = loan_verb_in_ir(word); !noun.empty()) return noun;
        }
        return unknown_word(word);
    }
    // The light mode takes off the clitics of the word's best reading, no others: bertanya is ber- + tanya, not
    // berta + -nya; menikah is meN- + nikah, not meni + -kah.
    if (mode == StemMode::light) return best->segmentation->core;
    // A word the lexicon lists stems as it does alone, whatever clitics follow it: kehendakku as kehendak
    // (menghendaki), where the reading ke- + hendak + -ku would win, as -ku is not read straight on kehendak.
    if (const std::string_view core = best->segmentation->core; core.size() < word.size())
        if (const RootLexicon::Entry* listed = lexicon_->find(core); listed && !listed->bound)
            return dictionary_word(core, *listed, mode);
    const RootLexicon::Entry* root = best->root;
    if (best->segmentation->suffix == Suffix::wati) {  // karyawati stems with karyawan (ranking checked it exists)
        wati_buffer_.assign(lexicon_->word(*root)).append("wan");
        if (const RootLexicon::Entry* masculine = lexicon_->find(wati_buffer_)) root = masculine;
    }
    // The root stems as it would alone: mem- + bicarakan stems with bicarakan, to bicara.
    return dictionary_word(lexicon_->word(*root), *root, mode);
}

std::string IndonesianStemmer::explain(std::string_view word) const {
    if (word.find('-') != std::string_view::npos) return "hyphenated: " + compute(word, mode_);
    if (word.size() < 3) return "too short to stem";
    const RootLexicon::Entry* entry = lexicon_->find(word);
    if (entry && entry->whole_alone) return "curated: whole alone (function word or name)";
    if (!(entry && !entry->bound) && !whole_word_with_clitic(word).empty())
        return "curated: function word or name with a clitic";
    if (entry && !entry->bound) {
        if (entry->never_reduce) return "curated: never reduced";
        const std::string_view stem = dictionary_word(word, *entry, mode_);
        return stem == word ? "dictionary word" : "dictionary word, stemmed as: " + std::string(stem);
    }
    segment(word, segmentations_);
    std::string text;
    for (const Segmentation& s : segmentations_)
        if (const auto candidate = ranking_.score(s))
            text.append("  ").append(ranking_.describe(*candidate)).append("\n");
    const auto best = ranking_.best(segmentations_);
    if (best) return text + "best: " + ranking_.describe(*best);
    if (mode_ == StemMode::full) {
        if (const std::string_view formal = colloquial_verb(word); !formal.empty())
            return text + "spoken verb, stemmed as its formal spelling: " + std::string(formal);
        if (const std::string_view noun = loan_verb_in_ir(word); !noun.empty())
            return text + "loan verb in -ir, stemmed as its spelling in -asi: " + std::string(noun);
    }
    return text + "unknown: " + std::string(unknown_word(word));
}

}  // namespace stemming

std::unique_ptr<Stemmer> make_indonesian_stemmer(const StemmerOptions& options) {
    return std::make_unique<stemming::IndonesianStemmer>(stemming::RootLexicon::shared(options.dictionary),
                                                         options.mode, options.cache);
}

}  // namespace telusur
