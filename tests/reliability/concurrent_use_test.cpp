// Concurrent use: readers search while a writer commits batches, and a second writer is refused without harm.
#include "tests/reliability/reliability_support.hpp"

#include <telusur/searcher.hpp>

#include <catch2/catch.hpp>

using namespace telusur::test;

CATCH_TRANSLATE_EXCEPTION(const Xapian::Error& e) { return e.get_description(); }

namespace {

// A search for the word every generated article has: it counts the articles the reader sees.
std::size_t articles_seen(telusur::Searcher& searcher) {
    const telusur::Results results = searcher.search("laporan");
    if (results.total_exact) CHECK(results.total % commit_every == 0);
    return searcher.stats().documents;
}

}  // namespace

TEST_CASE("searches while a writer commits never fail and only ever see whole batches", "[reliability][concurrent]") {
    ScratchDir dir;
    const std::string corpus = dir / "corpus.jsonl", db = dir / "db";
    write_file(corpus, generated_corpus(0, corpus_size));
    {  // the index exists, empty, before the readers start
        telusur::Indexer create(db);
    }

    Child writer(reindex_job(db, corpus), dir / "writer.err");
    telusur::Searcher long_lived(db);
    std::size_t searches = 0, last_seen = 0;
    std::set<std::size_t> counts_seen, part_way;
    auto seen_now = [&](std::size_t count) {
        counts_seen.insert(count);
        if (count > 0 && count < corpus_size) part_way.insert(count);
    };
    bool writer_done = false;
    while (!writer_done) {
        writer_done = writer.finished();
        // A reader kept open across commits; now and then one opened afresh (perhaps in the middle of a commit).
        const std::size_t seen = articles_seen(long_lived);
        CHECK(seen % commit_every == 0);
        seen_now(seen);
        if (++searches % 5 == 0) {
            telusur::Searcher fresh(db);
            const std::size_t fresh_seen = articles_seen(fresh);
            CHECK(fresh_seen % commit_every == 0);
            CHECK(fresh_seen >= last_seen);  // a newer reader never sees less
            last_seen = fresh_seen;
            seen_now(fresh_seen);
            ++searches;
        }
    }
    INFO("searches: " << searches << ", distinct article counts seen: " << counts_seen.size());
    CHECK(writer.status() == 0);
    // The readers really ran while batches were committed: some search saw the index part-way. (Counting the
    // long-lived reader too: under sanitizers on a loaded machine a fresh reader opens only a few times a run.)
    CHECK_FALSE(part_way.empty());
    CHECK(index_contents(db) == generated_contents(corpus_size));
}

TEST_CASE("a second writer on an index in use is refused naming the lock and does no damage",
          "[reliability][concurrent]") {
    ScratchDir dir;
    const std::string corpus = dir / "corpus.jsonl", other = dir / "other.jsonl", db = dir / "db";
    write_file(corpus, generated_corpus(0, corpus_size));
    write_file(other, generated_corpus(corpus_size, 10));

    // The index exists with a few articles, so the job below updates it in place, its commits visible as it goes
    // (a first build is switched in only when whole).
    const std::string start = dir / "start.jsonl";
    write_file(start, generated_corpus(0, 10));
    REQUIRE(run_command("reindex --quiet --db '" + db + "' '" + start + "'").status == 0);
    Child writer(reindex_job(db, corpus), dir / "writer.err");
    // Wait until the first writer has the index open (its first commit is visible), then hold it there while the
    // second starts: the first could otherwise finish before the second, slower to start under sanitizers, opens
    // the index.
    while (!writer.finished() && index_contents(db).size() <= 10) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    writer.pause();
    REQUIRE_FALSE(writer.finished());
    const CommandRun second = run_command("index --db '" + db + "' '" + other + "'");
    writer.resume();
    CHECK(second.status == 1);
    CHECK(second.error_lines() == 1);
    CHECK_THAT(second.err, Catch::Contains("locked") && Catch::Contains("flintlock") && Catch::Contains(db));

    REQUIRE(writer.wait() == 0);
    CHECK(index_contents(db) == generated_contents(corpus_size));
}
