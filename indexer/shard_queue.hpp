// ShardQueue: the articles on their way from the reader to one shard's writing thread (indexer/reindex_pass.cpp).
// It holds up to a shard's batch of them, and a bound in bytes: the reader feeds every shard from one input, so
// while one shard commits (seconds, for a batch) its queue must take what arrives for it, or the reader waits and
// the other shards go idle. An article larger than the byte bound still passes, alone. If the thread fails, it keeps
// taking (and dropping) articles so the reader never waits for it.
#pragma once

#include <telusur/article.hpp>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>

namespace telusur {

// The bytes of an article's text, as queues and progress count them.
inline std::uint64_t text_bytes(const Article& a) {
    return a.id.size() + a.title.size() + a.body.size() + a.date.size() + a.source.size() + a.url.size() +
           a.dateline.size();
}

class ShardQueue {
public:
    ShardQueue(std::size_t max_articles, std::uint64_t max_bytes);
    ShardQueue(const ShardQueue&) = delete;
    ShardQueue& operator=(const ShardQueue&) = delete;

    // Waits while the queue is full (by articles or bytes), unless it is empty.
    void push(Article article);
    // The next article, waiting for one; none once closed and empty.
    std::optional<Article> pop();
    // No more articles will come.
    void close();

private:
    std::mutex mutex_;
    std::condition_variable ready_, room_;
    std::deque<Article> articles_;
    std::size_t max_articles_;
    std::uint64_t max_bytes_, queued_bytes_ = 0;
    bool closed_ = false;
};

}  // namespace telusur
