// Ranking settings a user sees the effect of: BM25's parameters, the proximity reward, and facets over the matches.
#include "tests/stemmer/stemmer_fixture.hpp"
#include "tests/test_support.hpp"

#include <telusur/indexer.hpp>
#include <telusur/searcher.hpp>

#include <catch2/catch.hpp>

#include <numeric>

using namespace telusur;
using telusur::test::ScratchDir;

namespace {

// An index of articles given as id -> body.
std::string index_of(const ScratchDir& dir, const std::vector<std::pair<std::string, std::string>>& articles) {
    Indexer indexer(dir / "db");
    for (const auto& [id, body] : articles) {
        Article article;
        article.id = id;
        article.body = body;
        indexer.add(article);
    }
    return dir / "db";
}

std::string filler(std::size_t words) {
    static const char* pool[] = {"warga", "desa", "sore", "pasar", "jalan", "sekolah", "sawah", "kantor"};
    std::string text;
    for (std::size_t i = 0; i < words; ++i) text += std::string(pool[i % 8]) + (i % 9 == 8 ? ". " : " ");
    return text;
}

std::string first_id(Searcher& searcher, const std::string& query, const SearchOptions& options) {
    const Results results = searcher.search(query, options);
    REQUIRE_FALSE(results.hits.empty());
    return results.hits.front().id;
}

}  // namespace

TEST_CASE("BM25's b weighs article length: at 1 a short article wins, at 0 repeats in a long one do", "[ranking]") {
    ScratchDir dir;
    Searcher searcher(index_of(dir, {{"short", "Banjir merendam desa itu. " + filler(10)},
                                     {"long", "Banjir datang. " + filler(150) + " Banjir surut. " + filler(150)}}));
    SearchOptions options;
    options.bm25_b = 1.0;
    CHECK(first_id(searcher, "banjir", options) == "short");
    options.bm25_b = 0.0;
    CHECK(first_id(searcher, "banjir", options) == "long");
}

TEST_CASE("BM25's k1 decides how much repeats of a word count", "[ranking]") {
    ScratchDir dir;
    // Same length; one names both query words once, the other one word four times; others name neither.
    std::vector<std::pair<std::string, std::string>> articles{{"both", "Banjir di Bekasi. " + filler(30)},
                                                              {"repeats", "Banjir banjir banjir banjir. " + filler(29)}};
    for (int i = 0; i < 6; ++i) articles.emplace_back("other-" + std::to_string(i), filler(33));
    Searcher searcher(index_of(dir, articles));
    SearchOptions options;
    options.any_word = true;
    options.entities = false;  // Bekasi as a place would add its own boost
    options.bm25_k1 = 0.1;  // a word counts about once however often it appears: both words win
    CHECK(first_id(searcher, "banjir bekasi", options) == "both");
    options.bm25_k1 = 50;   // repeats count almost in full
    CHECK(first_id(searcher, "banjir bekasi", options) == "repeats");
}

TEST_CASE("BM25 parameters and ranking weights out of range are refused", "[ranking]") {
    SearchOptions options;
    options.bm25_k1 = -1;
    CHECK_THROWS_AS(telusur::test::search_sample("banjir", options), ArgumentError);
    options = {};
    options.bm25_b = 1.5;
    CHECK_THROWS_AS(telusur::test::search_sample("banjir", options), ArgumentError);
    options = {};
    options.proximity_weight = -0.5;
    CHECK_THROWS_AS(telusur::test::search_sample("banjir", options), ArgumentError);
    options = {};
    options.form_weight = -1;
    CHECK_THROWS_AS(telusur::test::search_sample("banjir", options), ArgumentError);
}

TEST_CASE("proximity ranks the article where the query's words stand together first", "[ranking]") {
    ScratchDir dir;
    // "apart" names each word twice, far from the other; "together" once each, side by side; same length.
    Searcher searcher(index_of(dir, {{"apart", "Karang " + filler(20) + "taruna " + filler(20) + "karang " +
                                                   filler(20) + "taruna " + filler(20)},
                                     {"together", "Karang taruna " + filler(82)}}));
    SearchOptions options;
    options.proximity_weight = 0;
    CHECK(first_id(searcher, "karang taruna", options) == "apart");
    options.proximity_weight = 1;
    CHECK(first_id(searcher, "karang taruna", options) == "together");
    // The reward never changes what matches.
    options.proximity_weight = 0;
    const std::size_t without = searcher.search("karang taruna", options).total;
    options.proximity_weight = 1;
    CHECK(searcher.search("karang taruna", options).total == without);
}

TEST_CASE("an article that writes the query's derived word ranks above one that only shares its stem", "[ranking]") {
    SKIP_WITHOUT_HUNSPELL_ID();
    ScratchDir dir;
    // menjalani ("to undergo") and jalan ("road") share the stem jalan; "road" names it more often.
    std::vector<std::pair<std::string, std::string>> articles{
        {"road", "Jalan desa rusak, jalan ke pasar berlubang. " + filler(30)},
        {"undergo", "Warga menjalani pemeriksaan di puskesmas. " + filler(30)}};
    for (int i = 0; i < 4; ++i) articles.emplace_back("other-" + std::to_string(i), filler(36));
    Searcher searcher(index_of(dir, articles));
    SearchOptions options;
    options.form_weight = 0;
    CHECK(first_id(searcher, "menjalani", options) == "road");
    options = {};
    CHECK(first_id(searcher, "menjalani", options) == "undergo");
    CHECK(first_id(searcher, "menjalaninya", options) == "undergo");  // the query's clitic taken off too
    CHECK(first_id(searcher, "jalan", options) == "road");             // a root typed bare gains nothing
    // Ranking any of the words, as partial matches are, goes by stems alone: a long query's OR over the archive
    // would take twice the time.
    options.any_word = true;
    CHECK(first_id(searcher, "menjalani", options) == "road");
    options.any_word = false;
    // The reward never changes what matches: every article names the stem (the filler's jalan).
    options.collapse_duplicates = false;  // the "other" articles are near-duplicates of each other
    CHECK(searcher.search("menjalani", options).total == 6);
    options.form_weight = 0;
    CHECK(searcher.search("menjalani", options).total == 6);
}

