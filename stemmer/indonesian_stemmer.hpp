// IndonesianStemmer: the lexicon-backed stemmer behind make_indonesian_stemmer(). Private to the library; tests and
// the command's --explain use it directly.
#pragma once

#include "stemmer/candidate_ranking.hpp"
#include "stemmer/colloquial_spelling.hpp"
#include "stemmer/reduplication.hpp"
#include "stemmer/root_lexicon.hpp"
#include "stemmer/segmentation.hpp"
#include "stemmer/stem_cache.hpp"

#include <telusur/stemmer.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace telusur::stemming {

class IndonesianStemmer final : public Stemmer {
public:
    IndonesianStemmer(std::shared_ptr<const RootLexicon> lexicon, StemMode mode, bool cache = true);

    std::string stem(std::string_view word) const override;
    // "telusur-id-38/full/<fingerprint of the lexicon>": the version is bumped whenever the algorithm changes a stem;
    // the fingerprint changes with the dictionary and the curated lists.
    std::string name() const override;
    bool reads_reduplication() const override { return mode_ == StemMode::full; }
    // The light mode's stem.
    std::string without_clitics(std::string_view word) const override;
    std::string stem_proper_noun(std::string_view word) const override;

    // How the word was read: "di+per+[lihat]+kan 183", "dictionary word", "unknown: particle stripped", ...
    std::string explain(std::string_view word) const;

    const RootLexicon& lexicon() const { return *lexicon_; }
    std::size_t cached() const { return cache_.size(); }

private:
    // One word, no hyphens. `spoken`: a word the lexicon cannot read may be a spoken verb (off while reading the
    // formal spelling of one, so that the reading does not recurse).
    std::string_view stem_word(std::string_view word, StemMode mode, bool spoken = true) const;
    std::string_view dictionary_word(std::string_view word, const RootLexicon::Entry& entry, StemMode mode) const;
    std::string_view whole_word_with_clitic(std::string_view word) const;  // the function word or name, or empty
    std::string_view colloquial_verb(std::string_view word) const;  // the stem of its formal spelling, or empty
    std::string_view loan_verb_in_ir(std::string_view word) const;  // the stem of its -asi spelling, or empty
    bool attested_verb(const FormalSpelling& formal) const;
    static std::string_view unknown_word(std::string_view word);
    std::string compute(std::string_view word, StemMode mode) const;
    // compute() through `cache`, when caching.
    std::string remembered(StemCache& cache, std::string_view word, StemMode mode) const;

    std::shared_ptr<const RootLexicon> lexicon_;
    StemMode mode_;
    bool caching_;
    CandidateRanking ranking_;
    Reduplication reduplication_;
    mutable std::vector<Segmentation> segmentations_;  // reused from word to word
    mutable std::string wati_buffer_;                  // holds "karyawan" while stemming "karyawati"
    mutable std::vector<FormalSpelling> formal_;       // the formal spellings of a spoken verb
    mutable std::string asi_buffer_;                   // holds "mengakomodasi" while stemming "mengakomodir"
    mutable StemCache cache_;
    mutable StemCache light_cache_;  // without_clitics() in full mode
};

}  // namespace telusur::stemming
