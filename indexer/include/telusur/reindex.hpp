// Batch reindexing: bring an index up to date with a collection of article files, safely while people search it.
// Incremental by default (new articles added, changed ones replaced, unchanged ones skipped by a content hash before
// any analysis); a full rebuild writes a new index beside the live one, compacts it, and switches to it atomically.
// A job killed at any point leaves the index as at its last commit, and running it again finishes the work.
#pragma once

#include <telusur/article.hpp>
#include <telusur/error.hpp>
#include <telusur/indexer.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace telusur {

struct ReindexProgress {
    std::size_t articles = 0;        // read so far
    std::uint64_t bytes = 0;         // of input read so far
    std::uint64_t total_bytes = 0;   // of all the input files (0 when unknown: standard input)
    double seconds = 0;
};

struct ReindexOptions {
    ArticleFormat format = ArticleFormat::detect;
    // Called for every article or file that cannot be indexed; the run goes on.
    std::function<void(const InputError&)> on_reject;
    // Also called for every rejected article, with the input it was read from, as read (as IndexOptions has it:
    // its JSON line, or the whole file; empty when the file could not be read). For telusur reindex --rejects.
    // Called on the thread that reads, in input order.
    std::function<void(const InputError&, std::string_view input)> on_reject_input;
    // Remove articles whose ids are not in the input. Skipped (ReindexSummary::prune_skipped) when a path could
    // not be read, so an unreadable directory never empties an index.
    bool prune = false;
    // Rebuild from the input alone into a new index, then switch to it. Also done without asking when the index
    // was built with another schema, stemmer or gazetteer than this program would use.
    bool full = false;
    // Threads that analyse articles; 0: one per hardware thread. Writing is always one thread, in input order.
    unsigned jobs = 0;
    // Shards a full rebuild splits the index into (articles assigned by a hash of their id), written in parallel,
    // one thread each; Xapian searches them as one database, ranking as one would (near-duplicates, though, are
    // recognised only within a shard, so two copies of a story in different shards stay apart). 0: as many as the index has
    // (1 for a new index); another number than the index has means a full rebuild.
    unsigned shards = 0;
    // Articles written between commits (see default_commit_every).
    std::size_t commit_every = default_commit_every;
    // Called on the calling thread about ten times a second, and once at the end.
    std::function<void(const ReindexProgress&)> on_progress;
};

struct ReindexSummary {
    std::size_t read = 0;       // articles read, good or bad: added + updated + unchanged + rejected
    std::size_t added = 0;      // new ids
    std::size_t updated = 0;    // ids present with other content, replaced
    std::size_t unchanged = 0;  // ids present with the same content, skipped
    std::size_t removed = 0;    // pruned: in the index, not in the input
    std::size_t rejected = 0;   // articles (or whole files) that could not be indexed
    bool prune_skipped = false; // --prune was asked but a path could not be read
    std::string rebuilt;        // why a full rebuild ran ("asked", "stemmer changed ..."); empty if incremental
    std::uint64_t bytes = 0;    // input read
    unsigned jobs = 0;          // analysis threads used
    unsigned shards = 0;        // shards of the index written
    double seconds = 0;
};

// Brings the index in `directory` (created if absent) up to date with the articles in `paths` (files, directories
// read recursively, "-" for standard input). Settings as for Indexer; an existing index keeps its stemmer unless
// one is given, and a different one means a full rebuild. Throws DatabaseError if the index cannot be written
// (another writer holds it), ArgumentError for an unknown stemmer.
ReindexSummary reindex(const std::string& directory, const std::vector<std::string>& paths,
                       const IndexSettings& settings = {}, const ReindexOptions& options = {});

// Rewrites the index in `directory` at its smallest (Xapian's compactor, for read-only archives) into a new
// generation and switches to it, like a full rebuild; a sharded index becomes one database. Returns the size in
// bytes before and after.
std::pair<std::uint64_t, std::uint64_t> compact_index(const std::string& directory);

struct RemovalSummary {
    std::size_t removed = 0;           // articles taken out
    std::vector<std::string> missing;  // ids the index did not hold, in the order given (an id given twice counts once)
};

// Removes the articles with these ids from the index in `directory` (a takedown, a retraction, an article filed
// twice under two ids), from whichever shard holds each, and commits: searchers opened from then on never see them,
// nor their words among the spelling suggestions. Throws DatabaseError if there is no index there, it is not a
// telusur index, or another writer holds it; killed midway, running it again finishes the work.
RemovalSummary remove_articles(const std::string& directory, const std::vector<std::string>& ids);

}  // namespace telusur
