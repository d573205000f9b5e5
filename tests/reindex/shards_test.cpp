// A sharded index: articles split by id over shards written in parallel, searched as one database with the same
// ranking; updates find each article in its own shard; compaction merges the shards into one database.
#include "tests/reindex/generated_articles.hpp"

#include <telusur/reindex.hpp>
#include <telusur/searcher.hpp>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace telusur;
using telusur::test::generated_jsonl;
using telusur::test::ranking;
using telusur::test::ScratchDir;
using telusur::test::write_file;
namespace fs = std::filesystem;

namespace {

ReindexOptions sharded(unsigned shards) {
    ReindexOptions o;
    o.jobs = 2;
    o.shards = shards;
    o.commit_every = 100;
    return o;
}

// The same scores rank by rank, and the same first hit when it is not tied. (Tied articles may come in another
// order: Xapian breaks ties by document number, which sharding changes.)
void check_same_ranking(const std::string& db, const std::string& reference, const std::string& query) {
    INFO(query);
    const auto expected = ranking(reference, query), got = ranking(db, query);
    REQUIRE(got.size() == expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) CHECK(got[i].second == Approx(expected[i].second));
    if (!got.empty() && (got.size() == 1 || expected[0].second > expected[1].second))
        CHECK(got[0].first == expected[0].first);
}

}  // namespace

TEST_CASE("a sharded index ranks as one database would", "[reindex]") {
    ScratchDir dir;
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, 400, {5, 17, 230}));
    const ReindexSummary s = reindex(dir / "sharded", {dir / "in.jsonl"}, {}, sharded(3));
    CHECK(s.shards == 3);
    CHECK(s.added == 400);
    reindex(dir / "single", {dir / "in.jsonl"}, {}, sharded(1));
    CHECK(fs::exists(dir.path() / "sharded" / "g000002" / "s2"));  // built as g000001, compacted shard by shard
    CHECK(Searcher(dir / "sharded").stats().documents == 400);
    for (const char* query : {"nomor17", "edisi2", "banjir petani nomor230", "sekolah desa"})
        check_same_ranking(dir / "sharded", dir / "single", query);

    SECTION("an update finds each article in its shard: unchanged, updated, added, pruned") {
        write_file(dir.path() / "in.jsonl", generated_jsonl(10, 410, {5, 17, 230, 300}));
        ReindexOptions update = sharded(0);
        update.prune = true;
        const ReindexSummary u = reindex(dir / "sharded", {dir / "in.jsonl"}, {}, update);
        CHECK(u.rebuilt.empty());
        CHECK(u.shards == 3);
        CHECK(u.unchanged == 389);
        CHECK(u.updated == 1);
        CHECK(u.added == 10);
        CHECK(u.removed == 10);
        CHECK(Searcher(dir / "sharded").stats().documents == 400);
    }
    SECTION("compaction merges the shards into one database with the same ranking") {
        compact_index(dir / "sharded");
        CHECK_FALSE(fs::exists(dir.path() / "sharded" / "g000002"));
        CHECK(fs::exists(dir.path() / "sharded" / "g000003" / "iamglass"));
        for (const char* query : {"nomor17", "banjir petani nomor230", "sekolah desa"})
            check_same_ranking(dir / "sharded", dir / "single", query);
    }
    SECTION("asking for another number of shards rebuilds") {
        const ReindexSummary r = reindex(dir / "sharded", {dir / "in.jsonl"}, {}, sharded(2));
        CHECK_THAT(r.rebuilt, Catch::Contains("3 shards -> 2"));
        CHECK(Searcher(dir / "sharded").stats().documents == 400);
    }
}
