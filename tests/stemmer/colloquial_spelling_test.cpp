// The formal spellings a spoken verb may stand for: pure spelling, before the stemmer asks the lexicon which of them
// is a verb.
#include "stemmer/colloquial_spelling.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using telusur::stemming::colloquial_spellings;
using telusur::stemming::FormalSpelling;
using telusur::stemming::Suffix;

namespace {

std::vector<std::string> spellings(std::string_view word) {
    std::vector<FormalSpelling> formal;
    colloquial_spellings(word, formal);
    std::vector<std::string> words;
    for (const FormalSpelling& f : formal) words.push_back(f.word);
    return words;
}

}  // namespace

TEST_CASE("a spoken nasal stands for meN-", "[stemmer][colloquial]") {
    CHECK(spellings("nulis") == std::vector<std::string>{"menulis"});
    CHECK(spellings("mikir") == std::vector<std::string>{"memikir"});
    CHECK(spellings("ngajak") == std::vector<std::string>{"mengajak"});
    CHECK(spellings("megang") == std::vector<std::string>{"memegang"});
    // ny- for s (menyetir) or for c (mencari)
    CHECK(spellings("nyari") == std::vector<std::string>{"menyari", "mencari"});
}

TEST_CASE("nge- stands for meN- in every allomorph", "[stemmer][colloquial]") {
    CHECK(spellings("ngebantu") ==
          std::vector<std::string>{"mengebantu", "mebantu", "membantu", "menbantu", "mengbantu"});
}

TEST_CASE("a spoken -in stands for -kan, then -i, and -nya stays", "[stemmer][colloquial]") {
    std::vector<FormalSpelling> formal;
    colloquial_spellings("ngerjainnya", formal);
    REQUIRE(formal.size() == 10);  // ng- before a root in e, or nge- in five allomorphs, each with -kan and -i
    CHECK(formal[0].word == "mengerjakannya");
    CHECK(formal[0].suffix_for_in == Suffix::kan);
    CHECK(formal[1].word == "mengerjainya");
    CHECK(formal[1].suffix_for_in == Suffix::i);
    CHECK(spellings("dibeliin") == std::vector<std::string>{"dibelikan", "dibelii"});
    CHECK(spellings("beliin") == std::vector<std::string>{"belikan", "belii"});
    colloquial_spellings("nulis", formal);
    REQUIRE(formal.size() == 1);
    CHECK(formal[0].suffix_for_in == Suffix::none);
}

TEST_CASE("words with no spoken affix have no formal spelling", "[stemmer][colloquial]") {
    CHECK(spellings("").empty());
    CHECK(spellings("nak").empty());       // too short
    CHECK(spellings("makan").size() == 1);  // spelled like one: the lexicon decides (makan is read before)
    CHECK(spellings("melesat").empty());   // me- before l is formal meN- already
    CHECK(spellings("rumah").empty());
    CHECK(spellings("dibeli").empty());    // di- without -in is formal
    CHECK(spellings("n" + std::string(30, 'a')).empty());  // longer than any spoken verb
    CHECK(spellings("mnbvc").empty());     // no vowel after the nasal
}
