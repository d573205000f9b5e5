// RootLexicon and HunspellAffixes: reading hunspell-id's files (and their failures), what the affix flags license,
// and the curated lists on top. Most cases use a small dictionary written here, so they hold whatever hunspell-id
// version is installed; the last ones check facts of the real one.
#include "stemmer/curated_words.hpp"
#include "stemmer/hunspell_affixes.hpp"
#include "stemmer/root_lexicon.hpp"
#include "tests/stemmer/stemmer_fixture.hpp"

#include <telusur/error.hpp>

#include <catch2/catch.hpp>

using telusur::InputError;
using telusur::stemming::AffixCondition;
using telusur::stemming::add_listed_stems;
using telusur::stemming::CuratedWords;
using telusur::stemming::parse_word_list;
using telusur::stemming::HunspellAffixes;
using telusur::stemming::RootLexicon;
using telusur::test::ScratchDir;
using telusur::test::write_file;

namespace {

// A miniature of hunspell-id's .aff: meN- with its nasal rules, the ke-...-an circumfix, -kan, and a bound-root flag.
const std::string mini_aff = R"(# test affixes
SET ISO8859-1
FLAG long
CIRCUMFIX A1
NEEDAFFIX A2

PFX M0 Y 3	# me-
PFX M0 0 me [lmnryw]
PFX M0 p mem p[^lr]
PFX M0 t men t[^r]

PFX K1 Y 1	# ke- (half of ke-an)
PFX K1 0 ke/A1 .

SFX Ka Y 1	# -an (ke-an)
SFX Ka 0 an/K1A1 .

SFX k0 Y 1	# -kan
SFX k0 0 kan .

SFX l0 Y 2	# -lah -kah
SFX l0 0 lah .
SFX l0 0 kah
)";

// "kaf\xE9" is "kafé" in ISO-8859-1, as hunspell-id's files are encoded.
const std::string mini_dic = "7\nmakan/M0\npukul/M0k0\ntarik/M0\nadil/Ka\nlajar/A2M0\nkaf\xE9\napa/l0\npukul/Ka\n";

std::string write_dictionary(const ScratchDir& dir, const std::string& dic = mini_dic,
                             const std::string& aff = mini_aff) {
    write_file(dir / "mini.dic", dic);
    write_file(dir / "mini.aff", aff);
    return dir / "mini";
}

const RootLexicon::Entry& entry(const RootLexicon& lexicon, std::string_view word) {
    const RootLexicon::Entry* found = lexicon.find(word);
    INFO(std::string(word));
    REQUIRE(found);
    return *found;
}

}  // namespace

TEST_CASE("an affix condition matches one set of letters per position", "[stemmer][lexicon]") {
    const auto negated = AffixCondition::parse("p[^l^r]");
    CHECK(negated.matches_start("pukul"));
    CHECK_FALSE(negated.matches_start("produksi"));
    CHECK_FALSE(negated.matches_start("tarik"));
    CHECK(AffixCondition::parse("[lmnryw]").matches_start("lihat"));
    CHECK(AffixCondition::parse(".").matches_start("x"));
    CHECK(AffixCondition::parse("an").matches_end("makan"));
    CHECK_THROWS(AffixCondition::parse("[abc"));
}

TEST_CASE("a missing dictionary is an InputError naming the file", "[stemmer][lexicon]") {
    ScratchDir dir;
    write_file(dir / "only.aff", mini_aff);
    try {
        RootLexicon::load(dir / "only", CuratedWords{});
        FAIL("no error for a missing .dic");
    } catch (const InputError& e) {
        CHECK(e.file() == dir / "only.dic");
        CHECK_THAT(e.what(), Catch::Contains("only.dic"));
    }
    CHECK_THROWS_AS(RootLexicon::load(dir / "nothing", CuratedWords{}), InputError);
    try {
        telusur::StemmerOptions options;
        options.dictionary = dir / "nothing";
        telusur::make_indonesian_stemmer(options);
        FAIL("no error for a missing dictionary");
    } catch (const InputError& e) {
        CHECK_THAT(e.what(), Catch::Contains("nothing.aff"));
    }
}

