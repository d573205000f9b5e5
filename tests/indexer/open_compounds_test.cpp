// Compounds written both as two words and as one (indexer/data/open_compounds.txt): the listed pairs, the
// analyzer's reading of them, a fingerprint the index records, and searches in either spelling.
#include "indexer/analyzer.hpp"
#include "indexer/open_compounds.hpp"
#include "indexer/schema.hpp"
#include "tests/test_support.hpp"

#include <telusur/indexer.hpp>
#include <telusur/searcher.hpp>
#include <telusur/stemmer.hpp>

#include <catch2/catch.hpp>

#include <xapian.h>

#include <algorithm>
#include <cstdio>

using namespace telusur;

namespace {

std::vector<std::string> hit_ids(Searcher& searcher, const std::string& query) {
    std::vector<std::string> ids;
    for (const Hit& hit : searcher.search(query).hits) ids.push_back(hit.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

}  // namespace

TEST_CASE("a listed pair is one compound, in any case and with a possessive on its second word", "[open-compounds]") {
    CHECK(is_open_compound("sepak", "bola"));
    CHECK(is_open_compound("Sepak", "Bola"));
    CHECK(is_open_compound("WALI", "KOTA"));
    CHECK(is_open_compound("orang", "tuanya"));
    CHECK(is_open_compound("kerja", "samanya"));
    CHECK_FALSE(is_open_compound("bola", "sepak"));     // in its order only
    CHECK_FALSE(is_open_compound("sepak", "jauh"));     // not listed
    CHECK_FALSE(is_open_compound("orang", "tuan"));     // not a clitic on tua
    CHECK_FALSE(is_open_compound("sepak", "bola2"));    // letters only
    CHECK_FALSE(is_open_compound("", "bola"));
    CHECK(open_compounds().contains("sepak bola"));
}

TEST_CASE("the analyzer reads a listed pair as one written word whose term is its letters together", "[open-compounds]") {
    Analyzer analyzer(make_indonesian_stemmer());
    const std::vector<Token> tokens = analyzer.analyze("Pemain sepak bola itu bekerja sama.");
    auto compound = [&](const std::string& term) {
        return std::find_if(tokens.begin(), tokens.end(), [&](const Token& t) { return t.compound && t.term == term; });
    };
    REQUIRE(compound("sepakbola") != tokens.end());
    CHECK(compound("kerjasama") != tokens.end());  // bekerja sama, as bekerjasama stems
    // Each word keeps its own term and position, as in any joined word.
    std::vector<std::string> words;
    for (const Token& token : tokens)
        if (!token.compound) words.push_back(token.term);
    CHECK(words == std::vector<std::string>{"main", "sepak", "bola", "itu", "kerja", "sama"});
    // Two words that only happen to stand side by side, or with more than a space between, stay two.
    for (const Token& token : analyzer.analyze("Bola itu disepak. Sepak, bola!")) CHECK_FALSE(token.compound);
}

TEST_CASE("either spelling of a compound finds the articles written in the other", "[open-compounds]") {
    test::ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        test::add_bodies(indexer,
                         {{"apart", "Pertandingan sepak bola antarkampung digelar. Orang tuanya menonton dari tepi lapangan."},
                          {"joined", "Turnamen sepakbola pelajar dibuka. Orangtua siswa hadir."},
                          {"words", "Bola itu disepak jauh oleh seorang tua."}});
    }
    Searcher searcher(dir / "db");
    const std::vector<std::string> both{"apart", "joined"};
    CHECK(hit_ids(searcher, "sepakbola") == both);
    CHECK(hit_ids(searcher, "orangtua") == both);
    CHECK(hit_ids(searcher, "\"sepak bola\"") == both);
    const Results open = searcher.search("sepak bola");
    CHECK(open.complete == 2);
    // The words alone still find what they find.
    CHECK(hit_ids(searcher, "bola") == std::vector<std::string>{"apart", "words"});
    // A snippet marks the compound in whichever spelling the article has.
    for (const Hit& hit : searcher.search("sepakbola").hits)
        CHECK(hit.snippet.find(hit.id == "apart" ? "**sepak** **bola**" : "**sepakbola**") != std::string::npos);
}

TEST_CASE("an index records the open compounds' fingerprint after the function words'", "[open-compounds]") {
    test::ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        Article article;
        article.id = "one";
        article.body = "Pertandingan sepak bola digelar.";
        indexer.add(article);
    }
    const Xapian::Database db(dir / "db");
    const std::string recorded = db.get_metadata(std::string(schema::spelling_key));
    char expected[9];
    std::snprintf(expected, sizeof expected, "%08x", open_compounds_fingerprint());
    REQUIRE(recorded.size() == 32);  // spelling variants, function words, open compounds, sense families
    CHECK(recorded.substr(16, 8) == expected);
}

TEST_CASE("a compound typed as two words counts once, whichever spelling an article has", "[open-compounds]") {
    // Summed, the rare joined term and the two common words gave the article writing "sepak bola" five times the
    // weight of the one writing "sepakbola": a football pitch outranked the World Cup final among the query's
    // other words.
    test::ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        test::add_bodies(indexer, {{"apart", "Lapangan sepak bola di desa itu diperbaiki warga."},
                                   {"joined", "Lapangan sepakbola di desa itu diperbaiki warga."},
                                   {"other", "Sawah di desa itu dipanen warga."}});
    }
    Searcher searcher(dir / "db");
    for (const std::string query : {"sepak bola", "sepakbola"}) {
        INFO(query);
        const Results results = searcher.search(query);
        REQUIRE(results.hits.size() == 2);
        const double high = std::max(results.hits[0].score, results.hits[1].score);
        const double low = std::min(results.hits[0].score, results.hits[1].score);
        CHECK(high < 1.5 * low);
    }
}
