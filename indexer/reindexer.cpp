// reindex() and compact_index(): which database a job writes (the live one, or a new generation to switch to), and
// when the analysis has changed so much that only a full rebuild will do.
#include <telusur/reindex.hpp>

#include "indexer/analysis.hpp"
#include "indexer/compaction.hpp"
#include "indexer/database.hpp"
#include "indexer/index_layout.hpp"
#include "indexer/reindex_pass.hpp"
#include "indexer/schema.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <thread>

namespace telusur {
namespace {

namespace fs = std::filesystem;

// The stemmer choice (full, light, snowball) for this job: the one asked for, else the index's own. An index built
// by another version of a stemmer gets this program's version of the same mode, which forces a rebuild.
std::string stemmer_choice(const IndexSettings& settings, const std::optional<IndexProfile>& recorded) {
    if (!settings.stemmer.empty()) return settings.stemmer;
    if (!recorded || recorded->stemmer.empty()) return "full";
    if (recorded->stemmer.starts_with("snowball")) return "snowball";
    return recorded->stemmer.find("/light/") != std::string::npos ? "light" : "full";
}

// Why the index must be rebuilt rather than updated in place; empty when an update will do.
std::string rebuild_reason(const ReindexOptions& options, const std::optional<IndexProfile>& recorded,
                           const IndexProfile& wanted, std::size_t live_shards) {
    if (!recorded) return "new index";
    if (options.full) return "asked";
    if (options.shards && options.shards != live_shards)
        return std::to_string(live_shards) + " shards -> " + std::to_string(options.shards);
    if (recorded->schema != wanted.schema) return "schema " + recorded->schema + " -> " + wanted.schema;
    if (recorded->stemmer != wanted.stemmer) return "stemmer " + recorded->stemmer + " -> " + wanted.stemmer;
    if (recorded->gazetteer != wanted.gazetteer) return "the gazetteer changed";
    if (recorded->spelling != wanted.spelling) return "the spelling variants or function words changed";
    return {};
}

bool same_analysis(const IndexProfile& a, const IndexProfile& b) {
    return a.schema == b.schema && a.stemmer == b.stemmer && a.gazetteer == b.gazetteer && a.spelling == b.spelling;
}

// The generation to build: one a killed rebuild left with the same analysis (resumed: what it committed is kept
// and checked by hash like any update), or a new one. Other leftovers are removed when we hold the live lock.
std::string generation_to_build(const std::string& directory, const IndexProfile& wanted, unsigned shards,
                                bool holding_lock) {
    std::string chosen;
    for (const std::string& generation : layout::unfinished_generations(directory)) {
        const auto recorded = existing_profile(generation);
        if (chosen.empty() && recorded && same_analysis(*recorded, wanted) &&
            layout::shards_of(generation).size() == shards) {
            chosen = generation;
        } else if (holding_lock) {
            std::error_code ec;
            fs::remove_all(generation, ec);
        }
    }
    return chosen.empty() ? layout::next_generation(directory) : chosen;
}

std::uint64_t bytes_under(const std::string& directory) {
    std::uint64_t bytes = 0;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec)) bytes += it->file_size(ec);
    return bytes;
}

// Opens every shard for writing, checking (or, when new, recording) the analysis.
std::vector<Xapian::WritableDatabase> open_shards(const std::vector<std::string>& shards, const IndexProfile& wanted) {
    std::vector<Xapian::WritableDatabase> opened;
    for (const std::string& shard : shards) opened.push_back(open_index_for_writing(shard, wanted));
    return opened;
}

void close(Xapian::WritableDatabase& db) {
    try {
        db.close();
    } catch (const Xapian::Error&) {  // its files may be gone already; nothing was left to write
    }
}

// What one job reads and how it analyses it.
struct Job {
    const std::vector<std::string>& paths;
    const ReindexOptions& options;
    BuildPipeline::MakeAnalysis make_analysis;
    IndexProfile wanted;
};

// Brings the live shards up to date where they are.
void update(const std::vector<std::string>& live_shards, const Job& job, ReindexSummary& summary) {
    summary.shards = static_cast<unsigned>(live_shards.size());
    auto shards = open_shards(live_shards, job.wanted);
    ReindexPass(job.options, summary)
        .run(job.paths, shards, live_shards, summary.jobs, job.make_analysis, job.options.prune);
}

