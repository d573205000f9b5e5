// Indexer: writes Articles into a telusur index (one Xapian database on disk).
#pragma once

#include <telusur/article.hpp>
#include <telusur/error.hpp>

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace telusur {

// Articles written between commits, unless asked otherwise. A batch bounds memory (Xapian buffers what it has not
// committed) and the work a killed job loses; past a couple of thousand articles larger batches are not faster but
// slower (Xapian's buffers outgrow the processor's caches: a two-shard rebuild of click-id took about a sixth less
// processor time at 2,000 than at 10,000, benchmarks/reindex/RESULTS.md).
inline constexpr std::size_t default_commit_every = 2000;

struct IndexOptions {
    ArticleFormat format = ArticleFormat::detect;
    // Called for every article or file that cannot be indexed; the run goes on. Default: ignore.
    std::function<void(const InputError&)> on_reject;
    // Also called for every rejected article, with the input it was read from, as read: its JSON line, or the whole
    // file (empty when the file could not be read). For keeping rejects to repair them (telusur index --rejects).
    std::function<void(const InputError&, std::string_view input)> on_reject_input;
    std::size_t commit_every = default_commit_every;  // articles between commits
};

// How an index analyses text. Fixed when the index is created: the index records it and refuses other settings.
struct IndexSettings {
    // full (derivational, the default for a new index), light (particles and possessives only), or snowball (the
    // baseline). Empty: what the index was built with, or full for a new one.
    std::string stemmer;
    // More places and agencies, in the formats of indexer/data/gazetteer/README.md.
    std::vector<std::string> gazetteer_files;
};

struct IndexSummary {
    std::size_t read = 0;      // articles read, good or bad
    std::size_t indexed = 0;   // articles written (new or replacing)
    std::size_t replaced = 0;  // of those, how many replaced an article with the same id
    std::size_t rejected = 0;  // articles (or whole files) that could not be indexed
    double seconds = 0;
    double docs_per_second() const { return seconds > 0 ? static_cast<double>(indexed) / seconds : 0; }
};

class Indexer {
public:
    // Opens the index in `directory` for writing, creating it if needed. Throws DatabaseError if it cannot be
    // opened (another writer holds its lock, it is not a telusur index, it was built with another stemmer).
    explicit Indexer(const std::string& directory, const IndexSettings& settings = {});
    ~Indexer();  // commits what was added
    Indexer(const Indexer&) = delete;
    Indexer& operator=(const Indexer&) = delete;

    // Adds one article, replacing any with the same id. Returns true if it replaced one. Throws InputError if the
    // article cannot be indexed (no id, no body).
    bool add(const Article& article);

    // Reads and adds every article in the files, directories (recursively) and "-" (standard input) given.
    // Unreadable paths and bad articles go to options.on_reject and are counted; they never stop the run.
    // The first call that writes articles into an empty index then compacts it into a new generation of the
    // directory (smaller, quicker to search; left as written if it cannot be) and writes on into that.
    IndexSummary index_paths(const std::vector<std::string>& paths, const IndexOptions& options = {});

    // Removes the article with this id, if the index holds it (also one added since the last commit). Returns
    // whether it did; searchers see the removal after commit().
    bool remove(const std::string& id);

    // Makes everything added or removed so far durable and visible to searchers.
    void commit();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace telusur