TEST_CASE("malformed dictionary and affix lines are InputErrors with their line", "[stemmer][lexicon]") {
    ScratchDir dir;
    SECTION("odd flags in the .dic") {
        const auto path = write_dictionary(dir, "2\nmakan/M0\npukul/M0k\n");
        try {
            RootLexicon::load(path, CuratedWords{});
            FAIL("no error");
        } catch (const InputError& e) {
            CHECK(e.line() == 3);
            CHECK_THAT(e.what(), Catch::Contains("mini.dic:3"));
        }
    }
    SECTION("no word count") {
        CHECK_THROWS_AS(RootLexicon::load(write_dictionary(dir, "makan/M0\n"), CuratedWords{}), InputError);
    }
    SECTION("an affix class with fewer rules than announced") {
        const auto path = write_dictionary(dir, mini_dic, "FLAG long\nPFX M0 Y 2\nPFX M0 0 me [lmnryw]\n");
        CHECK_THROWS_AS(RootLexicon::load(path, CuratedWords{}), InputError);
    }
    SECTION("one-character flags are not hunspell-id's format") {
        write_file(dir / "flags.aff", "FLAG UTF-8\nPFX M Y 1\nPFX M 0 me .\n");
        try {
            HunspellAffixes::load(dir / "flags.aff");
            FAIL("no error");
        } catch (const InputError& e) {
            CHECK(e.line() == 1);
        }
    }
}

TEST_CASE("the lexicon reads roots, their flags and the encoding", "[stemmer][lexicon]") {
    ScratchDir dir;
    const RootLexicon lexicon = RootLexicon::load(write_dictionary(dir), CuratedWords{});
    CHECK(lexicon.size() == 7);          // pukul appears twice and is one root
    CHECK(lexicon.find("kaf\xC3\xA9"));  // converted from ISO-8859-1
    CHECK_FALSE(lexicon.find("memakan"));
    CHECK(entry(lexicon, "lajar").bound);  // NEEDAFFIX: never a stem by itself
    CHECK_FALSE(entry(lexicon, "makan").bound);
    CHECK(lexicon.find('t', "arik") == lexicon.find("tarik"));  // a restored first letter
    CHECK(lexicon.has_affix_flags(entry(lexicon, "pukul")));
    CHECK_FALSE(lexicon.has_affix_flags(entry(lexicon, "kaf\xC3\xA9")));
}

TEST_CASE("affix flags license exactly the derivations hunspell would accept", "[stemmer][lexicon]") {
    ScratchDir dir;
    const RootLexicon lexicon = RootLexicon::load(write_dictionary(dir), CuratedWords{});
    SECTION("prefixes with their nasal rules") {
        CHECK(lexicon.derives(entry(lexicon, "makan"), "memakan"));  // me- + makan, not mem- + pakan
        CHECK(lexicon.derives(entry(lexicon, "pukul"), "memukul"));  // p replaced by the nasal
        CHECK(lexicon.derives(entry(lexicon, "tarik"), "menarik"));
        CHECK_FALSE(lexicon.derives(entry(lexicon, "tarik"), "mentarik"));
    }
    SECTION("suffixes, and a prefix with a suffix") {
        CHECK(lexicon.derives(entry(lexicon, "pukul"), "pukulkan"));
        CHECK(lexicon.derives(entry(lexicon, "pukul"), "memukulkan"));
        CHECK_FALSE(lexicon.derives(entry(lexicon, "makan"), "makankan"));  // makan has no -kan flag
    }
    SECTION("a circumfix only whole") {
        CHECK(lexicon.derives(entry(lexicon, "adil"), "keadilan"));
        CHECK_FALSE(lexicon.derives(entry(lexicon, "adil"), "keadil"));
        CHECK_FALSE(lexicon.derives(entry(lexicon, "adil"), "adilan"));
        CHECK(lexicon.derives(entry(lexicon, "pukul"), "kepukulan"));  // flags of a repeated entry are merged
    }
    SECTION("the kinds of affix a root takes anywhere") {
        using telusur::stemming::bit;
        using telusur::stemming::Prefix;
        using telusur::stemming::Suffix;
        CHECK(entry(lexicon, "adil").prefix_kinds & bit(Prefix::ke));  // from the circumfix
        CHECK(entry(lexicon, "adil").suffix_kinds & bit(Suffix::an));
        CHECK_FALSE(entry(lexicon, "makan").prefix_kinds & bit(Prefix::ke));
        CHECK(lexicon.takes_particles(entry(lexicon, "apa")));
        CHECK_FALSE(lexicon.takes_particles(entry(lexicon, "makan")));
    }
}

