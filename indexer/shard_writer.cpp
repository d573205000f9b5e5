#include "indexer/shard_writer.hpp"

#include "corpus/stable_hash.hpp"
#include "indexer/content_hash.hpp"
#include "indexer/document_builder.hpp"
#include "indexer/near_duplicates.hpp"
#include "indexer/schema.hpp"

#include <algorithm>

namespace telusur {
namespace {

// Articles in flight per analysis thread: enough to keep every thread busy while the writer catches up.
constexpr std::size_t window_per_thread = 32;

}  // namespace

ShardWriter::ShardWriter(Xapian::WritableDatabase& db, const std::string& name, std::size_t commit_every,
                         unsigned threads, const BuildPipeline::MakeAnalysis& make_analysis, bool prune)
    : db_(db),
      name_(name),
      commit_every_(std::max<std::size_t>(commit_every, 1)),
      prune_(prune),
      pipeline_(threads, make_analysis, [this](BuildJob& job) { write(job); }, threads * window_per_thread) {
    try {
        written_bands_ = near_duplicates::BandFilter::for_empty(db_);
    } catch (const Xapian::Error& e) {
        fail(e, "cannot read the index");
    }
}

void ShardWriter::add(Article&& article) {
    ++counts_.read;
    if (prune_) seen_.insert(stable_hash::fnv1a(article.id));
    std::string hash = content_hash(article);
    if (stored_hash(article.id) == hash) {
        ++counts_.unchanged;
        return;
    }
    auto& [latest, count] = in_flight_[article.id];
    latest = std::move(hash);
    ++count;
    pipeline_.submit({std::move(article), {}});
}

// The hash of the article with this id as it will be once what is in flight is written.
std::string ShardWriter::stored_hash(const std::string& id) {
    if (const auto it = in_flight_.find(id); it != in_flight_.end()) return it->second.first;
    try {
        const std::string term = DocumentBuilder::id_term(id);
        const Xapian::PostingIterator posting = db_.postlist_begin(term);
        if (posting == db_.postlist_end(term)) return {};
        return db_.get_document(*posting, Xapian::DOC_ASSUME_VALID).get_value(schema::content_hash_slot);
    } catch (const Xapian::Error& e) {
        fail(e, "cannot read the index");
    }
}

void ShardWriter::write(BuildJob& job) {
    if (const auto it = in_flight_.find(job.article.id); it != in_flight_.end() && --it->second.second == 0)
        in_flight_.erase(it);
    try {
        const std::string term = DocumentBuilder::id_term(job.article.id);
        const bool present = db_.term_exists(term);
        // Near-duplicates are found among the articles of this shard (all of them, for an unsharded index).
        near_duplicates::assign_cluster(db_, job.document, term, written_bands_.get());
        db_.replace_document(term, job.document);
        ++(present ? counts_.updated : counts_.added);
    } catch (const Xapian::Error& e) {
        fail(e, "cannot write an article");
    }
    counted_change();
}

void ShardWriter::finish(bool remove_unseen) {
    pipeline_.drain();
    if (remove_unseen) {
        const std::string prefix(schema::id_prefix);
        try {
            commit();  // the id terms are read from what is committed
            std::vector<std::string> unseen;
            for (auto term = db_.allterms_begin(prefix); term != db_.allterms_end(prefix); ++term)
                if (!seen_.count(stable_hash::fnv1a(std::string_view(*term).substr(prefix.size())))) unseen.push_back(*term);
            for (const std::string& term : unseen) {
                db_.delete_document(term);
                ++counts_.removed;
                counted_change();
            }
        } catch (const Xapian::Error& e) {
            fail(e, "cannot remove articles");
        }
    }
    commit();
}

void ShardWriter::counted_change() {
    if (++uncommitted_ >= commit_every_) commit();
}

void ShardWriter::commit() {
    try {
        db_.commit();
        uncommitted_ = 0;
    } catch (const Xapian::Error& e) {
        fail(e, "cannot commit");
    }
}

void ShardWriter::fail(const Xapian::Error& e, const char* doing) const {
    throw DatabaseError(name_ + ": " + doing + ": " + e.get_description());
}

}  // namespace telusur
