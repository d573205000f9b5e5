#include "indexer/reindex_pass.hpp"

#include "corpus/article_reader.hpp"
#include "corpus/stable_hash.hpp"
#include "indexer/article_files.hpp"
#include "indexer/content_hash.hpp"
#include "indexer/shard_writer.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <optional>
#include <thread>

namespace telusur {
namespace {

// Articles waiting per shard thread: enough to ride out a slow article, few enough to bound memory.
constexpr std::size_t queue_per_shard = 64;

double now() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::uint64_t text_bytes(const Article& a) {
    return a.id.size() + a.title.size() + a.body.size() + a.date.size() + a.source.size() + a.url.size() +
           a.dateline.size();
}

// The articles on their way to one shard's thread. If the thread fails, it keeps taking (and dropping) articles so
// the reader never waits for it; its error is rethrown when the pass ends.
class ShardQueue {
public:
    void push(BuildJob job) {
        std::unique_lock lock(mutex_);
        room_.wait(lock, [&] { return jobs_.size() < queue_per_shard; });
        jobs_.push_back(std::move(job));
        ready_.notify_one();
    }
    std::optional<BuildJob> pop() {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return closed_ || !jobs_.empty(); });
        if (jobs_.empty()) return std::nullopt;
        BuildJob job = std::move(jobs_.front());
        jobs_.pop_front();
        room_.notify_one();
        return job;
    }
    void close() {
        std::lock_guard lock(mutex_);
        closed_ = true;
        ready_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable ready_, room_;
    std::deque<BuildJob> jobs_;
    bool closed_ = false;
};

void add_counts(ReindexSummary& summary, const WriteCounts& counts) {
    summary.read += counts.read;
    summary.added += counts.added;
    summary.updated += counts.updated;
    summary.unchanged += counts.unchanged;
    summary.removed += counts.removed;
    summary.rejected += counts.rejected;
}

}  // namespace

void ReindexPass::run(const std::vector<std::string>& paths, std::vector<Xapian::WritableDatabase>& shards,
                      const std::vector<std::string>& shard_names, unsigned threads,
                      const BuildPipeline::MakeAnalysis& make_analysis, bool prune) {
    start_ = now();
    total_bytes_ = article_file_bytes(paths);
    auto reject = [this](const InputError& error) { this->reject(error); };
    auto finish = [&](ShardWriter& writer) {
        writer.finish(prune && !unreadable_path_);
        add_counts(summary_, writer.counts());
    };

    if (shards.size() == 1) {
        ShardWriter writer(shards[0], shard_names[0], options_.commit_every, threads, make_analysis, reject, prune);
        read(paths, [&](Article&& article, const std::string& file, std::size_t line) {
            writer.add(std::move(article), file, line);
        });
        finish(writer);
    } else {
        std::vector<ShardQueue> queues(shards.size());
        std::vector<std::exception_ptr> errors(shards.size());
        std::vector<WriteCounts> counts(shards.size());
        std::vector<std::thread> workers;
        for (std::size_t s = 0; s < shards.size(); ++s) {
            workers.emplace_back([&, s] {
                try {
                    // Commits are per shard: each commits after its share of commit_every.
                    ShardWriter writer(shards[s], shard_names[s], options_.commit_every / shards.size() + 1,
                                       std::max<unsigned>(1, threads / shards.size()), make_analysis, reject, prune);
                    while (auto job = queues[s].pop()) writer.add(std::move(job->article), job->file, job->line);
                    writer.finish(prune && !unreadable_path_);
                    counts[s] = writer.counts();
                } catch (...) {
                    errors[s] = std::current_exception();
                    while (queues[s].pop()) {
                    }
                }
            });
        }
        try {
            read(paths, [&](Article&& article, const std::string& file, std::size_t line) {
                queues[stable_hash::fnv1a(article.id) % shards.size()].push({std::move(article), file, line, {}, {}});
            });
        } catch (...) {
            for (auto& queue : queues) queue.close();
            for (auto& worker : workers) worker.join();
            throw;
        }
        for (auto& queue : queues) queue.close();
        for (auto& worker : workers) worker.join();
        for (const auto& error : errors)
            if (error) std::rethrow_exception(error);
        for (const auto& each : counts) add_counts(summary_, each);
    }
    if (prune && unreadable_path_) summary_.prune_skipped = true;
    report_progress(true);
}

void ReindexPass::read(const std::vector<std::string>& paths, const Route& route) {
    std::string current_file;
    std::size_t lines_before = 0;  // of the piece of the file being read
    ReadCallbacks callbacks;
    callbacks.reject = [&](const InputError& error, std::string_view) {
        ++summary_.read;
        ++summary_.rejected;
        ++articles_;
        if (lines_before && error.line()) reject(InputError(error.file(), lines_before + error.line(), error.reason()));
        else reject(error);
    };
    callbacks.article = [&](Article&& article, std::size_t line, std::string_view) {
        ++articles_;
        file_read_ = std::min(file_bytes_, file_read_ + text_bytes(article));
        route(std::move(article), current_file, lines_before + line);
        report_progress(false);
    };
    for_each_article_chunk(
        paths, article_chunk_bytes,
        [&](const std::string& name, const std::string& content, std::size_t lines) {
            finished_bytes_ += file_bytes_;
            file_bytes_ = content.size();
            file_read_ = 0;
            current_file = name;
            lines_before = lines;
            // Only JSON lines come in pieces; a later piece no longer starts where the format is detected.
            const ArticleFormat format = lines ? ArticleFormat::jsonl : options_.format;
            read_articles(content, name, format, callbacks);
        },
        [&](const InputError& error) {
            unreadable_path_ = true;
            ++summary_.read;
            ++summary_.rejected;
            ++articles_;
            reject(error);
        });
    finished_bytes_ += file_bytes_;
    file_bytes_ = file_read_ = 0;
    summary_.bytes = finished_bytes_;
}

void ReindexPass::reject(const InputError& error) {
    std::lock_guard lock(reject_mutex_);
    if (options_.on_reject) options_.on_reject(error);
}

void ReindexPass::report_progress(bool last) {
    if (!options_.on_progress) return;
    const double t = now();
    if (!last && t - last_report_ < 0.1) return;
    last_report_ = t;
    ReindexProgress progress;
    progress.articles = articles_;
    progress.bytes = finished_bytes_ + file_read_;
    progress.total_bytes = total_bytes_;
    progress.seconds = t - start_;
    options_.on_progress(progress);
}

}  // namespace telusur
