// Near-duplicate collapsing on the sample corpus: sample-038 republishes sample-001 with small edits; sample-006 and
// sample-007 report one flood in different words and stay apart.
#include "tests/test_support.hpp"

#include <telusur/indexer.hpp>
#include <telusur/searcher.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace telusur;

namespace {

using telusur::test::search_sample;

const Hit* hit_with(const Results& results, const std::string& id) {
    const auto it = std::find_if(results.hits.begin(), results.hits.end(), [&](const Hit& h) { return h.id == id; });
    return it == results.hits.end() ? nullptr : &*it;
}

// An article of its own words about `topic`: each digit of `number` spelt out, so no two are near-duplicates.
Article numbered_report(const std::string& topic, std::size_t number) {
    static const char* const digits[] = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"};
    std::string spelt;
    for (const char digit : std::to_string(number)) spelt += std::string(" ") + digits[digit - '0'];
    Article article;
    article.id = topic + "-" + std::to_string(number);
    article.title = "Laporan" + spelt;
    article.body = topic + " nomor" + spelt + " pada pagi hari.";
    return article;
}

}  // namespace

TEST_CASE("a republished article folds into one hit that lists it", "[searcher][duplicates]") {
    const Results results = search_sample("banjir blora bpbd", {.limit = 20});
    const Hit* original = hit_with(results, "sample-001");
    const Hit* copy = hit_with(results, "sample-038");
    REQUIRE((original != nullptr) != (copy != nullptr));  // exactly one of the two is shown
    const Hit& shown = original ? *original : *copy;
    CHECK(shown.duplicates == std::vector<std::string>{original ? "sample-038" : "sample-001"});
}

TEST_CASE("without collapsing, near-duplicates show as separate hits, and the totals differ by them", "[searcher][duplicates]") {
    SearchOptions all;
    all.limit = 20;
    all.collapse_duplicates = false;
    const Results separate = search_sample("banjir blora bpbd", all);
    REQUIRE(hit_with(separate, "sample-001"));
    REQUIRE(hit_with(separate, "sample-038"));
    CHECK(hit_with(separate, "sample-001")->duplicates.empty());
    const Results folded = search_sample("banjir blora bpbd", {.limit = 20});
    CHECK(separate.total_exact);
    CHECK(folded.total_exact);
    CHECK(folded.total == separate.total - 1);
}

TEST_CASE("a page of one hit counts the near-duplicate it folds beyond the page out of the total", "[searcher][duplicates]") {
    SearchOptions all;
    all.limit = 1;
    all.collapse_duplicates = false;
    const Results separate = search_sample("banjir blora bpbd", all);
    const Results folded = search_sample("banjir blora bpbd", {.limit = 1});
    REQUIRE(folded.hits.size() == 1);
    CHECK(folded.hits[0].id == separate.hits[0].id);
    REQUIRE(separate.total_exact);
    REQUIRE(folded.total_exact);
    CHECK(folded.total == separate.total - 1);
    // And every page of one hit after it: the twin never shows as a hit of its own.
    std::vector<std::string> paged;
    for (std::size_t offset = 0; offset < folded.total; ++offset)
        for (const Hit& hit : search_sample("banjir blora bpbd", {.limit = 1, .offset = offset}).hits) paged.push_back(hit.id);
    CHECK(paged.size() == folded.total);
    CHECK((std::count(paged.begin(), paged.end(), "sample-001") + std::count(paged.begin(), paged.end(), "sample-038")) == 1);
}

TEST_CASE("different reports of the same event are not folded together", "[searcher][duplicates]") {
    const Results results = search_sample("banjir bekasi");
    REQUIRE(hit_with(results, "sample-006"));
    REQUIRE(hit_with(results, "sample-007"));
    CHECK(hit_with(results, "sample-006")->duplicates.empty());
    CHECK(hit_with(results, "sample-007")->duplicates.empty());
}

