// A reindex killed at any point (SIGKILL, as an out-of-memory killer or a power cut would) leaves the live index as
// at its last commit, and running the same command again finishes it: no duplicates, no lost articles. The command
// runs as a child process so it can be killed mid-write.
#include "tests/reindex/generated_articles.hpp"

#include <telusur/searcher.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace telusur;
using telusur::test::generated_jsonl;
using telusur::test::ScratchDir;
using telusur::test::write_file;

namespace {

constexpr std::size_t articles = 3000;

// Runs `telusur reindex` quietly; if kill_after is given, SIGKILLs it then. Returns the exit status, or -1 if killed.
int run_reindex(const std::vector<std::string>& args, std::optional<std::chrono::milliseconds> kill_after = {}) {
    std::vector<std::string> argv{TELUSUR_CLI, "reindex", "--quiet", "--commit-every", "40", "--jobs", "2"};
    argv.insert(argv.end(), args.begin(), args.end());
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::vector<char*> raw;
        for (auto& arg : argv) raw.push_back(arg.data());
        raw.push_back(nullptr);
        if (!freopen("/dev/null", "w", stdout)) _exit(127);
        execv(raw[0], raw.data());
        _exit(127);
    }
    if (kill_after) {
        std::this_thread::sleep_for(*kill_after);
        kill(child, SIGKILL);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::size_t found(Searcher& searcher, const std::string& query) { return searcher.search(query).hits.size(); }

}  // namespace

TEST_CASE("an incremental reindex killed mid-way is finished by running it again", "[reindex][slow]") {
    ScratchDir dir;
    const std::string db = dir / "db";
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, articles));
    for (int ms : {150, 400}) run_reindex({"--db", db, dir / "in.jsonl"}, std::chrono::milliseconds(ms));
    if (std::filesystem::exists(dir.path() / "db" / "XAPIANDB")) {  // killed after the switch: what is there is whole
        Searcher partial(db);
        CHECK(partial.stats().documents <= articles);
    }
    REQUIRE(run_reindex({"--db", db, dir / "in.jsonl"}) == 0);
    Searcher searcher(db);
    CHECK(searcher.stats().documents == articles);
    for (std::size_t i : {0, 1234, 2999}) CHECK(found(searcher, "nomor" + std::to_string(i)) == 1);

    SECTION("and an update of it, killed, leaves whole articles and is finished the same way") {
        std::vector<std::size_t> edited;
        for (std::size_t i = 0; i < articles; i += 2) edited.push_back(i);
        write_file(dir.path() / "in.jsonl", generated_jsonl(0, articles, edited));
        run_reindex({"--db", db, dir / "in.jsonl"}, std::chrono::milliseconds(600));
        CHECK(Searcher(db).stats().documents == articles);  // replaced in place: never two copies, never none
        REQUIRE(run_reindex({"--db", db, dir / "in.jsonl"}) == 0);
        Searcher updated(db);
        CHECK(updated.stats().documents == articles);
        CHECK(updated.search("edisi2").total == edited.size());
    }
}

TEST_CASE("a killed full rebuild never switches in half built, and running it again completes it", "[reindex][slow]") {
    const std::string shards = GENERATE("1", "2");
    INFO("shards " << shards);
    ScratchDir dir;
    const std::string db = dir / "db";
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, articles));
    const auto start = std::chrono::steady_clock::now();
    REQUIRE(run_reindex({"--db", db, dir / "in.jsonl"}) == 0);
    // Killed a third of the way through a whole build, twice: the second run resumes what the first committed, so
    // a fixed delay would let it finish (and switch, rightly) on a fast machine.
    const auto third = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start) / 3;
    INFO("killed after " << third.count() << " ms");

    std::vector<std::size_t> edited;
    for (std::size_t i = 0; i < articles; i += 3) edited.push_back(i);
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, articles, edited));
    for (int kill = 0; kill < 2; ++kill) {
        CHECK(run_reindex({"--db", db, "--full", "--shards", shards, dir / "in.jsonl"}, third) == -1);
        Searcher live(db);  // still the whole old index
        CHECK(live.stats().documents == articles);
        CHECK(live.search("edisi2").total == 0);
    }
    REQUIRE(run_reindex({"--db", db, "--full", "--shards", shards, dir / "in.jsonl"}) == 0);
    Searcher rebuilt(db);
    CHECK(rebuilt.stats().documents == articles);
    CHECK(rebuilt.search("edisi2").total == edited.size());
    std::size_t generations = 0;
    for (const auto& entry : std::filesystem::directory_iterator(db)) generations += entry.is_directory();
    CHECK(generations == 1);
}
