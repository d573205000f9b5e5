// Full rebuilds and compaction switch generations atomically: a searcher opened before keeps answering from the old
// index, one opened after sees the new one; plain indexes (the database in DIR itself) and generational ones both
// work for the Indexer, the Searcher and reindex.
#include "tests/command_runner.hpp"
#include "tests/reindex/generated_articles.hpp"

#include <telusur/reindex.hpp>
#include <telusur/searcher.hpp>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace telusur;
using telusur::test::generated_jsonl;
using telusur::test::live_generation;
using telusur::test::ScratchDir;
using telusur::test::read_file;
using telusur::test::write_file;
namespace fs = std::filesystem;

namespace {

ReindexOptions options(bool full = false) {
    ReindexOptions o;
    o.jobs = 2;
    o.commit_every = 25;
    o.full = full;
    return o;
}

std::vector<std::string> ids_for(Searcher& searcher, const std::string& query) {
    std::vector<std::string> ids;
    for (const Hit& hit : searcher.search(query).hits) ids.push_back(hit.id);
    return ids;
}

std::vector<std::string> generations(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_directory()) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::uintmax_t bytes_under(const fs::path& directory) {
    std::uintmax_t bytes = 0;
    for (const auto& entry : fs::recursive_directory_iterator(directory))
        if (entry.is_regular_file()) bytes += entry.file_size();
    return bytes;
}

// The B-tree block size of the database at `path`, as Xapian's checker reports it ("blocksize=16K"). The
// xapian-check program (xapian-tools, which the set-up installs) rather than Xapian::Database::check, whose code in
// libxapian frees an object by the wrong size, which AddressSanitizer stops the test for.
std::string block_size(const std::string& path) {
    const std::string text = telusur::test::run_shell("/usr/bin/xapian-check '" + path + "' 2>&1").out;
    const std::size_t at = text.find("postlist:\nblocksize=");
    if (at == std::string::npos) return "not reported: " + text;
    const std::size_t begin = at + std::string("postlist:\nblocksize=").size();
    return text.substr(begin, text.find(' ', begin) - begin);
}

}  // namespace

TEST_CASE("a full rebuild switches atomically: old searchers keep the old index, new ones see the new", "[reindex]") {
    ScratchDir dir;
    const std::string db = dir / "db";
    write_file(dir.path() / "old.jsonl", generated_jsonl(0, 60));
    write_file(dir.path() / "new.jsonl", generated_jsonl(100, 130));
    CHECK(reindex(db, {dir / "old.jsonl"}, {}, options()).rebuilt == "new index");
    // Built as g000001, then compacted into g000002, which goes live; the one written is removed.
    CHECK(generations(db) == std::vector<std::string>{"g000002"});

    Searcher before(db);
    const ReindexSummary s = reindex(db, {dir / "new.jsonl"}, {}, options(true));
    CHECK(s.rebuilt == "asked");
    CHECK(s.added == 30);
    CHECK(generations(db) == std::vector<std::string>{"g000004"});  // the old one is removed after the switch

    CHECK(ids_for(before, "nomor5") == std::vector<std::string>{"art-5"});
    CHECK(before.stats().documents == 60);
    Searcher after(db);
    CHECK(ids_for(after, "nomor5").empty());
    CHECK(ids_for(after, "nomor120") == std::vector<std::string>{"art-120"});
    CHECK(after.stats().documents == 30);
}

TEST_CASE("a plain index made by telusur index is rebuilt into generations and stays usable", "[reindex]") {
    ScratchDir dir;
    const std::string db = dir / "db";
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, 40));
    Indexer(db).index_paths({dir / "in.jsonl"});
    Searcher before(db);

    reindex(db, {dir / "in.jsonl"}, {}, options(true));
    CHECK_FALSE(fs::exists(dir.path() / "db" / "iamglass"));
    CHECK(fs::exists(dir.path() / "db" / "XAPIANDB"));
    CHECK(ids_for(before, "nomor7") == std::vector<std::string>{"art-7"});
    Searcher after(db);
    CHECK(ids_for(after, "nomor7") == std::vector<std::string>{"art-7"});
    CHECK(after.stats().documents == 40);

    SECTION("telusur index and the Indexer write through the stub into the live generation") {
        write_file(dir.path() / "more.jsonl", generated_jsonl(40, 45));
        CHECK(Indexer(db).index_paths({dir / "more.jsonl"}).indexed == 5);
        Searcher reader(db);
        CHECK(reader.stats().documents == 45);
        CHECK(ids_for(reader, "nomor44") == std::vector<std::string>{"art-44"});
        CHECK(reindex(db, {dir / "in.jsonl", dir / "more.jsonl"}, {}, options()).unchanged == 45);
    }
    SECTION("a writer holding the live index makes a rebuild wait its turn") {
        Indexer writer(db);
        const std::string live = live_generation(db);
        CHECK_THROWS_WITH(reindex(db, {dir / "in.jsonl"}, {}, options(true)), Catch::Contains("locked"));
        CHECK(generations(db) == std::vector<std::string>{live});
    }
}

