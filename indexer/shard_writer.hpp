// ShardWriter: brings one writable database (a whole index, or one shard of it) up to date, article by article.
// Each article's content hash is compared with the stored one before any analysis, so an unchanged article costs a
// lookup; the rest are built on a BuildPipeline and written in the order they came, committed every commit_every.
#pragma once

#include "indexer/band_filter.hpp"
#include "indexer/build_pipeline.hpp"

#include <telusur/reindex.hpp>

#include <xapian.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace telusur {

struct WriteCounts {
    std::size_t read = 0, added = 0, updated = 0, unchanged = 0, removed = 0;
};

class ShardWriter {
public:
    // `threads` analyse articles for this writer (1: on the calling thread). With `prune`, the ids added are
    // remembered (8 bytes each) so finish() can remove the others.
    ShardWriter(Xapian::WritableDatabase& db, const std::string& name, std::size_t commit_every, unsigned threads,
                const BuildPipeline::MakeAnalysis& make_analysis, bool prune);

    // An article DocumentBuilder::refusal accepts.
    void add(Article&& article);

    // Writes what is in flight; with remove_unseen, removes the articles whose ids add() never saw; commits.
    void finish(bool remove_unseen);

    const WriteCounts& counts() const { return counts_; }

private:
    std::string stored_hash(const std::string& id);
    void write(BuildJob& job);
    void counted_change();
    void commit();
    [[noreturn]] void fail(const Xapian::Error& e, const char* doing) const;

    Xapian::WritableDatabase& db_;
    std::string name_;
    std::size_t commit_every_;
    bool prune_;
    WriteCounts counts_;
    // Ids submitted and not yet written, with the hash of the latest version and how many are in flight: a second
    // copy of an id compares with the first, not with the index.
    std::unordered_map<std::string, std::pair<std::string, unsigned>> in_flight_;
    std::unordered_set<std::uint64_t> seen_;  // fnv1a of every id, for prune
    // The near-duplicate bands written, when the database started empty (a full rebuild, a new index).
    std::unique_ptr<near_duplicates::BandFilter> written_bands_;
    std::size_t uncommitted_ = 0;
    BuildPipeline pipeline_;  // last: its threads stop before what write() uses goes
};

}  // namespace telusur
