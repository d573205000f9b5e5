// Incremental reindexing: new articles added, changed ones replaced, unchanged ones skipped by their content hash,
// --prune removes what the input lacks, and the counts reconcile.
#include "tests/reindex/generated_articles.hpp"

#include "indexer/schema.hpp"

#include <telusur/error.hpp>
#include <telusur/reindex.hpp>
#include <telusur/searcher.hpp>

#include <xapian.h>

#include <catch2/catch.hpp>

using namespace telusur;
using telusur::test::generated_jsonl;
using telusur::test::ScratchDir;
using telusur::test::write_file;

namespace {

ReindexOptions quiet_options(unsigned jobs = 2) {
    ReindexOptions options;
    options.jobs = jobs;
    options.commit_every = 50;
    return options;
}

bool reconciles(const ReindexSummary& s) { return s.read == s.added + s.updated + s.unchanged + s.rejected; }

using telusur::test::ids_for;

}  // namespace

TEST_CASE("reindex adds new articles, replaces changed ones and skips unchanged ones", "[reindex]") {
    ScratchDir dir;
    const std::string input = dir / "in.jsonl";
    write_file(input, generated_jsonl(0, 200));
    const ReindexSummary first = reindex(dir / "db", {input}, {}, quiet_options());
    CHECK(first.read == 200);
    CHECK(first.added == 200);
    CHECK(first.updated + first.unchanged + first.rejected + first.removed == 0);
    CHECK(Searcher(dir / "db").stats().documents == 200);

    SECTION("the same input again: everything unchanged, nothing written") {
        const ReindexSummary again = reindex(dir / "db", {input}, {}, quiet_options());
        CHECK(again.read == 200);
        CHECK(again.unchanged == 200);
        CHECK(again.added + again.updated == 0);
        CHECK(again.rebuilt.empty());
    }
    SECTION("edited and new articles: updated and added, the rest unchanged") {
        write_file(input, generated_jsonl(0, 210, {3, 77, 150}));
        const ReindexSummary update = reindex(dir / "db", {input}, {}, quiet_options());
        CHECK(update.read == 210);
        CHECK(update.added == 10);
        CHECK(update.updated == 3);
        CHECK(update.unchanged == 197);
        CHECK(reconciles(update));
        CHECK(ids_for(dir / "db", "edisi2").size() == 3);
        CHECK(ids_for(dir / "db", "nomor77") == std::vector<std::string>{"art-77"});
        CHECK(Searcher(dir / "db").stats().documents == 210);
    }
    SECTION("articles missing from the input stay, unless --prune") {
        write_file(input, generated_jsonl(20, 200));
        CHECK(reindex(dir / "db", {input}, {}, quiet_options()).removed == 0);
        CHECK(Searcher(dir / "db").stats().documents == 200);
        ReindexOptions prune = quiet_options();
        prune.prune = true;
        const ReindexSummary pruned = reindex(dir / "db", {input}, {}, prune);
        CHECK(pruned.removed == 20);
        CHECK(pruned.unchanged == 180);
        CHECK(Searcher(dir / "db").stats().documents == 180);
        CHECK(ids_for(dir / "db", "nomor5").empty());
    }
    SECTION("prune is not done when a path cannot be read") {
        ReindexOptions prune = quiet_options();
        prune.prune = true;
        std::vector<InputError> rejects;
        prune.on_reject = [&](const InputError& e) { rejects.push_back(e); };
        const ReindexSummary s = reindex(dir / "db", {dir / "missing.jsonl"}, {}, prune);
        CHECK(s.prune_skipped);
        CHECK(s.removed == 0);
        CHECK(s.rejected == 1);
        REQUIRE(rejects.size() == 1);
        CHECK_THAT(rejects.front().what(), Catch::Contains("missing.jsonl"));
        CHECK(Searcher(dir / "db").stats().documents == 200);
    }
}

TEST_CASE("after articles are pruned, stats gives the dates of the articles left", "[reindex]") {
    ScratchDir dir;
    auto article = [](const std::string& id, const std::string& date) {
        return R"({"id": ")" + id + R"(", "title": "Berita", "body": "Isi berita hari ini.", "date": ")" + date +
               "\"}\n";
    };
    const std::string input = dir / "in.jsonl";
    write_file(input, article("old", "2018-03-01") + article("mid", "2019-06-15") + article("mid2", "2019-02-02") +
                          article("new", "2020-12-31"));
    reindex(dir / "db", {input}, {}, quiet_options());
    CHECK(Searcher(dir / "db").stats().first_date == "2018-03-01");
    CHECK(Searcher(dir / "db").stats().last_date == "2020-12-31");
    write_file(input, article("mid", "2019-06-15") + article("mid2", "2019-02-02"));
    ReindexOptions prune = quiet_options();
    prune.prune = true;
    CHECK(reindex(dir / "db", {input}, {}, prune).removed == 2);
    const IndexStats stats = Searcher(dir / "db").stats();
    CHECK(stats.first_date == "2019-02-02");
    CHECK(stats.last_date == "2019-06-15");
}