TEST_CASE("curated words join the lexicon with their marks", "[stemmer][lexicon]") {
    ScratchDir dir;
    CuratedWords curated;
    curated.extra_roots = {"rilis"};
    curated.never_reduce = {"menteri"};
    curated.function_words = {"setelah"};
    curated.whole_names = {"pemalang"};
    curated.listed_stems = {{"belajar", "ajar"}};
    const RootLexicon lexicon = RootLexicon::load(write_dictionary(dir), curated);
    CHECK(entry(lexicon, "rilis").curated);
    CHECK(entry(lexicon, "menteri").never_reduce);
    CHECK(entry(lexicon, "setelah").whole_alone);
    CHECK_FALSE(entry(lexicon, "setelah").root);  // whole when alone, but no root inside other words
    CHECK(entry(lexicon, "pemalang").whole_alone);
    CHECK_FALSE(entry(lexicon, "pemalang").root);
    CHECK(entry(lexicon, "makan").root);
    CHECK(lexicon.stem(entry(lexicon, "belajar")) == "ajar");
    CHECK(lexicon.stem(entry(lexicon, "makan")) == "makan");
    CHECK(lexicon.fingerprint() != RootLexicon::load(dir / "mini", CuratedWords{}).fingerprint());
}

TEST_CASE("curated lists: a bad line or a word with two stems is an InputError naming the list", "[stemmer][lexicon]") {
    const auto rows = parse_word_list("# header\n\nbelajar\tajar\nmenteri \n", "irregular_stems.txt");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].word == "belajar");
    CHECK(rows[0].value == "ajar");
    CHECK(rows[0].line == 3);
    CHECK(rows[1].word == "menteri");
    CHECK(rows[1].value.empty());
    CHECK_THROWS_WITH(parse_word_list("a\nkerja sama\n", "extra_roots.txt"),
                      Catch::Contains("extra_roots.txt:2: "));

    CuratedWords curated;
    add_listed_stems("belajar\tajar\n", "irregular_stems.txt", curated);
    CHECK_THROWS_WITH(add_listed_stems("mengawali\tawal\nbelajar\tlajar\n", "chosen_stems.txt", curated),
                      Catch::Contains("chosen_stems.txt:2: 'belajar' is listed twice"));
    CHECK(curated.listed_stems.at("belajar") == "ajar");
    CHECK_THROWS_WITH(add_listed_stems("pelajar\n", "irregular_stems.txt", curated),
                      Catch::Contains("irregular_stems.txt:1: 'pelajar' has no stem"));
    CHECK_THROWS_WITH(add_listed_stems("himbauan\thimbau\nhimbau\timbau\n", "chosen_stems.txt", curated),
                      Catch::Contains("chosen_stems.txt:2: 'himbau' -> 'imbau'"));
    CHECK_THROWS_WITH(add_listed_stems("nafas\tnapas\nnapas\tnafas\n", "chosen_stems.txt", curated),
                      Catch::Contains("chosen_stems.txt:2: 'napas' -> 'nafas'"));
}

TEST_CASE("hunspell-id's flags say which affixes its roots take", "[stemmer][lexicon]") {
    SKIP_WITHOUT_HUNSPELL_ID();
    const auto lexicon = RootLexicon::shared(telusur::StemmerOptions{}.dictionary);
    CHECK(lexicon->size() > 30000);
    CHECK(lexicon->derives(entry(*lexicon, "bank"), "perbankan"));  // per-...-an
    CHECK_FALSE(lexicon->derives(entry(*lexicon, "perban"), "perbankan"));
    CHECK(lexicon->derives(entry(*lexicon, "rupa"), "berupa"));                   // ber- before r is be-
    CHECK_FALSE(lexicon->derives(entry(*lexicon, "diri"), "kediri"));             // a town, not ke- + diri
    CHECK(lexicon->derives(entry(*lexicon, "tahu"), "pengetahuan"));              // penge-...-an
    CHECK(lexicon == RootLexicon::shared(telusur::StemmerOptions{}.dictionary));  // loaded once per process
}