TEST_CASE("facets count the articles with every word, not the partial matches after them", "[ranking]") {
    SearchOptions options;
    options.facets = true;
    options.limit = 50;
    const Results results = telusur::test::search_sample("karang taruna blora", options);
    std::size_t complete = 0;
    // Articles, not hits: a near-duplicate folded into a hit counts too.
    for (const Hit& hit : results.hits) complete += hit.partial ? 0 : 1 + hit.duplicates.size();
    REQUIRE(complete < results.hits.size());  // partial matches were shown
    REQUIRE(results.facets.front().name == "source");
    const auto& sources = results.facets.front().values;
    CHECK(std::accumulate(sources.begin(), sources.end(), std::size_t{0},
                          [](std::size_t sum, const auto& value) { return sum + value.second; }) == complete);
    CHECK(results.facets_exact);

    // When no article has every word, the facets describe the partial matches.
    const Results partial = telusur::test::search_sample("karang zzzqqq", options);
    REQUIRE_FALSE(partial.hits.empty());
    CHECK(partial.hits.front().partial);
    CHECK_FALSE(partial.facets.front().values.empty());
}

TEST_CASE("facets count every article with all the words, or estimate the partial matches when none has", "[ranking]") {
    ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        for (int i = 0; i < 150; ++i) {
            Article article;
            article.id = std::to_string(i);
            article.body = "Banjir merendam desa. " + filler(12);
            article.source = i % 3 == 0 ? "tempo.co" : "kompas.com";
            indexer.add(article);
        }
    }
    Searcher searcher(dir / "db");
    SearchOptions options;
    options.facets = true;
    const Results exact = searcher.search("banjir", options);  // 150 articles with every word: all counted
    CHECK(exact.facets_exact);
    REQUIRE(exact.facets.front().values.size() == 2);
    CHECK(exact.facets.front().values[0] == std::pair<std::string, std::size_t>{"kompas.com", 100});
    CHECK(exact.facets.front().values[1] == std::pair<std::string, std::size_t>{"tempo.co", 50});

    // None has both words: the partial matches are counted, sampled when Xapian stops early and then scaled up
    // to the estimated matches (facets_exact false).
    const Results partial = searcher.search("banjir zzzqqq", options);
    REQUIRE(partial.hits.front().partial);
    std::size_t counted = 0;
    for (const auto& [source, count] : partial.facets.front().values) counted += count;
    CHECK(counted == Approx(150).margin(15));
}

TEST_CASE("estimated facets add up to the estimated total shown beside them", "[ranking]") {
    // Partial matches of two words many articles share: Xapian counts them only roughly, and rounds its estimate to
    // the breadth of its bounds. The facets, scaled up from a sample, are scaled to that same estimate.
    ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        for (int i = 0; i < 600; ++i) {
            Article article;
            article.id = std::to_string(i);
            const std::string words = i % 3 == 0 ? "Banjir kampung. " : i % 3 == 1 ? "Banjir sawah. " : "Pasar kampung. ";
            article.body = words + filler(8 + static_cast<std::size_t>(i % 40));  // lengths differ, so weights do
            article.source = i % 2 == 0 ? "tempo.co" : "kompas.com";
            indexer.add(article);
        }
    }
    Searcher searcher(dir / "db");
    SearchOptions options;
    options.facets = true;
    const Results results = searcher.search("banjir kampung zzzqqq", options);  // none has all three
    REQUIRE(results.complete == 0);
    REQUIRE_FALSE(results.total_exact);
    REQUIRE_FALSE(results.facets_exact);
    std::size_t counted = 0;
    for (const auto& [source, count] : results.facets.front().values) counted += count;
    CHECK(counted == Approx(results.total).margin(2));
}

TEST_CASE("a reduplication counts as the one word it is written as, not as three", "[ranking]") {
    SKIP_WITHOUT_HUNSPELL_ID();
    ScratchDir dir;
    // Same length: one article writes hati ("heart") twice, the other berhati-hati ("to be careful") once. The
    // whole and both parts of berhati-hati stem to hati; counted three times, being careful outranked the heart.
    std::vector<std::pair<std::string, std::string>> articles{
        {"heart", "Dokter memeriksa hati pasien. Hati itu sehat. " + filler(30)},
        {"careful", "Warga diminta berhati-hati di jalan licin. " + filler(31)}};
    for (int i = 0; i < 6; ++i) articles.emplace_back("other-" + std::to_string(i), filler(36));
    Searcher searcher(index_of(dir, articles));
    const Results results = searcher.search("hati");
    REQUIRE(results.hits.size() == 2);
    CHECK(results.hits[0].id == "heart");
    CHECK(results.hits[1].id == "careful");  // still found
}