TEST_CASE("after a mistyped future date is corrected, --recent counts back from the newest article again",
          "[reindex]") {
    ScratchDir dir;
    auto article = [](const std::string& id, const std::string& body, const std::string& date) {
        return R"({"id": ")" + id + R"(", "title": "Berita", "body": ")" + body + R"(", "date": ")" + date + "\"}\n";
    };
    const std::string input = dir / "in.jsonl";
    const std::string alike = article("january", "Pasar murah digelar warga.", "2019-01-05") +
                              article("june", "Pasar murah digelar warga.", "2019-06-05");
    write_file(input, alike + article("typo", "Rapat desa.", "2091-06-05"));  // 2019 typed as 2091
    reindex(dir / "db", {input}, {}, quiet_options());
    write_file(input, alike + article("typo", "Rapat desa.", "2019-06-04"));  // corrected
    reindex(dir / "db", {input}, {}, quiet_options());
    SearchOptions recent;
    recent.recent_days = 30;
    recent.recency_weight = 5;
    const Results results = Searcher(dir / "db").search("pasar murah", recent);
    REQUIRE(results.hits.size() == 2);
    CHECK(results.hits[0].id == "june");
    // June is a day older than the newest article: nearly the whole lift, not the nothing 2091 would leave.
    CHECK(results.hits[0].score - results.hits[1].score > 4);
    CHECK(Searcher(dir / "db").stats().last_date == "2019-06-05");
}

TEST_CASE("reindex counts bad articles as rejected and the counts reconcile", "[reindex]") {
    ScratchDir dir;
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, 5) + "{not json\n" +
                                             R"({"id": "empty", "title": "T", "body": "  "})" "\n");
    std::vector<InputError> rejects;
    ReindexOptions options = quiet_options();
    options.on_reject = [&](const InputError& e) { rejects.push_back(e); };
    const ReindexSummary s = reindex(dir / "db", {dir / "in.jsonl"}, {}, options);
    CHECK(s.read == 7);
    CHECK(s.added == 5);
    CHECK(s.rejected == 2);
    CHECK(reconciles(s));
    REQUIRE(rejects.size() == 2);
    CHECK(rejects[0].line() == 6);
    CHECK(rejects[1].line() == 7);
    CHECK_THAT(rejects[1].what(), Catch::Contains("has no body"));
}

TEST_CASE("reindex hands each rejected article to on_reject_input with its line as read, on one shard or two",
          "[reindex]") {
    ScratchDir dir;
    const auto shards = GENERATE(1u, 2u);
    const std::string blank_body = R"({"id": "kosong", "title": "T", "body": "  "})";
    const std::string long_id = R"({"id": ")" + std::string(201, 'x') + R"(", "body": "Ada isinya."})";
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, 40) + blank_body + "\n{not json\n" + long_id + "\n" +
                                             generated_jsonl(40, 50));
    ReindexOptions options = quiet_options(3);
    options.shards = shards;
    std::vector<std::pair<std::size_t, std::string>> rejected;  // line, input
    options.on_reject_input = [&](const InputError& e, std::string_view input) {
        rejected.emplace_back(e.line(), std::string(input));
    };
    const ReindexSummary s = reindex(dir / "db", {dir / "in.jsonl"}, {}, options);
    CHECK(s.added == 50);
    CHECK(s.rejected == 3);
    CHECK(reconciles(s));
    REQUIRE(rejected.size() == 3);
    CHECK(rejected[0] == std::make_pair(std::size_t{41}, blank_body));
    CHECK(rejected[1] == std::make_pair(std::size_t{42}, std::string("{not json")));
    CHECK(rejected[2] == std::make_pair(std::size_t{43}, long_id));
}

