// Crash safety: an indexing job killed (SIGKILL) at random points leaves an index that opens and holds exactly the
// articles of its last commit, and running the job again ends with exactly the expected articles, once each.
#include "tests/reliability/reliability_support.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace telusur::test;

namespace {

// The index holds the first n articles for some n that is a whole number of commits (or the whole corpus).
void check_holds_a_committed_prefix(const std::string& db) {
    const auto contents = index_contents(db);
    const std::size_t n = contents.size();
    INFO("articles in the index after the kill: " << n);
    CHECK((n % commit_every == 0 || n == corpus_size));
    CHECK(contents == generated_contents(n));
}

}  // namespace

TEST_CASE("an indexing job killed at random points keeps its last commit and a rerun completes it exactly",
          "[reliability][crash]") {
    ScratchDir dir;
    const std::string corpus = dir / "corpus.jsonl";
    write_file(corpus, generated_corpus(0, corpus_size));
    const std::string db = dir / "db";

    // How long a whole run takes here (a sanitizer build is several times slower), to kill within it.
    const auto start = std::chrono::steady_clock::now();
    {
        Child whole(reindex_job(dir / "timing-db", corpus), dir / "timing.err");
        REQUIRE(whole.wait() == 0);
    }
    const auto run_ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();

    const unsigned seed = std::random_device{}();
    INFO("random seed " << seed << ", a whole run takes " << run_ms << " ms");
    std::mt19937 random(seed);
    std::uniform_int_distribution<long> kill_after(0, run_ms);
    for (int kill = 0; kill < 4; ++kill) {
        Child job(reindex_job(db, corpus), dir / "job.err");
        std::this_thread::sleep_for(std::chrono::milliseconds(kill_after(random)));
        job.kill_now();
        job.wait();
        check_holds_a_committed_prefix(db);
    }

    Child rerun(reindex_job(db, corpus), dir / "rerun.err");
    const int status = rerun.wait();
    INFO(read_file(dir.path() / "rerun.err"));
    REQUIRE(status == 0);
    CHECK(index_contents(db) == generated_contents(corpus_size));
}
