#include "indexer/reindex_pass.hpp"

#include "corpus/article_reader.hpp"
#include "corpus/stable_hash.hpp"
#include "indexer/article_files.hpp"
#include "indexer/content_hash.hpp"
#include "indexer/document_builder.hpp"
#include "indexer/shard_queue.hpp"
#include "indexer/shard_writer.hpp"

#include <algorithm>
#include <chrono>
#include <deque>
#include <exception>
#include <memory>
#include <optional>
#include <thread>

namespace telusur {
namespace {

// Article text waiting for one shard's thread at most, whatever its batch: a bound on memory for archives of long
// articles.
constexpr std::uint64_t max_queued_bytes = 64 << 20;

double now() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void add_counts(ReindexSummary& summary, const WriteCounts& counts) {
    summary.read += counts.read;
    summary.added += counts.added;
    summary.updated += counts.updated;
    summary.unchanged += counts.unchanged;
    summary.removed += counts.removed;
}

}  // namespace

void ReindexPass::run(const std::vector<std::string>& paths, std::vector<Xapian::WritableDatabase>& shards,
                      const std::vector<std::string>& shard_names, unsigned threads,
                      const BuildPipeline::MakeAnalysis& make_analysis, bool prune) {
    start_ = now();
    total_bytes_ = article_file_bytes(paths);
    auto finish = [&](ShardWriter& writer) {
        writer.finish(prune && !unreadable_path_);
        add_counts(summary_, writer.counts());
    };

    if (shards.size() == 1) {
        ShardWriter writer(shards[0], shard_names[0], options_.commit_every, threads, make_analysis, prune);
        read(paths, [&](Article&& article) { writer.add(std::move(article)); });
        finish(writer);
    } else {
        // Commits are per shard: each commits after its share of commit_every, and can queue as many.
        const std::size_t shard_batch = options_.commit_every / shards.size() + 1;
        std::deque<ShardQueue> queues;  // a deque: queues stay where they are built
        for (std::size_t s = 0; s < shards.size(); ++s) queues.emplace_back(shard_batch, max_queued_bytes);
        std::vector<std::exception_ptr> errors(shards.size());
        std::vector<WriteCounts> counts(shards.size());
        std::vector<std::thread> workers;
        for (std::size_t s = 0; s < shards.size(); ++s) {
            workers.emplace_back([&, s] {
                try {
                    ShardWriter writer(shards[s], shard_names[s], shard_batch,
                                       std::max<unsigned>(1, threads / shards.size()), make_analysis, prune);
                    while (auto article = queues[s].pop()) writer.add(std::move(*article));
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
            read(paths, [&](Article&& article) {
                queues[stable_hash::fnv1a(article.id) % shards.size()].push(std::move(article));
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
    callbacks.reject = [&](const InputError& error, std::string_view input) {
        if (lines_before && error.line())
            reject(InputError(error.file(), lines_before + error.line(), error.reason()), input);
        else
            reject(error, input);
    };
    callbacks.article = [&](Article&& article, std::size_t line, std::string_view input) {
        file_read_ = std::min(file_bytes_, file_read_ + text_bytes(article));
        // Refused here, while the input it came from is at hand for on_reject_input.
        if (const auto reason = DocumentBuilder::refusal(article)) {
            reject(InputError(current_file, lines_before + line, *reason), input);
        } else {
            ++articles_;
            route(std::move(article));
        }
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
            reject(error, {});
        });
    finished_bytes_ += file_bytes_;
    file_bytes_ = file_read_ = 0;
    summary_.bytes = finished_bytes_;
}

void ReindexPass::reject(const InputError& error, std::string_view input) {
    ++summary_.read;
    ++summary_.rejected;
    ++articles_;
    if (options_.on_reject) options_.on_reject(error);
    if (options_.on_reject_input) options_.on_reject_input(error, input);
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
