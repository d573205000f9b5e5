// Taking articles out of an index by id (remove_articles, Indexer::remove): gone from every shard and from what a
// search shows, their near-duplicates and their words included; ids the index lacks are named.
#include "tests/reindex/generated_articles.hpp"

#include <telusur/error.hpp>
#include <telusur/indexer.hpp>
#include <telusur/reindex.hpp>
#include <telusur/searcher.hpp>

#include <catch2/catch.hpp>

#include <xapian.h>

using namespace telusur;
using telusur::test::generated_jsonl;
using telusur::test::ScratchDir;
using telusur::test::write_file;

namespace {

using telusur::test::ids_for;

Article article(const std::string& id, const std::string& body) {
    Article a;
    a.id = id;
    a.body = body;
    return a;
}

}  // namespace

TEST_CASE("remove_articles takes articles out of whichever shard holds them and names the ids it lacks",
          "[reindex][remove]") {
    ScratchDir dir;
    const auto shards = GENERATE(1u, 2u);
    INFO("shards " << shards);
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, 20));
    ReindexOptions options;
    options.shards = shards;
    reindex(dir / "db", {dir / "in.jsonl"}, {}, options);

    const RemovalSummary summary = remove_articles(dir / "db", {"art-3", "tidak-ada", "art-14", "art-3"});
    CHECK(summary.removed == 2);
    CHECK(summary.missing == std::vector<std::string>{"tidak-ada"});
    CHECK(Searcher(dir / "db").stats().documents == 18);
    CHECK(ids_for(dir / "db", "nomor3").empty());
    CHECK(ids_for(dir / "db", "nomor14").empty());
    CHECK(ids_for(dir / "db", "nomor4") == std::vector<std::string>{"art-4"});

    SECTION("and a later reindex of the same files brings them back as new") {
        const ReindexSummary again = reindex(dir / "db", {dir / "in.jsonl"}, {}, options);
        CHECK(again.added == 2);
        CHECK(again.unchanged == 18);
        CHECK(ids_for(dir / "db", "nomor3") == std::vector<std::string>{"art-3"});
    }
}

TEST_CASE("a removed article is no longer listed as a near-duplicate, and the one left stands alone",
          "[reindex][remove]") {
    ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        indexer.index_paths({telusur::test::sample_dir.string()});
    }
    // sample-038 republishes sample-001 with small edits.
    CHECK(remove_articles(dir / "db", {"sample-001"}).removed == 1);
    const Results results = Searcher(dir / "db").search("banjir blora bpbd");
    REQUIRE_FALSE(results.hits.empty());
    CHECK(results.hits[0].id == "sample-038");
    CHECK(results.hits[0].duplicates.empty());
}

TEST_CASE("Indexer::remove takes out an article, also one added since the last commit", "[reindex][remove]") {
    ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        indexer.add(article("a", "Bupati Zulkarnain meresmikan jembatan desa Kaliwungu."));
        indexer.add(article("b", "Warga desa membangun jembatan baru dari bambu."));
        indexer.commit();
        indexer.add(article("c", "Jembatan gantung di desa itu putus diterjang banjir."));
        CHECK(indexer.remove("c"));
        CHECK_FALSE(indexer.remove("c"));
        CHECK_FALSE(indexer.remove("tidak-ada"));
    }
    CHECK(ids_for(dir / "db", "jembatan") == std::vector<std::string>{"a", "b"});
    // A name only a removed article wrote is not offered as a spelling any more (a takedown must not leak it).
    CHECK(Searcher(dir / "db").search("zulkarnian").suggestion == "zulkarnain");
    {
        Indexer indexer(dir / "db");
        CHECK(indexer.remove("a"));
    }
    CHECK(ids_for(dir / "db", "jembatan") == std::vector<std::string>{"b"});
    CHECK(Searcher(dir / "db").search("zulkarnian").suggestion.empty());
}

TEST_CASE("remove_articles refuses a directory without an index, another kind of database, and a locked index",
          "[reindex][remove]") {
    ScratchDir dir;
    CHECK_THROWS_WITH(remove_articles(dir / "none", {"a"}), Catch::Contains("no index here"));
    {
        Xapian::WritableDatabase plain(dir / "plain", Xapian::DB_CREATE);
        Xapian::Document doc;
        doc.add_term("Qa");
        plain.add_document(doc);
    }
    CHECK_THROWS_WITH(remove_articles(dir / "plain", {"a"}), Catch::Contains("not a telusur index"));
    Indexer writer(dir / "db");
    writer.add(article("a", "Isi berita."));
    writer.commit();
    CHECK_THROWS_WITH(remove_articles(dir / "db", {"a"}), Catch::Contains("locked by another writer"));
}

// Xapian 1.4.22 threw DatabaseCorruptError for a term of zero weight once a document was deleted from its posting
// list of several chunks: the date range of stats and the newest day of --recent read the year term so, and failed
// after any removal or prune in an archive of more than about a thousand articles of one year.
TEST_CASE("an archive read after removals still gives its date range and ranks by recency", "[reindex][remove]") {
    ScratchDir dir;
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, 1300));
    reindex(dir / "db", {dir / "in.jsonl"});
    REQUIRE(remove_articles(dir / "db", {"art-0", "art-700"}).removed == 2);
    Searcher searcher(dir / "db");
    const IndexStats stats = searcher.stats();
    CHECK(stats.documents == 1298);
    CHECK(stats.first_date == "2021-03-04");
    CHECK(stats.last_date == "2021-03-04");
    SearchOptions recent;
    recent.recent_days = 30;
    CHECK(searcher.search("nomor5", recent).hits.at(0).id == "art-5");
}
