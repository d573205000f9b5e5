#include <telusur/indexer.hpp>

#include "corpus/article_reader.hpp"
#include "indexer/analysis.hpp"
#include "indexer/article_files.hpp"
#include "indexer/compaction.hpp"
#include "indexer/database.hpp"
#include "indexer/document_builder.hpp"
#include "indexer/near_duplicates.hpp"

#include <chrono>

namespace telusur {

namespace {

// The stemmer asked for; if none, the one the index was built with, or the full Indonesian stemmer for a new index.
std::unique_ptr<Stemmer> chosen_stemmer(const std::string& directory, const IndexSettings& settings) {
    if (!settings.stemmer.empty()) return stemmer_for(settings.stemmer);
    if (auto recorded = existing_profile(directory)) return stemmer_named(recorded->stemmer);
    return stemmer_for("full");
}

}  // namespace

struct Indexer::Impl {
    std::string directory;
    Analysis analysis;
    IndexProfile profile;
    DocumentBuilder builder{analysis.analyzer, analysis.tagger};
    Xapian::WritableDatabase db;
    std::size_t uncommitted = 0;
    // The near-duplicate bands written, when the index started empty.
    std::unique_ptr<near_duplicates::BandFilter> written_bands;
    // The index was empty when opened and no batch has been compacted yet.
    bool new_index = false;

    Impl(const std::string& dir, const IndexSettings& settings)
        : directory(dir),
          analysis(chosen_stemmer(dir, settings), settings.gazetteer_files),
          profile(profile_of(analysis, settings.gazetteer_files)),
          db(open_index_for_writing(dir, profile)) {
        try {
            written_bands = near_duplicates::BandFilter::for_empty(db);
            new_index = db.get_doccount() == 0;
        } catch (const Xapian::Error& e) {
            fail(e, "cannot read the index");
        }
    }

    // Rewrites a new index compactly once its first batch is in (indexer/compaction.hpp), holding its lock
    // throughout, then writes on into the compacted one. An index that cannot be compacted stays as written.
    void compact_new_index() {
        new_index = false;
        if (!compact_live(directory)) return;
        db.close();
        db = open_index_for_writing(directory, profile);
    }

    [[noreturn]] void fail(const Xapian::Error& e, const char* doing) const {
        throw DatabaseError(directory + ": " + doing + ": " + e.get_description());
    }
};

Indexer::Indexer(const std::string& directory, const IndexSettings& settings)
    : impl_(std::make_unique<Impl>(directory, settings)) {}

Indexer::~Indexer() {
    try {
        commit();
    } catch (...) {  // a destructor must not throw; callers who care about the last commit call commit() themselves
    }
}

bool Indexer::add(const Article& article) {
    Xapian::Document doc = impl_->builder.build(article);
    const std::string id_term = DocumentBuilder::id_term(article.id);
    try {
        // The writer sees what it has added since the last commit, so duplicates within a batch are found too.
        near_duplicates::assign_cluster(impl_->db, doc, id_term, impl_->written_bands.get());
        // replace_document by the id term adds the article, or replaces the one with that id; the count tells which.
        const Xapian::doccount before = impl_->db.get_doccount();
        impl_->db.replace_document(id_term, doc);
        ++impl_->uncommitted;
        return impl_->db.get_doccount() == before;
    } catch (const Xapian::Error& e) {
        impl_->fail(e, "cannot add an article");
    }
}

bool Indexer::remove(const std::string& id) {
    const std::string id_term = DocumentBuilder::id_term(id);
    try {
        if (!impl_->db.term_exists(id_term)) return false;
        impl_->db.delete_document(id_term);
        ++impl_->uncommitted;
        return true;
    } catch (const Xapian::Error& e) {
        impl_->fail(e, "cannot remove an article");
    }
}

void Indexer::commit() {
    if (impl_->uncommitted == 0) return;
    try {
        impl_->db.commit();
        impl_->uncommitted = 0;
    } catch (const Xapian::Error& e) {
        impl_->fail(e, "cannot commit");
    }
}

IndexSummary Indexer::index_paths(const std::vector<std::string>& paths, const IndexOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    IndexSummary summary;
    auto reject = [&](const InputError& error, std::string_view input) {
        ++summary.read;
        ++summary.rejected;
        if (options.on_reject) options.on_reject(error);
        if (options.on_reject_input) options.on_reject_input(error, input);
    };
    std::string current_file;
    std::size_t lines_before = 0;  // of the piece of the file being read
    ReadCallbacks callbacks;
    callbacks.reject = [&](const InputError& error, std::string_view input) {
        if (lines_before && error.line()) reject(InputError(error.file(), lines_before + error.line(), error.reason()), input);
        else reject(error, input);
    };
    callbacks.article = [&](Article&& article, std::size_t line, std::string_view input) {
        try {
            const bool replaced = add(article);
            ++summary.read;
            ++summary.indexed;
            summary.replaced += replaced ? 1 : 0;
        } catch (const InputError& e) {
            reject(InputError(current_file, lines_before + line, e.reason()), input);
        }
        if (options.commit_every && impl_->uncommitted >= options.commit_every) commit();
    };
    auto read = [&](const std::string& name, const std::string& content, std::size_t lines) {
        current_file = name;
        lines_before = lines;
        read_articles(content, name, options.format, callbacks);
    };
    auto unreadable = [&](const InputError& error) { reject(error, {}); };
    // Big JSON-lines files come in pieces, so memory follows commit_every, not the input; a file read as a page
    // is one article and is read whole.
    if (options.format == ArticleFormat::page)
        for_each_article_file(paths, [&](const std::string& name, const std::string& content) { read(name, content, 0); },
                              unreadable);
    else
        for_each_article_chunk(paths, article_chunk_bytes, read, unreadable);
    commit();
    if (impl_->new_index && summary.indexed > 0) impl_->compact_new_index();
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

}  // namespace telusur
