// What the reliability tests share: generated corpora (our own words, no article text), the telusur command run as a
// child process that a test can kill, and the whole contents of an index read back for comparison.
#pragma once

#include "indexer/hit_card.hpp"
#include "indexer/schema.hpp"
#include "indexer/stored_body.hpp"
#include "tests/command_runner.hpp"

#include <xapian.h>

#include <chrono>
#include <csignal>
#include <functional>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace telusur::test {

// The generated corpus the jobs under test index, and how often they commit.
constexpr std::size_t corpus_size = 2000;
constexpr std::size_t commit_every = 50;

// A batch reindex job as a user runs it, committing every commit_every articles.
inline std::vector<std::string> reindex_job(const std::string& db, const std::string& corpus) {
    return {"reindex", "--quiet", "--jobs", "2", "--db", db, "--commit-every", std::to_string(commit_every), corpus};
}

// Article i of a generated corpus: every one names the same topic word ("laporan") and its own number, so a search
// for the topic counts them all and the body tells which article it is.
inline std::string generated_id(std::size_t i) { return "gen-" + std::to_string(i); }
inline std::string generated_body(std::size_t i) {
    return "Laporan nomor " + std::to_string(i) + " tentang kegiatan warga desa dan rapat kelurahan minggu ini.";
}
inline std::string generated_line(std::size_t i) {
    return R"({"id": ")" + generated_id(i) + R"(", "title": "Laporan warga )" + std::to_string(i) +
           R"(", "body": ")" + generated_body(i) + R"(", "date": "2021-03-04"})" "\n";
}
inline std::string generated_corpus(std::size_t first, std::size_t count) {
    std::string content;
    for (std::size_t i = first; i < first + count; ++i) content += generated_line(i);
    return content;
}

// Every article in an index, id -> body. No index yet (no directory, or a writer killed while creating it, before
// Xapian wrote its version file) is an empty index. A document whose id is seen twice is recorded under
// "duplicate:<id>", so a comparison with the expected set fails on it.
inline std::map<std::string, std::string> index_contents(const std::string& db) {
    std::map<std::string, std::string> contents;
    // A plain index (telusur index) or generations behind a stub (telusur reindex); nothing yet: empty.
    if (!std::filesystem::exists(std::filesystem::path(db) / "iamglass") &&
        !std::filesystem::exists(std::filesystem::path(db) / "XAPIANDB"))
        return contents;
    Xapian::Database database(db);
    for (auto it = database.postlist_begin(""); it != database.postlist_end(""); ++it) {
        const Xapian::Document doc = database.get_document(*it);
        const std::string id = HitCard::decode(doc.get_value(schema::hit_card_slot)).id;
        const bool fresh = contents.emplace(id, decode_stored_body(doc.get_value(schema::body_slot)).body).second;
        if (!fresh) contents.emplace("duplicate:" + id, decode_stored_body(doc.get_value(schema::body_slot)).body);
    }
    return contents;
}

// The contents a generated corpus should leave after its first `count` articles were indexed.
inline std::map<std::string, std::string> generated_contents(std::size_t count) {
    std::map<std::string, std::string> contents;
    for (std::size_t i = 0; i < count; ++i) contents.emplace(generated_id(i), generated_body(i));
    return contents;
}

// A telusur command running as a child process, its standard output and error sent to files.
class Child {
public:
    // `file_size_limit` > 0 caps the size of any file the child writes (RLIMIT_FSIZE): writes beyond it fail with
    // EFBIG, as on a full disk. SIGXFSZ is ignored so the write fails instead of killing the process.
    Child(const std::vector<std::string>& args, const std::string& err_file, rlim_t file_size_limit = 0) {
        std::vector<std::string> argv{TELUSUR_CLI};
        argv.insert(argv.end(), args.begin(), args.end());
        std::vector<char*> pointers;
        for (auto& arg : argv) pointers.push_back(arg.data());
        pointers.push_back(nullptr);
        pid_ = fork();
        if (pid_ == 0) {
            const int out = open("/dev/null", O_WRONLY);
            const int err = open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            dup2(out, 1);
            dup2(err, 2);
            if (file_size_limit) {
                std::signal(SIGXFSZ, SIG_IGN);
                const rlimit limit{file_size_limit, file_size_limit};
                setrlimit(RLIMIT_FSIZE, &limit);
            }
            execv(pointers[0], pointers.data());
            _exit(127);
        }
    }
    ~Child() {
        if (pid_ > 0 && !waited_) {
            kill(pid_, SIGKILL);
            wait();
        }
    }
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    void kill_now() { kill(pid_, SIGKILL); }
    // Stops the child where it is (it keeps what it holds, its locks too), and lets it go on.
    void pause() { kill(pid_, SIGSTOP); }
    void resume() { kill(pid_, SIGCONT); }

    // True when the child has ended; its exit status is then in status() (-1 if a signal ended it).
    bool finished() {
        if (waited_) return true;
        int raw = 0;
        if (waitpid(pid_, &raw, WNOHANG) != pid_) return false;
        record(raw);
        return true;
    }

    int wait() {
        if (!waited_) {
            int raw = 0;
            rusage usage{};
            wait4(pid_, &raw, 0, &usage);
            max_rss_kib_ = static_cast<std::size_t>(usage.ru_maxrss);
            record(raw);
        }
        return status_;
    }
    int status() const { return status_; }
    // The most memory the child held at once (known after wait()).
    std::size_t max_rss_kib() const { return max_rss_kib_; }

private:
    void record(int raw) {
        waited_ = true;
        status_ = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    }

    pid_t pid_ = -1;
    bool waited_ = false;
    int status_ = -1;
    std::size_t max_rss_kib_ = 0;
};

}  // namespace telusur::test
