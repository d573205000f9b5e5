// One pass of a reindex: reads the input once and hands each article to the writer of its shard (chosen by its id,
// so the same id always meets the same shard, in input order). One shard: its writer runs here, with analysis on
// `threads` threads. Several: each writer has a thread of its own, so the writes run in parallel as well, and
// analyses its articles there (or on threads / shards threads of its own, when there are more threads than shards).
#pragma once

#include "indexer/build_pipeline.hpp"

#include <telusur/reindex.hpp>

#include <xapian.h>

#include <functional>
#include <string_view>
#include <string>
#include <vector>

namespace telusur {

class ReindexPass {
public:
    ReindexPass(const ReindexOptions& options, ReindexSummary& summary) : options_(options), summary_(summary) {}

    // Reads every path and brings the shards up to date; with `prune`, then removes what the input lacks (unless a
    // path could not be read: summary.prune_skipped). Commits at the end.
    void run(const std::vector<std::string>& paths, std::vector<Xapian::WritableDatabase>& shards,
             const std::vector<std::string>& shard_names, unsigned threads,
             const BuildPipeline::MakeAnalysis& make_analysis, bool prune);

private:
    using Route = std::function<void(Article&&)>;
    // Reads every path, rejecting what cannot be indexed, and routes the rest.
    void read(const std::vector<std::string>& paths, const Route& route);
    void reject(const InputError& error, std::string_view input);
    void report_progress(bool last);

    const ReindexOptions& options_;
    ReindexSummary& summary_;
    bool unreadable_path_ = false;
    // Progress: bytes of all input, of the files finished, of the one being read, and read of it (estimated).
    std::uint64_t total_bytes_ = 0, finished_bytes_ = 0, file_bytes_ = 0, file_read_ = 0;
    std::size_t articles_ = 0;
    double start_ = 0, last_report_ = -1;
};

}  // namespace telusur
