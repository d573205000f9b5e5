// Prefix search: korup* finds the words that start so, marks them, and a malformed one is refused with its position.
#include "searcher/query_parser.hpp"
#include "tests/test_support.hpp"

#include <telusur/indexer.hpp>
#include <telusur/searcher.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace telusur;
using telusur::test::ScratchDir;

namespace {

std::string prefix_index(const ScratchDir& dir) {
    Indexer indexer(dir / "db");
    test::add_bodies(indexer, {{"graft", "Kasus korupsi dana desa diselidiki jaksa."},
                               {"convict", "Seorang koruptor kabur dari lapas."},
                               {"campaign", "Pemberantasan narkoba digencarkan polisi."},
                               {"verb", "Polisi memberantas peredaran narkoba."},
                               {"flood", "Banjir merendam kampung nelayan."}});
    Article titled;
    titled.id = "headline";
    titled.title = "Koruptor divonis lima tahun";
    titled.body = "Hakim membacakan putusan pada sidang kemarin.";
    indexer.add(titled);
    return dir / "db";
}


std::size_t refused_at(const std::string& query) {
    static Analysis analysis(make_snowball_stemmer(), {});
    try {
        QueryParser(analysis).parse(query, 0);
    } catch (const QueryError& e) {
        return e.position();
    }
    FAIL("no QueryError for: " << query);
    return 0;
}

}  // namespace

TEST_CASE("a word ending in * finds the words that start so", "[searcher][prefix]") {
    ScratchDir dir;
    Searcher searcher(prefix_index(dir));
    const auto found = [&](const std::string& query) { return test::full_match_ids(searcher, query); };
    using Ids = std::vector<std::string>;
    CHECK(found("korup*") == Ids{"convict", "graft", "headline"});
    CHECK(found("korup").empty());  // without the star, a word of its own
    // A derived word is met as written: pemberantasan, not memberantas, which only shares its root.
    CHECK(found("pemberantas*") == Ids{"campaign"});
    CHECK(found("korup* jaksa") == Ids{"graft"});
    CHECK(found("korup* -kabur") == Ids{"graft", "headline"});
    CHECK(found("banjir OR korup*") == Ids{"convict", "flood", "graft", "headline"});
    CHECK(found("judul:korup*") == Ids{"headline"});
    CHECK(found("KORUP*") == Ids{"convict", "graft", "headline"});
    CHECK(found("*korup*") == Ids{"convict", "graft", "headline"});
    CHECK(found("zzq*").empty());  // no word starts so: nothing, and no error
}

TEST_CASE("the words a prefix meets are marked in snippets, and no prefix is corrected", "[searcher][prefix]") {
    ScratchDir dir;
    Searcher searcher(prefix_index(dir));
    SearchOptions options;
    options.highlight_begin = "[";
    options.highlight_end = "]";
    const Results results = searcher.search("korup* jaksa", options);
    REQUIRE(results.complete == 1);
    CHECK(results.hits.front().snippet == "Kasus [korupsi] dana desa diselidiki [jaksa].");
    const Results campaign = searcher.search("pemberantas*", options);
    REQUIRE(campaign.complete == 1);
    CHECK(test::contains(campaign.hits.front().snippet, "[Pemberantasan]"));
    CHECK(searcher.search("korup*").suggestion.empty());  // "korup" is no slip for korupsi
}

TEST_CASE("a prefix too short or of more than one word is refused with its position", "[query][prefix]") {
    CHECK(refused_at("banjir k*") == 8);
    CHECK(refused_at("ko-r*") == 1);
    CHECK(refused_at("banjir judul:k*") == 14);
    CHECK(refused_at("\"komisi pemberantas*\"") == 20);  // not inside a phrase, where it was dropped silently
}
