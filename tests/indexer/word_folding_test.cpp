// Word folding: news's other spellings of a word (nafas, resiko) folded onto the standard one (napas, risiko), the
// words of a sense family (mengalami, dialami) onto its term (pengalaman), and a list with a bad line refused with
// its file and line.
#include "indexer/word_folding.hpp"

#include <telusur/error.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using telusur::InputError;
using telusur::WordFolding;

TEST_CASE("a listed word folds onto its target, other words pass unchanged", "[word-folding]") {
    const WordFolding variants("# header\n\nnafas\tnapas\nresiko\trisiko\n", "test.txt");
    CHECK(variants.fold("nafas") == "napas");
    CHECK(variants.fold("resiko") == "risiko");
    CHECK(variants.fold("napas") == "napas");
    CHECK_FALSE(variants.holds("napas"));
    CHECK(variants.fold("nafa") == "nafa");
    CHECK(variants.fold("") == "");
    CHECK(variants.fingerprint() != WordFolding("nafas\tnapas\n", "test.txt").fingerprint());
    auto words = variants.words();
    std::sort(words.begin(), words.end());
    CHECK(words == std::vector<std::string_view>{"nafas", "resiko"});
}

TEST_CASE("a family's head folds onto itself and is held", "[word-folding]") {
    const WordFolding families("keadaan\tkeadaan\nmengalami\tpengalaman\npengalaman\tpengalaman\n", "test.txt");
    CHECK(families.holds("keadaan"));
    CHECK(families.fold("keadaan") == "keadaan");
    CHECK(families.fold("mengalami") == "pengalaman");
    CHECK_FALSE(families.holds("alam"));
}

TEST_CASE("the spelling variants compiled in fold the variants news writes most", "[word-folding]") {
    const WordFolding& variants = WordFolding::spelling_variants();
    CHECK(variants.fold("praktek") == "praktik");
    CHECK(variants.fold("ijin") == "izin");
    CHECK(variants.fold("sholat") == "salat");
    CHECK(variants.fold("shalat") == "salat");
    CHECK(variants.fold("praktik") == "praktik");
}

TEST_CASE("the sense families compiled in keep the derived words of another sense together", "[word-folding]") {
    const WordFolding& families = WordFolding::sense_families();
    CHECK(families.fold("mengalami") == "pengalaman");
    CHECK(families.fold("berpendapat") == "pendapat");
    CHECK(families.fold("diberlakukan") == "berlaku");
    CHECK(families.fold("keadaan") == "keadaan");
    CHECK_FALSE(families.holds("meninggalkan"));  // "to leave" stays with tinggal ("to stay")
    CHECK_FALSE(families.holds("mendapatkan"));   // "to get" stays with dapat
}

TEST_CASE("a bad folding list is an InputError naming the file and line", "[word-folding]") {
    CHECK_THROWS_WITH(WordFolding("nafas\tnapas\nresiko\n", "variants.txt"),
                      Catch::Contains("variants.txt") && Catch::Contains("2"));
    CHECK_THROWS_WITH(WordFolding("nafas\tnapas\nnafas\tnapas\n", "variants.txt"),
                      Catch::Contains("variants.txt") && Catch::Contains("listed twice"));
    CHECK_THROWS_WITH(WordFolding("nafas\tnapas\nnapas\tnafas\n", "variants.txt"),
                      Catch::Contains("variants.txt") && Catch::Contains("napas"));
    CHECK_THROWS_WITH(WordFolding("dialami\tmengalami\nmengalami\tpengalaman\n", "families.txt"),
                      Catch::Contains("families.txt") && Catch::Contains("mengalami"));
    CHECK_THROWS_AS(WordFolding("nafas napas\n", "variants.txt"), InputError);
}
