// Real news at scale: IndoSum from ../shared/data, when it is there (it is in CI; a user's fresh checkout has none).
#include "tests/test_support.hpp"

#include <telusur/indexer.hpp>
#include <telusur/searcher.hpp>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace telusur;

TEST_CASE("the IndoSum corpus indexes completely and its articles are found by headline", "[shared-data]") {
    const auto corpus = telusur::test::shared_data / "corpora" / "indosum.jsonl";
    if (!std::filesystem::exists(corpus)) {
        WARN("skipped: " << corpus.string() << " is absent (../shared/data is not beside this checkout)");
        return;
    }
    telusur::test::ScratchDir dir;
    IndexSummary summary;
    {
        Indexer indexer(dir / "db");
        summary = indexer.index_paths({corpus.string()});
    }
    CHECK(summary.read == 3463);
    CHECK(summary.indexed == 3463);
    CHECK(summary.rejected == 0);

    Searcher searcher(dir / "db");
    CHECK(searcher.stats().documents == 3463);
    // The first article of the file, found by words of its (slug) title.
    const Results results = searcher.search("penjualan toyota calya lampaui target");
    REQUIRE_FALSE(results.hits.empty());
    CHECK(results.hits.front().id == "indosum-1471852823-belum-sebulan-penjualan-toyota-calya-sudah-lampaui");
    CHECK(searcher.search("jokowi").total > 50);
}
