// telusur reindex and telusur compact end to end: the summary a user reads, exit statuses, and a quiet stderr.
#include "tests/command_runner.hpp"
#include "tests/reindex/generated_articles.hpp"

#include <catch2/catch.hpp>

using telusur::test::generated_jsonl;
using telusur::test::run_command;
using telusur::test::ScratchDir;
using telusur::test::write_file;

TEST_CASE("telusur reindex prints the counts, which reconcile, and --prune removes the rest", "[reindex][cli]") {
    ScratchDir dir;
    const std::string db = "--db '" + dir / "db" + "' --quiet --jobs 2 ";
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, 30));
    const auto first = run_command("reindex " + db + "'" + dir / "in.jsonl" + "'");
    CHECK(first.status == 0);
    CHECK(first.err.empty());
    CHECK_THAT(first.out, Catch::Contains("full rebuild (new index)"));
    CHECK_THAT(first.out, Catch::Contains("read 30: added 30, updated 0, unchanged 0, rejected 0; removed 0"));

    write_file(dir.path() / "in.jsonl", generated_jsonl(5, 32, {7}) + "{broken\n");
    const auto second = run_command("reindex " + db + "--prune '" + dir / "in.jsonl" + "'");
    CHECK(second.status == 3);  // done, with a rejected line
    CHECK_THAT(second.err, Catch::Contains("in.jsonl:28"));
    CHECK_THAT(second.out, Catch::StartsWith("read 28: added 2, updated 1, unchanged 24, rejected 1; removed 5"));

    const auto compacted = run_command("compact --db '" + dir / "db" + "'");
    CHECK(compacted.status == 0);
    CHECK_THAT(compacted.out, Catch::Contains("MB ->"));
    const auto search = run_command("search --db '" + dir / "db" + "' nomor31");
    CHECK_THAT(search.out, Catch::Contains("art-31"));
}

TEST_CASE("telusur reindex and compact report mistakes with the documented status", "[reindex][cli]") {
    ScratchDir dir;
    CHECK(run_command("reindex --db '" + dir / "db" + "'").status == 2);  // no paths
    CHECK(run_command("reindex --db '" + dir / "db" + "' --jobs many x").status == 2);
    const auto no_index = run_command("compact --db '" + dir / "none" + "'");
    CHECK(no_index.status == 1);
    CHECK_THAT(no_index.err, Catch::Contains("no index"));
}
