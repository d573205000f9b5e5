// Spelling variants: news's other spellings of a word (nafas, resiko) folded onto the standard one (napas, risiko),
// and a list with a bad line refused with its file and line.
#include "indexer/spelling_variants.hpp"

#include <telusur/error.hpp>

#include <catch2/catch.hpp>

using telusur::InputError;
using telusur::SpellingVariants;

TEST_CASE("a variant folds onto its standard form; other words pass unchanged", "[spelling-variants]") {
    const SpellingVariants variants("# header\n\nnafas\tnapas\nresiko\trisiko\n", "test.txt");
    CHECK(variants.fold("nafas") == "napas");
    CHECK(variants.fold("resiko") == "risiko");
    CHECK(variants.fold("napas") == "napas");
    CHECK(variants.fold("nafa") == "nafa");
    CHECK(variants.fold("") == "");
    CHECK(variants.fingerprint() != SpellingVariants("nafas\tnapas\n", "test.txt").fingerprint());
}

TEST_CASE("the list compiled in folds the variants news writes most", "[spelling-variants]") {
    const SpellingVariants& variants = SpellingVariants::standard();
    CHECK(variants.fold("praktek") == "praktik");
    CHECK(variants.fold("ijin") == "izin");
    CHECK(variants.fold("sholat") == "salat");
    CHECK(variants.fold("shalat") == "salat");
    CHECK(variants.fold("praktik") == "praktik");
}

TEST_CASE("a bad spelling list is an InputError naming the file and line", "[spelling-variants]") {
    CHECK_THROWS_WITH(SpellingVariants("nafas\tnapas\nresiko\n", "variants.txt"),
                      Catch::Contains("variants.txt") && Catch::Contains("2"));
    CHECK_THROWS_WITH(SpellingVariants("nafas\tnapas\nnafas\tnapas\n", "variants.txt"),
                      Catch::Contains("variants.txt") && Catch::Contains("listed twice"));
    CHECK_THROWS_WITH(SpellingVariants("nafas\tnapas\nnapas\tnafas\n", "variants.txt"),
                      Catch::Contains("variants.txt") && Catch::Contains("napas"));
    CHECK_THROWS_AS(SpellingVariants("nafas napas\n", "variants.txt"), InputError);
}
