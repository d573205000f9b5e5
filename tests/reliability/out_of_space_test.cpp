// Out of space: indexing that can no longer write fails with one clear line and leaves the last committed index
// intact, and the same job completes once there is room. Two ways to run out: a small tmpfs filled up (ENOSPC, a real
// full disk; needs the right to mount, else that case is skipped with a warning), and RLIMIT_FSIZE (files may grow no
// bigger than a limit; writing past it fails with EFBIG), which needs no privileges.
#include "tests/reliability/reliability_support.hpp"

#include <catch2/catch.hpp>

#include <sys/mount.h>

using namespace telusur::test;

namespace {

constexpr std::size_t committed_before = 500;

// Plain indexing (telusur index), committing every commit_every articles.
std::vector<std::string> index_job(const std::string& db, const std::string& corpus) {
    return {"index", "--db", db, "--commit-every", std::to_string(commit_every), corpus};
}

// Of the index's files, wherever its live generation keeps them.
std::uintmax_t largest_file(const std::string& directory) {
    std::uintmax_t largest = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(directory))
        if (entry.is_regular_file()) largest = std::max(largest, entry.file_size());
    return largest;
}

// The job over the whole corpus, started by `run_out_of_room` where writing fails part way, must fail with one line
// naming the index and `cause`, keep whole commits only, and complete once `make_room` has made room.
void check_runs_out_and_recovers(const ScratchDir& dir, const std::string& db, const std::string& cause,
                                 const std::function<int(const std::string& err_file)>& run_out_of_room,
                                 const std::function<void()>& make_room) {
    const std::string corpus = dir / "corpus.jsonl";
    write_file(corpus, generated_corpus(0, corpus_size));
    const int status = run_out_of_room(dir / "full.err");
    const std::string err = read_file(dir.path() / "full.err");
    INFO("stderr: " << err);
    CHECK(status == 1);
    CHECK(std::count(err.begin(), err.end(), '\n') == 1);
    CHECK_THAT(err, Catch::StartsWith("telusur index: " + db) && Catch::Contains(cause));

    const auto contents = index_contents(db);
    INFO("articles kept: " << contents.size());
    CHECK(contents.size() >= committed_before);
    CHECK(contents.size() < corpus_size);
    CHECK(contents.size() % commit_every == 0);
    CHECK(contents == generated_contents(contents.size()));

    make_room();
    REQUIRE(Child(index_job(db, corpus), dir / "again.err").wait() == 0);
    CHECK(index_contents(db) == generated_contents(corpus_size));
}

// A size-limited tmpfs mounted on a directory for the length of a test, if this process may mount.
class SmallFilesystem {
public:
    explicit SmallFilesystem(const std::filesystem::path& where) : where_(where) {
        std::filesystem::create_directories(where_);
        mounted_ = mount("telusur-test", where_.c_str(), "tmpfs", 0, "size=2m") == 0;
    }
    ~SmallFilesystem() {
        if (mounted_) umount2(where_.c_str(), MNT_DETACH);
    }
    bool mounted() const { return mounted_; }
    void grow() { REQUIRE(mount("telusur-test", where_.c_str(), "tmpfs", MS_REMOUNT, "size=64m") == 0); }

private:
    std::filesystem::path where_;
    bool mounted_ = false;
};

}  // namespace

TEST_CASE("indexing onto a full filesystem fails with one clear line and keeps the last commit",
          "[reliability][space]") {
    ScratchDir dir;
    SmallFilesystem small(dir.path() / "small");
    if (!small.mounted()) {
        WARN("cannot mount a tmpfs here (not permitted): the full-filesystem case is skipped; RLIMIT_FSIZE still runs");
        return;
    }
    const std::string db = dir / "small/db";
    write_file(dir.path() / "first.jsonl", generated_corpus(0, committed_before));
    REQUIRE(Child(index_job(db, dir / "first.jsonl"), dir / "first.err").wait() == 0);
    check_runs_out_and_recovers(
        dir, db, "No space left on device",
        [&](const std::string& err) { return Child(index_job(db, dir / "corpus.jsonl"), err).wait(); },
        [&] { small.grow(); });
}

TEST_CASE("indexing that may not grow its files fails with one clear line and keeps the last commit",
          "[reliability][space]") {
    ScratchDir dir;
    const std::string db = dir / "db";
    write_file(dir.path() / "first.jsonl", generated_corpus(0, committed_before));
    REQUIRE(Child(index_job(db, dir / "first.jsonl"), dir / "first.err").wait() == 0);
    // Room for the index to grow a little, not enough for the whole corpus.
    const rlim_t room = static_cast<rlim_t>(largest_file(db) * 3 / 2);
    check_runs_out_and_recovers(
        dir, db, "File too large",
        [&](const std::string& err) { return Child(index_job(db, dir / "corpus.jsonl"), err, room).wait(); },
        [] {});
}
