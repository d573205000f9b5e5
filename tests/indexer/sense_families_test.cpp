// Sense families (indexer/data/sense_families.txt): derived words the stemmer gives their root, as the treebanks
// lemmatise them, which the index keeps under a term of their own, so that a search for the root does not rank the
// family's articles, nor a search for the family the root's. And the fingerprint an index records.
#include "indexer/analyzer.hpp"
#include "indexer/schema.hpp"
#include "indexer/word_folding.hpp"
#include "tests/stemmer/stemmer_fixture.hpp"
#include "tests/test_support.hpp"

#include <telusur/indexer.hpp>
#include <telusur/searcher.hpp>
#include <telusur/stemmer.hpp>

#include <catch2/catch.hpp>

#include <xapian.h>

#include <cstdio>
#include <string>
#include <vector>

using namespace telusur;

namespace {

std::string term_of(Analyzer& analyzer, const std::string& word) { return analyzer.analyze(word).at(0).term; }

}  // namespace

TEST_CASE("a sense family's words take its term, while the stemmer gives them their root", "[sense-families]") {
    SKIP_WITHOUT_HUNSPELL_ID();
    Analyzer analyzer(make_indonesian_stemmer());
    const std::vector<std::pair<std::vector<const char*>, const char*>> families{
        {{"mengalami", "mengalaminya", "dialami", "pengalaman", "pengalamannya", "berpengalaman",
          "pengalaman-pengalaman"},
         "pengalaman"},
        {{"keadaan", "keadaannya"}, "keadaan"},
        {{"pendapat", "berpendapat", "sependapat", "pendapatnya"}, "pendapat"},
        {{"pendapatan", "pendapatannya", "berpendapatan"}, "pendapatan"},
        {{"kepentingan", "berkepentingan"}, "kepentingan"},
        {{"meninggal", "meninggalnya"}, "meninggal"},
        {{"berlaku", "berlakunya", "diberlakukan", "memberlakukan", "pemberlakuan"}, "berlaku"},
        {{"mengatasi", "diatasi", "teratasi"}, "atasi"},
        {{"kediaman", "kediamannya"}, "kediaman"},
        {{"pemasukan"}, "pemasukan"},
        {{"mengutarakan", "diutarakan"}, "mengutarakan"},
        {{"perhatian", "perhatiannya", "memperhatikan", "diperhatikan", "memerhatikan", "pemerhati"}, "perhati"},
        {{"satuan", "satuannya"}, "satuan"},
        {{"menangani", "ditangani", "penanganan", "tanganin"}, "tangani"},
        {{"kelakuan", "berkelakuan", "kelakuannya"}, "kelakuan"},
        {{"perbuatan", "perbuatannya"}, "perbuatan"},
        {{"keturunan"}, "keturunan"},
        {{"kejayaan", "kejayaannya"}, "kejayaan"},
        {{"kelainan"}, "kelainan"},
        {{"masukan", "masukannya"}, "masukan"},
        {{"kenyataan", "kenyataannya", "nyatanya"}, "kenyataan"},
        {{"penghasilan", "berpenghasilan"}, "penghasilan"},
        {{"tahunan", "tahunannya"}, "tahunan"},
        {{"kekaisaran"}, "kekaisaran"},
        {{"serta-merta"}, "sertamerta"},  // a joined word kept whole has the term of its letters written together
        // function words UD CSUI derives from a root (tersebut from sebut, menurut from turut)
        {{"tersebut", "tersebutlah"}, "tersebut"},
        {{"menurut", "menurutnya", "menurutku"}, "menurut"},
        {{"secara"}, "secara"},
        {{"terhadap", "terhadapnya"}, "terhadap"},
        {{"merupakan"}, "merupakan"},
        {{"sebagai", "sebagainya"}, "sebagai"},
        {{"meskipun"}, "meskipun"},
        {{"misalnya"}, "misalnya"},
        {{"makanya"}, "makanya"},
        {{"sesuatu", "sesuatunya"}, "sesuatu"}};
    for (const auto& [words, term] : families)
        for (const char* word : words) {
            INFO(word);
            CHECK(term_of(analyzer, word) == term);
            CHECK(analyzer.stemmer().stem(word) != term);  // the stemmer gives the root: alam, ada, dapat, ...
        }
    // The roots keep their own words: nature, getting, importance, staying and leaving, doing, the preposition's top.
    for (const auto& [word, root] : std::vector<std::pair<const char*, const char*>>{
             {"alam", "alam"}, {"alamnya", "alam"}, {"mendapatkan", "dapat"}, {"didapat", "dapat"},
             {"terpenting", "penting"}, {"tinggal", "tinggal"}, {"meninggalkan", "tinggal"}, {"ditinggal", "tinggal"},
             {"melakukan", "laku"}, {"teratas", "atas"}, {"berada", "ada"}, {"diam-diam", "diam"},
             {"memasukkan", "masuk"}, {"utara", "utara"}, {"hati", "hati"}, {"berhati-hati", "hati"},
             {"satu", "satu"}, {"tangan", "tangan"}, {"tangannya", "tangan"}, {"membuat", "buat"}, {"turun", "turun"},
             {"lain", "lain"}, {"memasukan", "masuk"}, {"menyebut", "sebut"}, {"disebutkan", "sebut"},
             {"cara", "cara"}, {"menghadapi", "hadap"}, {"berupa", "rupa"}, {"tahun", "tahun"}, {"meski", "meski"},
             {"menyatakan", "nyata"}, {"hasil", "hasil"}}) {
        INFO(word);
        CHECK(term_of(analyzer, word) == root);
    }
}