// Builds a new generation from the input alone (or finishes one a killed rebuild left), then switches to it.
void rebuild(const std::string& directory, const std::vector<std::string>& live_shards, const Job& job,
             ReindexSummary& summary) {
    // The live index is locked for the whole rebuild: no other writer may add to what is about to be replaced.
    std::vector<Xapian::WritableDatabase> live_locks;
    for (const std::string& shard : live_shards) live_locks.push_back(open_existing_for_writing(shard));
    summary.shards = job.options.shards ? job.options.shards : std::max<unsigned>(1, live_shards.size());
    fs::create_directories(directory);
    const std::string target = generation_to_build(directory, job.wanted, summary.shards, !live_locks.empty());
    {
        const std::vector<std::string> names = layout::make_shards(target, summary.shards);
        auto shards = open_shards(names, job.wanted);
        // Prune: a resumed generation may hold articles a changed input no longer has.
        ReindexPass(job.options, summary).run(job.paths, shards, names, summary.jobs, job.make_analysis, true);
    }
    if (summary.prune_skipped && !live_locks.empty())
        throw DatabaseError(directory + ": an input path could not be read, so the rebuild was not switched in "
                            "(the index is unchanged; run again when the input is readable)");
    summary.prune_skipped = false;
    // The rebuilt generation goes live compacted (indexer/compaction.hpp), or as written if it cannot be.
    const std::string compacted = layout::next_generation(directory);
    if (write_compacted(target, compacted)) {
        layout::switch_to(directory, compacted);
        std::error_code ec;
        fs::remove_all(target, ec);
    } else {
        layout::switch_to(directory, target);
    }
    for (auto& lock : live_locks) close(lock);
}

}  // namespace

ReindexSummary reindex(const std::string& directory, const std::vector<std::string>& paths,
                       const IndexSettings& settings, const ReindexOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    const std::string live = layout::live_database(directory);
    const std::optional<IndexProfile> recorded = live.empty() ? std::nullopt : existing_profile(directory);
    if (!live.empty() && !recorded)  // not a telusur index: opening it says why
        open_index_for_writing(directory, {});

    const std::string choice = stemmer_choice(settings, recorded);
    const std::vector<std::string> gazetteer_files =
        settings.gazetteer_files.empty() && recorded ? recorded->gazetteer_files : settings.gazetteer_files;
    Job job{paths, options, [&] { return std::make_unique<Analysis>(stemmer_for(choice), gazetteer_files); }, {}};
    job.wanted = profile_of(*job.make_analysis(), gazetteer_files);

    const std::vector<std::string> live_shards = live.empty() ? std::vector<std::string>{} : layout::shards_of(live);
    ReindexSummary summary;
    summary.jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    summary.rebuilt = rebuild_reason(options, recorded, job.wanted, live_shards.size());
    if (summary.rebuilt.empty()) update(live_shards, job, summary);
    else rebuild(directory, live_shards, job, summary);
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

std::pair<std::uint64_t, std::uint64_t> compact_index(const std::string& directory) {
    const std::string live = layout::live_database(directory);
    if (live.empty()) throw DatabaseError(directory + ": no index here");
    std::vector<Xapian::WritableDatabase> locks;  // held throughout: no other writer adds to what is replaced
    for (const std::string& shard : layout::shards_of(live)) locks.push_back(open_existing_for_writing(shard));
    IndexProfile recorded;
    open_index_for_reading(directory, recorded);  // refuses what is not a telusur index
    const std::string target = generation_to_build(directory, {}, 1, true);
    const std::uint64_t before = bytes_under(live);
    try {
        Xapian::Database(live).compact(target, Xapian::Compactor::FULLER, schema::block_bytes);
    } catch (const Xapian::Error& e) {
        std::error_code ec;
        fs::remove_all(target, ec);
        throw DatabaseError(directory + ": cannot compact the index: " + e.get_description());
    }
    layout::switch_to(directory, target);
    for (auto& lock : locks) close(lock);
    return {before, bytes_under(target)};
}

}  // namespace telusur
