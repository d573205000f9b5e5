// Remote shards: Xapian's remote backend serves each shard of an index from its own xapian-tcpsrv (Debian's
// xapian-tools), and a stub listing them ("remote HOST:PORT" lines) is searched like a local index, with the same
// hits as one database. Two servers run on 127.0.0.1 for the test and are stopped at its end.
#include "tests/reindex/generated_articles.hpp"

#include <telusur/reindex.hpp>
#include <telusur/searcher.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <map>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace telusur;
using telusur::test::generated_jsonl;
using telusur::test::ranking;
using telusur::test::ScratchDir;
using telusur::test::write_file;

namespace {

const char* const tcpsrv = "/usr/bin/xapian-tcpsrv";

int connect_to(int port) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const int result = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    close(fd);
    return result;
}

// A port nobody listens on now (the kernel's pick for a socket bound to port 0).
int free_port() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t size = sizeof address;
    getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
    close(fd);
    return ntohs(address.sin_port);
}

// One xapian-tcpsrv serving `database` on 127.0.0.1, stopped when this goes (its connection children too).
class ShardServer {
public:
    explicit ShardServer(const std::string& database) : port_(free_port()) {
        pid_ = fork();
        if (pid_ == 0) {
            setpgid(0, 0);  // a group of its own: the server and its connection children stop together, alone
            if (!freopen("/dev/null", "w", stderr)) _exit(127);  // a connection closed by us is no news
            const std::string port = std::to_string(port_);
            execl(tcpsrv, tcpsrv, "--quiet", "--interface", "127.0.0.1", "--port", port.c_str(), database.c_str(),
                  static_cast<char*>(nullptr));
            _exit(127);
        }
        setpgid(pid_, pid_);  // also here, in case the test ends before the child ran
        for (int attempt = 0; attempt < 100 && connect_to(port_) != 0; ++attempt)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    // SIGKILL: xapian-tcpsrv's own SIGTERM handler can deadlock in a connection child (seen: blocked in a futex
    // with SIGTERM masked), which then kept ctest waiting on the output pipe it inherited.
    ~ShardServer() {
        kill(-pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
    }
    int port() const { return port_; }

private:
    int port_;
    pid_t pid_;
};

// Generated articles with dates over two years (every seventh undated) and three sources.
std::string dated_jsonl(std::size_t count) {
    std::string text;
    for (std::size_t i = 0; i < count; ++i) {
        const auto a = telusur::test::generated_article(i);
        nlohmann::json line{{"id", a.id}, {"title", a.title}, {"body", a.body},
                            {"source", std::string("sumber") + std::to_string(i % 3) + ".co.id"}};
        if (i % 7) line["date"] = std::to_string(2020 + i % 2) + "-0" + std::to_string(1 + i % 9) + "-1" +
                                  std::to_string(i % 10);
        text += line.dump() + "\n";
    }
    return text;
}

// Two shards of the articles, each served by its own xapian-tcpsrv, and a stub listing them.
struct RemoteIndex {
    RemoteIndex(const ScratchDir& dir, const std::string& input)
        : first(write(dir, input, 2) + "/s0"), second(dir / "sharded/g000002/s1"), stub(dir / "remote") {
        write_file(std::filesystem::path(stub) / "XAPIANDB",
                   "remote 127.0.0.1:" + std::to_string(first.port()) + "\nremote 127.0.0.1:" +
                       std::to_string(second.port()) + "\n");
    }
    static std::string write(const ScratchDir& dir, const std::string& input, unsigned shards) {
        ReindexOptions options;
        options.shards = shards;
        reindex(dir / "sharded", {input}, {}, options);
        return dir / "sharded/g000002";  // built as g000001, live compacted
    }
    ShardServer first, second;
    std::string stub;
};

}  // namespace

TEST_CASE("a two-shard index served by two xapian-tcpsrv processes searches as one database", "[reindex][remote]") {
    if (!std::filesystem::exists(tcpsrv)) {
        WARN("skipped: " << tcpsrv << " is not installed (Debian package xapian-tools)");
        return;
    }
    ScratchDir dir;
    write_file(dir.path() / "in.jsonl", generated_jsonl(0, 200, {3, 60, 61}));
    ReindexOptions options;
    options.shards = 1;
    reindex(dir / "single", {dir / "in.jsonl"}, {}, options);

    const RemoteIndex servers(dir, dir / "in.jsonl");
    CHECK(Searcher(dir / "remote").stats().documents == 200);
    CHECK_THROWS_WITH(reindex(dir / "remote", {dir / "in.jsonl"}), Catch::Contains("did not lay out"));
    CHECK_THROWS_AS(compact_index(dir / "remote"), DatabaseError);
    for (const char* query : {"edisi2", "nomor61", "banjir nomor3", "pasar warga"}) {
        INFO(query);
        const auto local = ranking(dir / "single", query), remote = ranking(dir / "remote", query);
        REQUIRE(remote.size() == local.size());
        for (std::size_t i = 0; i < local.size(); ++i) CHECK(remote[i].second == Approx(local[i].second));
        std::vector<std::string> local_ids, remote_ids;
        for (const auto& [id, score] : local) local_ids.push_back(id);
        for (const auto& [id, score] : remote) remote_ids.push_back(id);
        if (local.size() < 10) {  // the whole match set: the same articles, ties in any order
            std::sort(local_ids.begin(), local_ids.end());
            std::sort(remote_ids.begin(), remote_ids.end());
            CHECK(remote_ids == local_ids);
        }
    }
}

TEST_CASE("across remote shards newest first, the recency blend and facets give what one database gives, and oldest "
          "first is refused with a clear error",
          "[reindex][remote]") {
    if (!std::filesystem::exists(tcpsrv)) {
        WARN("skipped: " << tcpsrv << " is not installed (Debian package xapian-tools)");
        return;
    }
    ScratchDir dir;
    write_file(dir.path() / "in.jsonl", dated_jsonl(200));
    reindex(dir / "single", {dir / "in.jsonl"});
    const RemoteIndex remote(dir, dir / "in.jsonl");

    SECTION("newest first") {
        SearchOptions options;
        options.sort = SortOrder::newest_first;
        options.limit = 60;
        const Results local = Searcher(dir / "single").search("warga", options);
        const Results served = Searcher(remote.stub).search("warga", options);
        REQUIRE(served.hits.size() == local.hits.size());
        REQUIRE(local.hits.size() == 60);
        for (std::size_t i = 0; i < local.hits.size(); ++i) {
            INFO(i);
            CHECK(served.hits[i].date == local.hits[i].date);
            CHECK(served.hits[i].score == Approx(local.hits[i].score));
        }
        for (std::size_t i = 1; i < local.hits.size(); ++i) CHECK(local.hits[i - 1].date >= local.hits[i].date);
    }
    SECTION("snippets") {  // the stored bodies travel with the hits: each hit's snippet is the one a database gives
        SearchOptions options;
        options.limit = 20;
        for (const char* query : {"warga", "banjir warga"}) {
            INFO(query);
            std::map<std::string, std::string> local;
            for (const Hit& hit : Searcher(dir / "single").search(query, options).hits) local[hit.id] = hit.snippet;
            const Results served = Searcher(remote.stub).search(query, options);
            REQUIRE(served.hits.size() == local.size());
            std::size_t marked = 0;
            for (const Hit& hit : served.hits) {
                INFO(hit.id);
                CHECK_FALSE(hit.snippet.empty());
                CHECK(hit.snippet == local[hit.id]);
                marked += hit.snippet.find("**warga**") != std::string::npos;
            }
            CHECK(marked > served.hits.size() / 2);
        }
    }
    SECTION("the recency blend") {
        SearchOptions options;
        options.recent_days = 30;
        options.recency_weight = 5;
        for (const char* query : {"pasar", "banjir warga"}) {
            INFO(query);
            const auto local = ranking(dir / "single", query, options), served = ranking(remote.stub, query, options);
            REQUIRE(served.size() == local.size());
            for (std::size_t i = 0; i < local.size(); ++i) CHECK(served[i].second == Approx(local[i].second));
            CHECK(local != ranking(dir / "single", query));  // the blend changed the scores
        }
    }
    SECTION("facets") {
        SearchOptions options;
        options.facets = true;
        const Results local = Searcher(dir / "single").search("kecamatan", options);
        const Results served = Searcher(remote.stub).search("kecamatan", options);
        REQUIRE(local.facets.size() == 5);
        REQUIRE(served.facets.size() == 5);
        for (std::size_t f = 0; f < local.facets.size(); ++f) {
            INFO(local.facets[f].name);
            CHECK(served.facets[f].name == local.facets[f].name);
            CHECK(served.facets[f].values == local.facets[f].values);
        }
        CHECK(local.facets[0].values.size() == 3);  // three sources
        CHECK(served.facets_exact == local.facets_exact);
    }
    SECTION("filters alone: an outlet by its name without the domain, newest first") {
        SearchOptions options;
        options.limit = 50;
        const Results local = Searcher(dir / "single").search("sumber:sumber1 tanggal:2021", options);
        const Results served = Searcher(remote.stub).search("sumber:sumber1 tanggal:2021", options);
        REQUIRE(local.hits.size() > 10);
        REQUIRE(served.hits.size() == local.hits.size());
        for (std::size_t i = 0; i < local.hits.size(); ++i) {
            INFO(i);
            CHECK(local.hits[i].source == "sumber1.co.id");
            CHECK(served.hits[i].date == local.hits[i].date);
            if (i > 0) CHECK(local.hits[i - 1].date >= local.hits[i].date);
        }
    }
    SECTION("oldest first needs telusur's own sort key, which a server cannot run") {
        SearchOptions options;
        options.sort = SortOrder::oldest_first;
        CHECK(Searcher(dir / "single").search("warga", options).hits.size() == 10);
        CHECK_THROWS_WITH(Searcher(remote.stub).search("warga", options),
                          Catch::Contains("oldest first cannot be sorted across remote shards"));
    }
}