TEST_CASE("the same id twice in the input: the last one wins, on any number of threads", "[reindex]") {
    ScratchDir dir;
    const auto jobs = GENERATE(1u, 3u);
    const auto a = telusur::test::generated_article(1), b = telusur::test::generated_article(1, 2);
    write_file(dir.path() / "in.jsonl", generated_jsonl(2, 60) + telusur::test::jsonl_line(a) +
                                            generated_jsonl(60, 90) + telusur::test::jsonl_line(b));
    const ReindexSummary s = reindex(dir / "db", {dir / "in.jsonl"}, {}, quiet_options(jobs));
    CHECK(s.read == 90);
    CHECK(s.added == 89);
    CHECK(s.updated == 1);
    CHECK(ids_for(dir / "db", "edisi2") == std::vector<std::string>{"art-1"});
    CHECK(Searcher(dir / "db").stats().documents == 89);

    SECTION("and going back to the first version is an update, not 'unchanged'") {
        write_file(dir.path() / "in.jsonl", telusur::test::jsonl_line(b) + telusur::test::jsonl_line(a));
        const ReindexSummary back = reindex(dir / "db", {dir / "in.jsonl"}, {}, quiet_options(jobs));
        CHECK(back.unchanged == 1);
        CHECK(back.updated == 1);
        CHECK(ids_for(dir / "db", "edisi2").empty());
    }
}

TEST_CASE("parallel and single-threaded reindexing rank the same", "[reindex]") {
    ScratchDir dir;
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, 300));
    reindex(dir / "one", {dir / "in.jsonl"}, {}, quiet_options(1));
    reindex(dir / "four", {dir / "in.jsonl"}, {}, quiet_options(4));
    for (const char* query : {"banjir petani", "nomor42", "sekolah"}) {
        INFO(query);
        CHECK(ids_for(dir / "one", query) == ids_for(dir / "four", query));
    }
}

TEST_CASE("an index made by telusur index is reindexed in place, its articles found unchanged", "[reindex]") {
    ScratchDir dir;
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, 40));
    Indexer(dir / "db").index_paths({dir / "in.jsonl"});
    const ReindexSummary s = reindex(dir / "db", {dir / "in.jsonl"}, {}, quiet_options());
    CHECK(s.unchanged == 40);
    CHECK(s.rebuilt.empty());
}

TEST_CASE("another stemmer rebuilds the index in full, and says why", "[reindex]") {
    ScratchDir dir;
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, 30));
    reindex(dir / "db", {dir / "in.jsonl"}, {}, quiet_options());
    IndexSettings light;
    light.stemmer = "light";
    const ReindexSummary s = reindex(dir / "db", {dir / "in.jsonl"}, light, quiet_options());
    CHECK_THAT(s.rebuilt, Catch::Contains("stemmer"));
    CHECK(s.added == 30);
    CHECK(Searcher(dir / "db").stats().documents == 30);
    SECTION("and the next run keeps the new stemmer without being told") {
        CHECK(reindex(dir / "db", {dir / "in.jsonl"}, {}, quiet_options()).unchanged == 30);
    }
}

TEST_CASE("an index an older telusur wrote is refused by searches, saying how to rebuild it, and reindex rebuilds it",
          "[reindex]") {
    // What an older telusur recorded: another schema, or a stemmer (version) this one does not have.
    struct Older {
        std::string_view key;
        std::string value, said;
    };
    for (const auto& [key, value, said] : {Older{schema::schema_key, "7", "index schema 7,"},
                                           Older{schema::stemmer_key, "telusur-id-3", "stemmer 'telusur-id-3'"},
                                           Older{schema::spelling_key, "", "other word lists"}}) {
        INFO(key << " " << value);
        ScratchDir dir;
        write_file(dir.path() / "in.jsonl", generated_jsonl(0, 30));
        reindex(dir / "db", {dir / "in.jsonl"}, {}, quiet_options());
        {
            Xapian::WritableDatabase db(dir / "db", Xapian::DB_OPEN);
            db.set_metadata(std::string(key), value);
            db.commit();
        }
        try {
            Searcher searcher(dir / "db");
            FAIL("the older index was opened");
        } catch (const DatabaseError& e) {
            CHECK_THAT(e.what(), Catch::Contains(said) && Catch::Contains("telusur reindex"));
        }
        const ReindexSummary s = reindex(dir / "db", {dir / "in.jsonl"}, {}, quiet_options());
        CHECK_FALSE(s.rebuilt.empty());  // says why
        CHECK(s.added == 30);
        CHECK(Searcher(dir / "db").stats().documents == 30);
    }
}

TEST_CASE("progress is reported as articles are read, ending with all of them", "[reindex]") {
    ScratchDir dir;
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, 50));
    std::vector<ReindexProgress> reports;
    ReindexOptions options = quiet_options();
    options.on_progress = [&](const ReindexProgress& p) { reports.push_back(p); };
    reindex(dir / "db", {dir / "in.jsonl"}, {}, options);
    REQUIRE_FALSE(reports.empty());
    CHECK(reports.back().articles == 50);
    CHECK(reports.back().bytes == reports.back().total_bytes);
    CHECK(reports.back().total_bytes == std::filesystem::file_size(dir.path() / "in.jsonl"));
}
