// Segmentation: the readings of a word as affixes around a root, before any lexicon is asked. Each case checks that
// a reading the grammar allows is among them, or that one it forbids is not.
#include "stemmer/segmentation.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace telusur::stemming;

namespace {

// A reading written as "meN+per+[baik]+i", the root in brackets (its restored letter included).
std::string describe(const Segmentation& s) {
    std::string text;
    for (std::size_t i = 0; i < s.prefix_count; ++i) text.append(spelling(s.prefixes[i])).append("+");
    text.append("[");
    if (s.restored) text += s.restored;
    text.append(s.root_rest).append("]");
    if (s.suffix != Suffix::none) text.append("+").append(spelling(s.suffix));
    if (s.possessive != Possessive::none) text.append("+").append(spelling(s.possessive));
    if (s.particle != Particle::none) text.append("+").append(spelling(s.particle));
    return text;
}

std::vector<std::string> readings(std::string_view word) {
    std::vector<Segmentation> out;
    segment(word, out);
    std::vector<std::string> texts;
    for (const auto& s : out) texts.push_back(describe(s));
    return texts;
}

bool has(const std::vector<std::string>& texts, const std::string& reading) {
    return std::find(texts.begin(), texts.end(), reading) != texts.end();
}

}  // namespace

TEST_CASE("meN- and peN- replace the root's first p, t, s, k and keep it in clusters", "[stemmer][segmentation]") {
    CHECK(has(readings("menarik"), "meN+[tarik]"));
    CHECK(has(readings("memakai"), "meN+[pakai]"));
    CHECK(has(readings("menyapu"), "meN+[sapu]"));
    CHECK(has(readings("mengasih"), "meN+[kasih]"));
    CHECK(has(readings("memakan"), "meN+[makan]"));         // me- before m
    CHECK(has(readings("menyanyi"), "meN+[nyanyi]"));       // me- before ny
    CHECK(has(readings("memproduksi"), "meN+[produksi]"));  // p kept in a cluster
    CHECK(has(readings("mengkritik"), "meN+[kritik]"));
    CHECK(has(readings("pemrograman"), "peN+[program]+an"));   // p dropped before r all the same
    CHECK(has(readings("mempengaruhi"), "meN+[pengaruh]+i"));  // nonstandard, frequent in news
    CHECK(has(readings("mengebom"), "meN+[bom]"));             // menge- before one syllable
    CHECK(has(readings("pengecekan"), "peN+[cek]+an"));
    CHECK_FALSE(has(readings("menarik"), "meN+[arik]"));  // men- does not stand before a vowel
    // A one-syllable root keeps its first letter under menge- (mengepel): no nasal replaces it (memel is no pel).
    CHECK(has(readings("mengepel"), "meN+[pel]"));
    CHECK_FALSE(has(readings("memel"), "meN+[pel]"));
    CHECK_FALSE(has(readings("menes"), "meN+[tes]"));
    CHECK(has(readings("menguat"), "meN+[kuat]"));  // ua, ia are two syllables: kuat, siap, puas are recoded
    CHECK(has(readings("menyiapkan"), "meN+[siap]+kan"));
    CHECK(has(readings("memakai"), "meN+[pakai]"));  // a final ai is one vowel: pakai has two syllables
    CHECK(has(readings("mengaitkan"), "meN+[kait]+kan"));  // ka-it: ai before a consonant is two
}

TEST_CASE("prefixes stack as Indonesian stacks them", "[stemmer][segmentation]") {
    CHECK(has(readings("memperbaiki"), "meN+per+[baik]+i"));
    CHECK(has(readings("diperlihatkan"), "di+per+[lihat]+kan"));
    CHECK(has(readings("keberhasilan"), "ke+ber+[hasil]+an"));
    CHECK(has(readings("pemberdayaan"), "peN+ber+[daya]+an"));
    CHECK(has(readings("ketidakadilan"), "ke+tidak+[adil]+an"));
    CHECK(has(readings("mengemukakan"), "meN+ke+[muka]+kan"));  // ke- whose k the nasal replaced
    CHECK(has(readings("memertahankan"), "meN+per+[tahan]+kan"));  // per- whose p the nasal replaced (a slip)
    CHECK(has(readings("kuperbaiki"), "ku+per+[baik]+i"));
    CHECK_FALSE(has(readings("dimenangkan"), "di+meN+[nang]+kan"));  // meN- is never inside di-
}

TEST_CASE("prefix and suffix pairs Indonesian does not form are not read", "[stemmer][segmentation]") {
    CHECK_FALSE(has(readings("sesuai"), "se+[sua]+i"));        // se-...-i
    CHECK_FALSE(has(readings("berakhiri"), "ber+[akhir]+i"));  // ber-...-i
    CHECK_FALSE(has(readings("dimakan"), "di+[mak]+an"));      // di-...-an
    CHECK(has(readings("dimakan"), "di+[makan]"));
    CHECK_FALSE(has(readings("ketidakadil"), "ke+tidak+[adil]"));  // tidak only inside ke-...-an
}

TEST_CASE("clitics come off the end in their order", "[stemmer][segmentation]") {
    CHECK(has(readings("bukunya"), "[buku]+nya"));
    CHECK(has(readings("bukumukah"), "[buku]+mu+kah"));
    CHECK(has(readings("menyatakannya"), "meN+[nyata]+kan+nya"));
    CHECK(has(readings("bennypun"), "[benny]+pun"));
    CHECK(has(readings("bertanya"), "ber+[tanya]"));         // -nya in the root stays possible
    CHECK(has(readings("lelembut"), "Ce(redup)+[lembut]"));  // partial reduplication
}

TEST_CASE("a reading's core is the word without its clitics", "[stemmer][segmentation]") {
    std::vector<Segmentation> out;
    segment("menyatakannya", out);
    REQUIRE(!out.empty());
    for (const Segmentation& s : out)
        CHECK(s.core == (s.possessive == Possessive::nya ? "menyatakan" : "menyatakannya"));
}

TEST_CASE("roots shorter than three letters are not read", "[stemmer][segmentation]") {
    for (const auto& r : readings("diri")) CHECK(r != "di+[ri]");
    CHECK(readings("di").empty());
}
