// One pass of a reindex: reads the input once and brings one writable database up to date with it. Each article's
// content hash is compared with the stored one before any analysis, so unchanged articles cost a lookup; the rest
// are built on the pipeline's threads and written here, in input order, committed every commit_every writes.
#pragma once

#include "indexer/build_pipeline.hpp"

#include <telusur/reindex.hpp>

#include <xapian.h>

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace telusur {

class ReindexPass {
public:
    ReindexPass(Xapian::WritableDatabase& db, const std::string& directory, const ReindexOptions& options,
                ReindexSummary& summary);

    // Reads every path and writes what changed; with `prune`, then removes what the input lacks. Commits at the end.
    void run(const std::vector<std::string>& paths, unsigned threads, const BuildPipeline::MakeAnalysis& make_analysis,
             bool prune);

private:
    void read(Article&& article, const std::string& file, std::size_t line);
    void write(BuildJob& job);
    void reject(const InputError& error);
    std::string stored_hash(const std::string& id);
    void prune_unseen();
    void commit();
    void report_progress(bool last);

    Xapian::WritableDatabase& db_;
    const std::string& directory_;
    const ReindexOptions& options_;
    ReindexSummary& summary_;
    BuildPipeline* pipeline_ = nullptr;
    // Ids submitted and not yet written, with the hash of the latest version and how many are in flight: a second
    // copy of an id compares with the first, not with the index.
    std::unordered_map<std::string, std::pair<std::string, unsigned>> in_flight_;
    std::unordered_set<std::uint64_t> seen_;  // fnv1a of every id read, for prune (8 bytes an article)
    std::size_t uncommitted_ = 0;
    bool prune_ = false;
    bool unreadable_path_ = false;
    // Progress: bytes of the files finished, of the one being read, and read of it (estimated from its articles).
    std::uint64_t total_bytes_ = 0, finished_bytes_ = 0, file_bytes_ = 0, file_read_ = 0;
    double last_report_ = -1;
    double start_ = 0;
};

}  // namespace telusur
