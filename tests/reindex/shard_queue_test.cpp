// The queue between the reader and a shard's writing thread: it takes a batch of articles without making the reader
// wait (so a shard committing does not idle the others), bounds the text it holds, and still passes an article
// larger than that bound.
#include "indexer/shard_queue.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

using namespace telusur;

namespace {

Article article(const std::string& id, std::size_t body_bytes) {
    Article a;
    a.id = id;
    a.body = std::string(body_bytes, 'x');
    return a;
}

// Whether a push of `a` into `queue` is still waiting after a while; the push completes once the test pops.
bool push_waits(ShardQueue& queue, Article a, std::thread& pusher, std::atomic<bool>& done) {
    pusher = std::thread([&queue, &done, a = std::move(a)]() mutable {
        queue.push(std::move(a));
        done = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    return !done;
}

}  // namespace

TEST_CASE("a shard's queue takes a whole batch without the reader waiting, in order", "[reindex][shards]") {
    ShardQueue queue(1000, 64 << 20);
    for (int i = 0; i < 1000; ++i) queue.push(article(std::to_string(i), 2000));  // would block if it could not
    queue.close();
    for (int i = 0; i < 1000; ++i) {
        const auto next = queue.pop();
        REQUIRE(next);
        CHECK(next->id == std::to_string(i));
    }
    CHECK_FALSE(queue.pop());
}

TEST_CASE("a shard's queue makes the reader wait when full by articles or by bytes", "[reindex][shards]") {
    SECTION("by articles") {
        ShardQueue queue(2, 64 << 20);
        queue.push(article("a", 10));
        queue.push(article("b", 10));
        std::thread pusher;
        std::atomic<bool> done = false;
        CHECK(push_waits(queue, article("c", 10), pusher, done));
        CHECK(queue.pop()->id == "a");
        pusher.join();
        CHECK(done);
    }
    SECTION("by bytes; an article over the bound passes alone") {
        ShardQueue queue(100, 1000);
        queue.push(article("a", 600));
        std::thread pusher;
        std::atomic<bool> done = false;
        CHECK(push_waits(queue, article("b", 600), pusher, done));
        CHECK(queue.pop()->id == "a");
        pusher.join();
        CHECK(done);
        CHECK(queue.pop()->id == "b");
        queue.push(article("huge", 5000));  // alone in the queue: taken at once
        CHECK(queue.pop()->id == "huge");
    }
}
