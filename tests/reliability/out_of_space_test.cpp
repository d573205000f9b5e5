// Out of space: indexing that can no longer write fails with one clear line and leaves the last committed index
// intact. The write failure is made with RLIMIT_FSIZE (files may grow no bigger than a limit; writing past it fails
// with EFBIG, as writing to a full disk fails with ENOSPC), which needs no privileges or mounts.
#include "tests/reliability/reliability_support.hpp"

#include <catch2/catch.hpp>

using namespace telusur::test;

namespace {

constexpr std::size_t corpus_size = 2000;
constexpr std::size_t committed_before = 500;
constexpr std::size_t commit_every = 50;

std::vector<std::string> indexing_job(const std::string& db, const std::string& corpus) {
    return {"index", "--db", db, "--commit-every", std::to_string(commit_every), corpus};
}

std::uintmax_t largest_file(const std::string& directory) {
    std::uintmax_t largest = 0;
    for (const auto& entry : std::filesystem::directory_iterator(directory))
        largest = std::max(largest, entry.file_size());
    return largest;
}

}  // namespace

TEST_CASE("indexing that runs out of room fails with one clear line and keeps the last commit",
          "[reliability][space]") {
    ScratchDir dir;
    const std::string db = dir / "db", corpus = dir / "corpus.jsonl", first = dir / "first.jsonl";
    write_file(first, generated_corpus(0, committed_before));
    write_file(corpus, generated_corpus(0, corpus_size));
    REQUIRE(Child(indexing_job(db, first), dir / "first.err").wait() == 0);

    // Room for the index to grow a little, not enough for the whole corpus.
    const rlim_t room = static_cast<rlim_t>(largest_file(db) * 3 / 2);
    Child full(indexing_job(db, corpus), dir / "full.err", room);
    const int status = full.wait();
    const std::string err = read_file(dir.path() / "full.err");
    INFO("stderr: " << err);
    CHECK(status == 1);
    CHECK(std::count(err.begin(), err.end(), '\n') == 1);
    CHECK_THAT(err, Catch::StartsWith("telusur index: " + db) && Catch::Contains("File too large"));

    const auto contents = index_contents(db);
    INFO("articles kept: " << contents.size());
    CHECK(contents.size() >= committed_before);
    CHECK(contents.size() < corpus_size);
    CHECK(contents.size() % commit_every == 0);
    CHECK(contents == generated_contents(contents.size()));

    REQUIRE(Child(indexing_job(db, corpus), dir / "again.err").wait() == 0);
    CHECK(index_contents(db) == generated_contents(corpus_size));
}