TEST_CASE("a near-duplicate the query's filters exclude is not listed", "[searcher][duplicates]") {
    const Results results = search_sample("sumber:kabar-nusantara.example banjir blora");
    const Hit* copy = hit_with(results, "sample-038");
    REQUIRE(copy);
    CHECK(copy->duplicates.empty());
    CHECK_FALSE(hit_with(results, "sample-001"));
}

TEST_CASE("pages of collapsed results neither repeat nor skip hits", "[searcher][duplicates]") {
    std::vector<std::string> paged;
    for (std::size_t offset = 0; offset < 12; offset += 3)
        for (const Hit& hit : search_sample("banjir", {.limit = 3, .offset = offset}).hits) paged.push_back(hit.id);
    std::vector<std::string> whole;
    for (const Hit& hit : search_sample("banjir", {.limit = 12}).hits) whole.push_back(hit.id);
    CHECK(paged == whole);
}

TEST_CASE("facets count folded near-duplicates as the articles they are", "[searcher][duplicates]") {
    SearchOptions options;
    options.facets = true;
    const Results folded = search_sample("banjir blora bpbd", options);
    options.collapse_duplicates = false;
    const Results separate = search_sample("banjir blora bpbd", options);
    REQUIRE(folded.total < separate.total);
    REQUIRE(folded.facets.size() == separate.facets.size());
    for (std::size_t i = 0; i < folded.facets.size(); ++i) {
        INFO(folded.facets[i].name);
        CHECK(folded.facets[i].values == separate.facets[i].values);
    }
}

TEST_CASE("with facets, the hits of a query matching hundreds of articles are counted exactly", "[searcher][duplicates]") {
    // Xapian counts the articles with both words exactly, but once near-duplicates are folded only estimates them
    // (between the clusters it met and the rarer word's articles), and a newsroom read "about 3,000" for the 1,813
    // KPK articles of click-id.
    test::ScratchDir dir;
    constexpr std::size_t reports = 300;
    {
        Indexer indexer(dir / "db");
        for (std::size_t i = 0; i < reports; ++i) indexer.add(numbered_report("Banjir melanda kampung", i));
        for (std::size_t i = 0; i < 50; ++i) indexer.add(numbered_report("Banjir merendam sawah", i));
        for (std::size_t i = 0; i < 50; ++i) indexer.add(numbered_report("Pasar kampung ramai", i));
        // One story run by two outlets, a word changed: one hit.
        const std::string story =
            "Banjir bandang menerjang kampung di lereng gunung setelah hujan deras semalaman sehingga puluhan rumah "
            "warga di tepi sungai rusak berat dan jembatan desa putus sementara relawan membuka dapur umum di balai "
            "desa untuk para pengungsi yang kehilangan tempat tinggal serta ternak mereka";
        Article original;
        original.id = "story";
        original.title = "Banjir bandang di lereng gunung";
        original.body = story + ".";
        Article rerun = original;
        rerun.id = "story-rerun";
        rerun.body = story + " kemarin.";
        indexer.add(original);
        indexer.add(rerun);
    }
    Searcher searcher(dir / "db");
    SearchOptions options;
    options.facets = true;
    const Results folded = searcher.search("banjir kampung", options);
    CHECK(folded.total_exact);
    CHECK(folded.total == reports + 1);
    CHECK(folded.complete == reports + 1);
    options.collapse_duplicates = false;
    const Results separate = searcher.search("banjir kampung", options);
    CHECK(separate.total_exact);
    CHECK(separate.total == reports + 2);
    // The last page of articles with both words ends where the count says, and the partial matches follow.
    options.collapse_duplicates = true;
    options.offset = reports - 5;
    options.limit = 10;
    const Results last = searcher.search("banjir kampung", options);
    REQUIRE(last.hits.size() == 10);
    for (std::size_t i = 0; i < last.hits.size(); ++i) CHECK(last.hits[i].partial == (i >= 6));
}
