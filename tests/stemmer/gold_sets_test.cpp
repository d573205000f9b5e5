// The stemmer against the gold sets of ../shared/data/stemming (when present; skipped with a message otherwise), as
// thresholds so that a regression fails the run. Figures, the same harness as `telusur stem --eval`, type accuracy:
//
//   gold set                                 telusur   Snowball   issue target
//   UD GSD, all rows                           94.3%     78.5%       94%
//   UD CSUI, all rows                          94.0%     77.7%       94%
//   UD GSD PROPN, lower case, left unchanged   97.2%     87.4%       97%
//   UD CSUI PROPN, lower case, left unchanged  97.1%     88.2%       97%
//   UD PROPN marked as proper nouns      2777/2777, 1129/1129       100%
//   tricky_words + issue_words                 93.9%     53.5%       90%
//   Sastrawi's own tests, status "active"      97.1%     61.8%       97%
//
// Each issue target is a test (tricky_words + issue_words, well above its 90%, holds a floor just under today's
// figure, so that a regression fails before the target does). The UD treebanks contradict each other
// (GSD keeps sebagai, tersebut, menurut whole where CSUI derives them; CSUI keeps nominalisations such as penelitian
// and pernyataan whole where GSD reduces them): the stemmer derives a word where either treebank does and no PROPN
// list holds it, and the index keeps apart what search needs apart (indexer/data/sense_families.txt). Words the
// treebanks tag as names stay whole (pemerintah, penghargaan: stemmer/data/kept_derivations.txt), as a lower-case
// query may type a name. The PROPN lists hold the common nouns of institution names (kehutanan, pertanian,
// pendidikan), which the other sets want reduced and which are reduced. Sastrawi's tests encode some of its own
// choices (perusakan -> rusa, lemigas -> ligas).
// stemmer/README.md classifies every word each gold file counts wrong.
#include "tests/stemmer/stemmer_fixture.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>

using telusur::test::GoldRow;

namespace {

const std::filesystem::path gold_dir = telusur::test::shared_data / "stemming";

struct Score {
    std::size_t correct = 0, total = 0;
    double percent() const { return total ? 100.0 * static_cast<double>(correct) / static_cast<double>(total) : 0.0; }
};

// Rows of `file` that `keep` accepts, scored as stem == root (or, `unchanged`, stem == word).
Score score(
    const std::string& file, bool unchanged = false,
    const std::function<bool(const GoldRow&)>& keep = [](const GoldRow&) { return true; }) {
    Score s;
    const auto& stemmer = telusur::test::indonesian_stemmer();
    for (const GoldRow& row : telusur::test::read_gold(gold_dir / file)) {
        if (!keep(row)) continue;
        ++s.total;
        if (telusur::test::stem_text(stemmer, row.word) == (unchanged ? row.word : row.root)) ++s.correct;
    }
    return s;
}

// Proper nouns as marked by the caller: Stemmer::stem_proper_noun (and `telusur stem --proper`). Right when the name
// is left whole, or loses only the clitic its gold root drops too (ayahnya -> ayah): the gold roots of the PROPN
// lists also hold UD's own slips (pelabuhan -> "penlabuhan").
Score score_marked_proper_nouns(const std::string& file) {
    Score s;
    const auto& stemmer = telusur::test::indonesian_stemmer();
    for (const GoldRow& row : telusur::test::read_gold(gold_dir / file)) {
        ++s.total;
        const std::string stem = stemmer.stem_proper_noun(row.word);
        if (stem == row.word || stem == row.root) ++s.correct;
    }
    return s;
}

Score operator+(Score a, Score b) { return {a.correct + b.correct, a.total + b.total}; }

bool active(const GoldRow& row) { return row.status == "active"; }

}  // namespace

// Skips the rest of a test, with a message, when the shared data or hunspell-id is absent.
#define SKIP_WITHOUT_GOLD_SETS()                                                                                 \
    SKIP_WITHOUT_HUNSPELL_ID();                                                                                  \
    do {                                                                                                         \
        if (!std::filesystem::exists(gold_dir / "gold_ud_gsd.tsv")) {                                            \
            WARN("skipped: " << gold_dir.string() << " is absent (../shared/data is not beside this checkout)"); \
            return;                                                                                              \
        }                                                                                                        \
    } while (false)

TEST_CASE("UD GSD reaches the issue's target, 94%", "[stemmer][shared-data]") {
    SKIP_WITHOUT_GOLD_SETS();
    const Score s = score("gold_ud_gsd.tsv");
    INFO(s.correct << "/" << s.total);
    CHECK(s.total == 4027);
    CHECK(s.percent() >= 94.0);
}

TEST_CASE("UD CSUI reaches the issue's target, 94%", "[stemmer][shared-data]") {
    SKIP_WITHOUT_GOLD_SETS();
    const Score s = score("gold_ud_csui.tsv");
    INFO(s.correct << "/" << s.total);
    CHECK(s.total == 2588);
    CHECK(s.percent() >= 94.0);
}

TEST_CASE("UD proper nouns in lower case, unmarked: the issue's target, 97% unchanged", "[stemmer][shared-data]") {
    SKIP_WITHOUT_GOLD_SETS();
    const Score gsd = score("gold_ud_gsd_propn.tsv", true), csui = score("gold_ud_csui_propn.tsv", true);
    INFO("GSD " << gsd.correct << "/" << gsd.total << ", CSUI " << csui.correct << "/" << csui.total);
    CHECK(gsd.percent() >= 97.0);
    CHECK(csui.percent() >= 97.0);
}

TEST_CASE("UD proper nouns marked as proper nouns are left as they are: the issue's target, 100%",
          "[stemmer][shared-data]") {
    SKIP_WITHOUT_GOLD_SETS();
    const Score gsd = score_marked_proper_nouns("gold_ud_gsd_propn.tsv");
    const Score csui = score_marked_proper_nouns("gold_ud_csui_propn.tsv");
    INFO("GSD " << gsd.correct << "/" << gsd.total << ", CSUI " << csui.correct << "/" << csui.total);
    CHECK(gsd.total == 2777);
    CHECK(csui.total == 1129);
    CHECK(gsd.correct == gsd.total);
    CHECK(csui.correct == csui.total);
}

TEST_CASE("tricky and issue words together stay at their level (target 90%)", "[stemmer][shared-data]") {
    SKIP_WITHOUT_GOLD_SETS();
    const Score s = score("tricky_words.tsv") + score("issue_words.tsv");
    INFO(s.correct << "/" << s.total);
    CHECK(s.total == 114);
    CHECK(s.percent() >= 93.8);
}

TEST_CASE("Sastrawi's active test cases reach the issue's target, 97%", "[stemmer][shared-data]") {
    SKIP_WITHOUT_GOLD_SETS();
    const Score s =
        score("gold_sastrawi_functional.tsv", false, active) + score("gold_sastrawi_integration.tsv", false, active);
    INFO(s.correct << "/" << s.total);
    CHECK(s.percent() >= 97.0);
}
