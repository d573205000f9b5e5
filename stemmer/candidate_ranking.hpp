// CandidateRanking: which segmentation of a word names its root. A segmentation counts only if its root is a lexicon
// word; then, best first: derivations hunspell-id's affix flags attest exactly, affixes of a kind the root is known to
// take, affixes on roots hunspell says nothing about, and last affixes the root's flags speak against ("kediri" is not
// ke- + diri: diri takes ber-, di-, meN-, peN-, ter-, never ke-). Regular allomorphs beat irregular ones, longer roots
// shorter ones. A word with no segmentation above the acceptance line is not derivable and is left alone: that keeps
// names such as Bekasi, Pemalang and Pekalongan whole.
#pragma once

#include "stemmer/root_lexicon.hpp"
#include "stemmer/segmentation.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace telusur::stemming {

struct ScoredCandidate {
    int score = 0;
    const RootLexicon::Entry* root = nullptr;
    const Segmentation* segmentation = nullptr;
};

class CandidateRanking {
public:
    explicit CandidateRanking(const RootLexicon& lexicon) : lexicon_(lexicon) {}

    // The score of one segmentation, or nothing when its root is not a lexicon word that can stand alone.
    std::optional<ScoredCandidate> score(const Segmentation& segmentation) const;
    std::optional<ScoredCandidate> score(const Segmentation& segmentation, const RootLexicon::Entry* root) const;

    // The best-scoring segmentation that reaches `acceptance`, or nothing.
    std::optional<ScoredCandidate> best(std::span<const Segmentation> segmentations) const;

    // "di+per+[lihat]+kan 183" for debugging and the command's --explain.
    std::string describe(const ScoredCandidate& candidate) const;

    static constexpr int acceptance = 85;

private:
    int affix_evidence(const Segmentation& s, const RootLexicon::Entry& root) const;
    // Whether the lexicon lists the root's word with `ending` after it: karya + wan, normal + isasi.
    bool listed_with_ending(const RootLexicon::Entry& root, std::string_view ending) const;

    const RootLexicon& lexicon_;
};

}  // namespace telusur::stemming
