#include "indexer/shard_queue.hpp"

#include <algorithm>

namespace telusur {

ShardQueue::ShardQueue(std::size_t max_articles, std::uint64_t max_bytes)
    : max_articles_(std::max<std::size_t>(max_articles, 1)), max_bytes_(max_bytes) {}

void ShardQueue::push(Article article) {
    const std::uint64_t bytes = text_bytes(article);
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] {
        return articles_.empty() || (articles_.size() < max_articles_ && queued_bytes_ + bytes <= max_bytes_);
    });
    queued_bytes_ += bytes;
    articles_.push_back(std::move(article));
    ready_.notify_one();
}

std::optional<Article> ShardQueue::pop() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return closed_ || !articles_.empty(); });
    if (articles_.empty()) return std::nullopt;
    Article article = std::move(articles_.front());
    articles_.pop_front();
    queued_bytes_ -= text_bytes(article);
    room_.notify_one();
    return article;
}

void ShardQueue::close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    ready_.notify_all();
}

}  // namespace telusur