TEST_CASE("compaction makes a new generation with the same articles and ranking", "[reindex]") {
    ScratchDir dir;
    const std::string db = dir / "db";
    write_file(dir.path() / "first.jsonl", generated_jsonl(0, 10));
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, 120));
    reindex(db, {dir / "first.jsonl"}, {}, options());  // a new index, compacted as it goes live
    auto o = options();
    o.commit_every = 7;  // many small commits of an update leave room to compact
    reindex(db, {dir / "in.jsonl"}, {}, o);
    Searcher before(db);
    const auto ranked = ids_for(before, "banjir petani");

    const auto [old_bytes, new_bytes] = compact_index(db);
    CHECK(new_bytes < old_bytes);
    CHECK(generations(db) == std::vector<std::string>{"g000003"});
    Searcher after(db);
    CHECK(ids_for(after, "banjir petani") == ranked);
    CHECK(ids_for(before, "banjir petani") == ranked);
    CHECK(reindex(db, {dir / "in.jsonl"}, {}, options()).unchanged == 120);

    SECTION("a directory with no index is refused") {
        CHECK_THROWS_AS(compact_index(dir / "nothing"), DatabaseError);
    }
}

TEST_CASE("new indexes and compacted ones are written in 16 KB blocks, so a search page reads fewer", "[reindex]") {
    ScratchDir dir;
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, 30));
    const std::string indexed = dir / "indexed";
    Indexer(indexed).index_paths({dir / "in.jsonl"});
    CHECK(block_size(indexed + "/" + live_generation(indexed)) == "16K");

    const std::string db = dir / "db";
    auto o = options();
    o.jobs = 1;
    reindex(db, {dir / "in.jsonl"}, {}, o);
    CHECK(block_size(db + "/" + live_generation(db)) == "16K");
    compact_index(db);
    CHECK(block_size(db + "/" + live_generation(db)) == "16K");
    Indexer(dir / "empty");  // created, never written: nothing to compact
    CHECK(block_size(dir / "empty") == "16K");
}

TEST_CASE("a new index goes live compacted, smaller, with the same articles and ranking", "[reindex]") {
    ScratchDir dir;
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, 200));
    write_file(dir.path() / "one.jsonl", generated_jsonl(500, 501));
    IndexOptions small_batches;
    small_batches.commit_every = 7;
    const std::string fresh = dir / "fresh", grown = dir / "grown";
    CHECK(Indexer(fresh).index_paths({dir / "in.jsonl"}, small_batches).indexed == 200);
    // The same articles added to an index that was not new: written as they come, not compacted.
    Indexer(grown).index_paths({dir / "one.jsonl"});
    Indexer(grown).index_paths({dir / "in.jsonl"}, small_batches);

    CHECK_FALSE(fs::exists(fs::path(fresh) / "iamglass"));
    CHECK(live_generation(fresh) == "g000001");
    CHECK(bytes_under(fresh) < bytes_under(grown) * 3 / 4);
    Searcher compacted(fresh), written(grown);
    CHECK(compacted.stats().documents == 200);
    for (const char* query : {"nomor17", "banjir petani", "sekolah desa"}) {
        auto expected = ids_for(written, query);
        std::erase(expected, "art-500");
        CHECK(ids_for(compacted, query) == expected);
    }

    SECTION("the Indexer writes on into the compacted index, which later batches leave as they are") {
        Indexer indexer(dir / "more");
        CHECK(indexer.index_paths({dir / "in.jsonl"}).indexed == 200);
        CHECK(indexer.index_paths({dir / "one.jsonl"}).indexed == 1);
        Article extra;
        extra.id = "extra";
        extra.title = "Tambahan";
        extra.body = "Kode nomor900 di kecamatan.";
        indexer.add(extra);
        indexer.commit();
        CHECK(live_generation(dir / "more") == "g000001");
        Searcher reader(dir / "more");
        CHECK(reader.stats().documents == 202);
        CHECK(ids_for(reader, "nomor900") == std::vector<std::string>{"extra"});
    }
}

TEST_CASE("an index that cannot be compacted goes live as written, nothing lost", "[reindex]") {
    ScratchDir dir;
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, 50));
    // A file where the compacted generation would go: compaction gives way and leaves the file alone.
    SECTION("indexing a new index") {
        const std::string db = dir / "db";
        fs::create_directories(db);
        write_file(fs::path(db) / "g000001", "not an index");
        CHECK(Indexer(db).index_paths({dir / "in.jsonl"}).indexed == 50);
        CHECK(fs::exists(fs::path(db) / "iamglass"));
        CHECK(read_file(fs::path(db) / "g000001") == "not an index");
        Searcher reader(db);
        CHECK(reader.stats().documents == 50);
        CHECK(ids_for(reader, "nomor42") == std::vector<std::string>{"art-42"});
    }
    SECTION("a full rebuild") {
        const std::string db = dir / "db";
        fs::create_directories(db);
        write_file(fs::path(db) / "g000002", "not an index");
        CHECK(reindex(db, {dir / "in.jsonl"}, {}, options()).added == 50);
        CHECK(live_generation(db) == "g000001");
        CHECK(read_file(fs::path(db) / "g000002") == "not an index");
        Searcher reader(db);
        CHECK(reader.stats().documents == 50);
        CHECK(ids_for(reader, "nomor42") == std::vector<std::string>{"art-42"});
    }
}

TEST_CASE("switching a plain index to a generation removes only Xapian's files from its directory", "[reindex]") {
    ScratchDir dir;
    const std::string db = dir / "db";
    fs::create_directories(db);
    write_file(fs::path(db) / "notes.txt", "kept by the newsroom");
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, 20));
    Indexer(db).index_paths({dir / "in.jsonl"});  // plain, then compacted into g000001
    CHECK(live_generation(db) == "g000001");
    for (const char* file : {"iamglass", "postlist.glass", "termlist.glass", "position.glass", "flintlock"})
        CHECK_FALSE(fs::exists(fs::path(db) / file));
    CHECK(read_file(fs::path(db) / "notes.txt") == "kept by the newsroom");
    CHECK(Searcher(db).stats().documents == 20);
}