TEST_CASE("a sense family's derived word keeps its form, and the light mode its own stems", "[sense-families]") {
    SKIP_WITHOUT_HUNSPELL_ID();
    Analyzer full(make_indonesian_stemmer());
    const auto tokens = full.analyze("mengalaminya");
    REQUIRE(tokens.size() == 1);
    CHECK(tokens[0].term == "pengalaman");
    CHECK(tokens[0].form == "mengalami");  // an article writing the query's mengalami ranks first
    CHECK(full.analyze("pengalaman").at(0).form.empty());
    CHECK(full.analyze("nyatanya").at(0).form == "nyatanya");  // "in fact", listed as written: its -nya is no clitic
    // The light mode reduces no derived word: the families do not fold its words together.
    Analyzer light(make_indonesian_stemmer({.mode = StemMode::light}));
    CHECK(term_of(light, "mengalami") == "mengalami");
    CHECK(term_of(light, "dialaminya") == "dialami");
    CHECK(term_of(light, "keadaannya") == "keadaan");
    CHECK(term_of(light, "meskipun") == "meskipun");  // listed with its particle, which the light mode takes off
    CHECK(term_of(light, "meski") == "meski");
}

TEST_CASE("a search for a root does not find a sense family's articles, nor the family's the root's",
          "[sense-families]") {
    SKIP_WITHOUT_HUNSPELL_ID();
    test::ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        test::add_bodies(indexer, {{"died", "Seorang warga meninggal dunia setelah rumahnya tertimpa pohon."},
                                   {"lives", "Warga yang tinggal di bantaran sungai diminta mengungsi."},
                                   {"disaster", "Bencana alam melanda desa itu pekan lalu."},
                                   {"undergo", "Desa tersebut mengalami kerugian besar akibat banjir."},
                                   {"named", "Warga menyebut banjir itu yang terbesar."}});
    }
    const std::string db = dir / "db";
    CHECK(test::ids_for(db, "tinggal") == std::vector<std::string>{"lives"});
    CHECK(test::ids_for(db, "meninggal") == std::vector<std::string>{"died"});
    CHECK(test::ids_for(db, "alam") == std::vector<std::string>{"disaster"});
    CHECK(test::ids_for(db, "pengalaman") == std::vector<std::string>{"undergo"});
    CHECK(test::ids_for(db, "sebut") == std::vector<std::string>{"named"});  // not the tersebut ("the said") of one
}

TEST_CASE("an index records the sense families' fingerprint after the open compounds'", "[sense-families]") {
    test::ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        test::add_bodies(indexer, {{"one", "Warga meninggal dunia."}});
    }
    const Xapian::Database db(dir / "db");
    const std::string recorded = db.get_metadata(std::string(schema::spelling_key));
    char expected[9];
    std::snprintf(expected, sizeof expected, "%08x", WordFolding::sense_families().fingerprint());
    REQUIRE(recorded.size() == 32);
    CHECK(recorded.substr(24) == expected);
}
