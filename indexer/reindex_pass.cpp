#include "indexer/reindex_pass.hpp"

#include "corpus/article_reader.hpp"
#include "indexer/article_files.hpp"
#include "indexer/content_hash.hpp"
#include "indexer/document_builder.hpp"
#include "indexer/schema.hpp"

#include <algorithm>
#include <chrono>

namespace telusur {
namespace {

// Articles in flight per analysis thread: enough to keep every thread busy while the writer catches up.
constexpr std::size_t window_per_thread = 32;

double now() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::uint64_t text_bytes(const Article& a) {
    return a.id.size() + a.title.size() + a.body.size() + a.date.size() + a.source.size() + a.url.size() +
           a.dateline.size();
}

}  // namespace

ReindexPass::ReindexPass(Xapian::WritableDatabase& db, const std::string& directory, const ReindexOptions& options,
                         ReindexSummary& summary)
    : db_(db), directory_(directory), options_(options), summary_(summary), start_(now()) {}

void ReindexPass::run(const std::vector<std::string>& paths, unsigned threads,
                      const BuildPipeline::MakeAnalysis& make_analysis, bool prune) {
    prune_ = prune;
    total_bytes_ = article_file_bytes(paths);
    BuildPipeline pipeline(threads, make_analysis, [this](BuildJob& job) { write(job); }, threads * window_per_thread);
    pipeline_ = &pipeline;
    std::string current_file;
    ReadCallbacks callbacks;
    callbacks.reject = [this](const InputError& error) {
        ++summary_.read;
        reject(error);
    };
    callbacks.article = [&](Article&& article, std::size_t line) { read(std::move(article), current_file, line); };
    for_each_article_file(
        paths,
        [&](const std::string& name, const std::string& content) {
            finished_bytes_ += file_bytes_;
            file_bytes_ = content.size();
            file_read_ = 0;
            current_file = name;
            read_articles(content, name, options_.format, callbacks);
        },
        [&](const InputError& error) {
            unreadable_path_ = true;
            ++summary_.read;
            reject(error);
        });
    pipeline.drain();
    pipeline_ = nullptr;
    finished_bytes_ += file_bytes_;
    file_bytes_ = file_read_ = 0;
    summary_.bytes = finished_bytes_;
    if (prune && unreadable_path_) summary_.prune_skipped = true;
    else if (prune) prune_unseen();
    commit();
    report_progress(true);
}

void ReindexPass::read(Article&& article, const std::string& file, std::size_t line) {
    ++summary_.read;
    file_read_ = std::min(file_bytes_, file_read_ + text_bytes(article));
    if (prune_) seen_.insert(fnv1a(article.id));
    std::string hash = content_hash(article);
    if (!article.id.empty() && stored_hash(article.id) == hash) {
        ++summary_.unchanged;
    } else {
        auto& [latest, count] = in_flight_[article.id];
        latest = std::move(hash);
        ++count;
        pipeline_->submit({std::move(article), file, line, {}, {}});
    }
    report_progress(false);
}

// The hash of the article with this id as it will be once what is in flight is written.
std::string ReindexPass::stored_hash(const std::string& id) {
    if (const auto it = in_flight_.find(id); it != in_flight_.end()) return it->second.first;
    try {
        const std::string term = DocumentBuilder::id_term(id);
        const Xapian::PostingIterator posting = db_.postlist_begin(term);
        if (posting == db_.postlist_end(term)) return {};
        return db_.get_document(*posting, Xapian::DOC_ASSUME_VALID).get_value(schema::content_hash_slot);
    } catch (const Xapian::Error& e) {
        throw DatabaseError(directory_ + ": cannot read the index: " + e.get_description());
    }
}

void ReindexPass::write(BuildJob& job) {
    if (const auto it = in_flight_.find(job.article.id); it != in_flight_.end() && --it->second.second == 0)
        in_flight_.erase(it);
    if (job.refused) {
        reject(*job.refused);
        return;
    }
    try {
        const std::string term = DocumentBuilder::id_term(job.article.id);
        const bool present = db_.term_exists(term);
        db_.replace_document(term, job.document);
        ++(present ? summary_.updated : summary_.added);
    } catch (const Xapian::Error& e) {
        throw DatabaseError(directory_ + ": cannot write an article: " + e.get_description());
    }
    if (++uncommitted_ >= std::max<std::size_t>(options_.commit_every, 1)) commit();
}

void ReindexPass::reject(const InputError& error) {
    ++summary_.rejected;
    if (options_.on_reject) options_.on_reject(error);
}

void ReindexPass::prune_unseen() {
    const std::string prefix(schema::id_prefix);
    try {
        std::vector<std::string> unseen;
        for (auto term = db_.allterms_begin(prefix); term != db_.allterms_end(prefix); ++term)
            if (!seen_.count(fnv1a(std::string_view(*term).substr(prefix.size())))) unseen.push_back(*term);
        for (const std::string& term : unseen) {
            db_.delete_document(term);
            ++summary_.removed;
            if (++uncommitted_ >= std::max<std::size_t>(options_.commit_every, 1)) commit();
        }
    } catch (const Xapian::Error& e) {
        throw DatabaseError(directory_ + ": cannot remove articles: " + e.get_description());
    }
}

void ReindexPass::commit() {
    try {
        db_.commit();
        uncommitted_ = 0;
    } catch (const Xapian::Error& e) {
        throw DatabaseError(directory_ + ": cannot commit: " + e.get_description());
    }
}

void ReindexPass::report_progress(bool last) {
    if (!options_.on_progress) return;
    const double t = now();
    if (!last && t - last_report_ < 0.1) return;
    last_report_ = t;
    ReindexProgress progress;
    progress.articles = summary_.read;
    progress.bytes = finished_bytes_ + file_read_;
    progress.total_bytes = total_bytes_;
    progress.seconds = t - start_;
    options_.on_progress(progress);
}

}  // namespace telusur
