#include <telusur/searcher.hpp>

#include "indexer/analysis.hpp"
#include "indexer/database.hpp"
#include "indexer/document_builder.hpp"
#include "indexer/hit_card.hpp"
#include "indexer/schema.hpp"
#include "indexer/stored_body.hpp"
#include "searcher/facets.hpp"
#include "searcher/hit_snippet.hpp"
#include "searcher/ordering.hpp"
#include "searcher/query_parser.hpp"
#include "searcher/spelling.hpp"

#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>

namespace telusur {
namespace {

// Beyond this a page is a bulk export, not a search; Xapian would need to rank all of it in memory.
constexpr std::size_t max_limit = 10000;
// Matches counted exactly beyond the page, at least this many; past them the total is Xapian's estimate (marked
// so). Counting more stops Xapian ending a search early: 1000 cost about 0.2 ms on every click-id query.
constexpr Xapian::doccount exact_count_up_to = 100;
// A query of one place's or agency's name alone (kpk) is counted exactly this far: see ParsedQuery::one_entity.
constexpr Xapian::doccount one_entity_counted_up_to = 10000;
// Near-duplicates listed per hit; a story syndicated more widely than this is rare, and the list is for reading.
constexpr Xapian::doccount max_duplicates_listed = 50;
// Facets count at most this many articles with every word exactly; past it (a query matching much of the archive)
// the counts are scaled up to the estimated matches and marked as estimates. Counting costs about 2 us an article.
constexpr Xapian::doccount facets_counted_up_to = 10000;
// When no article has every word, the partial matches (for a long query, most of the archive) are sampled: counted
// only this far and scaled up, marked as estimates.
constexpr Xapian::doccount partial_facets_counted_up_to = 100;
// A read that a writer's commits overtake is read again on the newest revision, up to this many times: a writer
// committing small batches under load can overtake a few in a row.
constexpr int max_read_attempts = 10;

std::string iso_date(const std::string& compact) {  // "20201028" -> "2020-10-28"
    if (compact.size() != 8) return compact;
    return compact.substr(0, 4) + "-" + compact.substr(4, 2) + "-" + compact.substr(6, 2);
}

std::uint64_t directory_bytes(const std::string& directory) {
    std::uint64_t bytes = 0;
    std::error_code ec;
    for (std::filesystem::recursive_directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec)) bytes += it->file_size(ec);
    return bytes;
}

}  // namespace

struct Searcher::Impl {
    std::string directory;
    IndexProfile recorded;
    Xapian::Database db;
    Analysis analysis;  // as the index records it was built
    QueryParser parser{analysis, &db};
    std::optional<std::string> newest;  // the newest article's date in this revision, once a search needs it
    // The articles in a near-duplicate cluster in this revision, in order, read once: a few in a hundred, and opening
    // their posting list for every search cost a page a branch block and a leaf each time.
    std::optional<std::vector<Xapian::docid>> clustered_articles;
    // Some shards are remote: their servers run only Xapian's own match spies (found by the first search with facets).
    bool remote_shards = false;

    // Reads the index's newest revision.
    void reopen() {
        db.reopen();
        newest.reset();
        clustered_articles.reset();
    }

    // The date recency counts back from, found once per revision (edge_date reads the articles of the last year).
    const std::string& newest_date() {
        if (!newest) newest = edge_date(db, true);
        return *newest;
    }

    Impl(const std::string& dir, const SearchSettings& settings)
        : directory(dir),
          db(open_index_for_reading(dir, recorded)),
          analysis(stemmer_named(recorded.stemmer),
                   settings.gazetteer_files.empty() ? recorded.gazetteer_files : settings.gazetteer_files) {
        check_profile(dir, recorded, profile_of(analysis, settings.gazetteer_files));
    }

    // The other articles of `doc`'s near-duplicate cluster that match `query`, best first.
    std::vector<std::string> duplicates_of(const Xapian::Document& doc, const std::string& id,
                                           const Xapian::Query& query) {
        const std::string cluster = doc.get_value(schema::duplicate_slot);
        if (cluster.empty()) return {};
        const std::string cluster_term = schema::term(schema::cluster_prefix, cluster);
        if (db.get_termfreq(cluster_term) < 2) return {};
        Xapian::Enquire enquire(db);
        enquire.set_query(Xapian::Query(
            Xapian::Query::OP_AND_NOT, Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(cluster_term)),
            Xapian::Query(schema::term(schema::id_prefix, id))));
        std::vector<std::string> ids;
        const Xapian::MSet mset = enquire.get_mset(0, max_duplicates_listed);
        for (auto it = mset.begin(); it != mset.end(); ++it)
            ids.push_back(HitCard::decode(it.get_document().get_value(schema::hit_card_slot)).id);
        return ids;
    }

    // The articles of `ranked` that are in a near-duplicate cluster: few are, so they are found by the clustered
    // term's posting list rather than by reading every article's cluster value.
    std::set<Xapian::docid> clustered_among(const Xapian::MSet& ranked) {
        std::set<Xapian::docid> found;
        if (ranked.empty()) return found;
        if (!clustered_articles) {
            const std::string term(schema::clustered_term);
            clustered_articles.emplace();
            for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it)
                clustered_articles->push_back(*it);
        }
        for (auto it = ranked.begin(); it != ranked.end(); ++it)
            if (std::binary_search(clustered_articles->begin(), clustered_articles->end(), *it)) found.insert(*it);
        return found;
    }

    // Whether collapsing near-duplicates would change `ranked`, a match set ranked without collapsing from the first
    // match (`clustered`: its articles in a cluster): two of its articles share a cluster, or its count is exact and
    // two clustered articles match (the collapsed count would be smaller). An estimated count stays one, of
    // articles rather than hits.
    bool folds(const Xapian::Query& query, const Xapian::MSet& ranked, const std::set<Xapian::docid>& clustered) {
        std::set<std::string> clusters;
        for (const Xapian::docid id : clustered)
            if (!clusters.insert(db.get_document(id).get_value(schema::duplicate_slot)).second) return true;
        if (ranked.get_matches_lower_bound() != ranked.get_matches_upper_bound()) return false;
        // Every match ranked (no match at all, or fewer than a page): the clusters above were all there are.
        if (ranked.size() == ranked.get_matches_upper_bound()) return false;
        Xapian::Enquire enquire(db);
        enquire.set_query(
            Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(std::string(schema::clustered_term))));
        return enquire.get_mset(0, 0, 2).get_matches_lower_bound() >= 2;
    }

    // `clustered`: the article is in a near-duplicate cluster, whose other matching articles it lists.
    Hit make_hit(const Xapian::Document& doc, const Xapian::MSetIterator& match, std::size_t rank,
                 const Xapian::Query& query, const SearchOptions& options, bool clustered) {
        Hit hit;
        hit.rank = rank;
        hit.score = match.get_weight();
        HitCard card = HitCard::decode(doc.get_value(schema::hit_card_slot));
        hit.id = std::move(card.id);
        hit.title = std::move(card.title);
        hit.date = iso_date(card.date);
        hit.source = std::move(card.source);
        hit.url = std::move(card.url);
        hit.dateline = std::move(card.dateline);
        hit.places = schema::listed_names(card.places);
        hit.agencies = schema::listed_names(card.agencies);
        if (options.collapse_duplicates && clustered) hit.duplicates = duplicates_of(doc, hit.id, query);
        return hit;
    }

    IndexStats stats();
    std::optional<Article> article(const std::string& id);

    // Runs `read` on the index, again on its newest revision when a writer's commit overwrote what it was reading.
    template <class Read>
    auto read_retrying(Read read) {
        for (int attempt = 0;; ++attempt) {
            try {
                if (attempt > 0) reopen();  // as in search(): a writer committed while we read
                return read();
            } catch (const Xapian::DatabaseModifiedError&) {
                if (attempt == max_read_attempts)
                    throw DatabaseError(directory + ": the index kept changing while reading it");
            } catch (const Xapian::Error& e) {
                throw DatabaseError(directory + ": cannot read the index: " + e.get_description());
            }
        }
    }

    // The results for `query`, with its spelling suggestion if `suggest`.
    Results run(std::string_view query, const SearchOptions& options, bool suggest) {
        std::optional<Xapian::MSet> searched;
        Results results = rank(query, options, searched);
        if (!suggest) return results;
        const bool none_complete = results.complete == 0 && !options.any_word;
        SpellingSuggester::Suggestion suggestion =
            SpellingSuggester(analysis.analyzer, analysis.gazetteer, db, searched ? &*searched : nullptr)
                .suggest(query, none_complete);
        // A word the index holds, however rarely, may be meant: its correction is offered only when that finds
        // articles with every word.
        if (suggestion.corrects_known && !has_complete_matches(suggestion.query, options)) return results;
        results.suggestion = std::move(suggestion.query);
        return results;
    }

    // Whether some article has every word of `query`.
    bool has_complete_matches(std::string_view query, const SearchOptions& options) {
        const ParsedQuery parsed = parser.parse(query, options.entity_boost, options.entities);
        Xapian::Enquire enquire(db);
        enquire.set_query(parsed.strict);
        return enquire.get_mset(0, 0, 1).get_matches_lower_bound() > 0;
    }

    // `searched`: set to the first match set, whose statistics hold the frequency of every query word.
    Results rank(std::string_view query, const SearchOptions& options, std::optional<Xapian::MSet>& searched) {
        ParsedQuery parsed = parser.parse(query, options.entity_boost, options.entities, options.proximity_weight,
                                          options.form_weight);
        if (options.recent_days > 0) {
            // release(): the query owns the source and frees it with itself.
            const Xapian::Query recency(
                recency_source(db, newest_date(), options.recent_days, options.recency_weight)->release());
            parsed.strict = Xapian::Query(Xapian::Query::OP_AND_MAYBE, parsed.strict, recency);
            parsed.relaxed = Xapian::Query(Xapian::Query::OP_AND_MAYBE, parsed.relaxed, recency);
        }
        Results results;
        results.query = std::string(query);
        std::optional<HitSnippets> snippets;
        if (options.snippets)
            snippets.emplace(analysis.analyzer, parsed.match_terms,
                             SnippetStyle{options.highlight_begin, options.highlight_end, options.snippet_bytes},
                             parsed.match_forms);

        Xapian::Enquire enquire(db);
        enquire.set_weighting_scheme(Xapian::BM25Weight(options.bm25_k1, 0, 1, options.bm25_b, 0.5));
        OldestFirstKey oldest_first;
        if (options.sort == SortOrder::relevance && parsed.filters_only)
            enquire.set_sort_by_relevance_then_value(schema::date_slot, true);  // browsing a place, outlet or month
        if (options.sort == SortOrder::newest_first) enquire.set_sort_by_value_then_relevance(schema::date_slot, true);
        if (options.sort == SortOrder::oldest_first) enquire.set_sort_by_key_then_relevance(&oldest_first, false);
        FacetCounter facets(remote_shards);
        Xapian::MSet facet_mset;
        Xapian::doccount facet_check = 0;
        auto matches = [&](const Xapian::Query& query, std::size_t first, std::size_t count, bool partial,
                           bool count_facets) {
            const auto wanted = static_cast<Xapian::doccount>(first + count);
            const Xapian::doccount facets_up_to = partial ? partial_facets_counted_up_to : facets_counted_up_to;
            // One name alone (kpk) is counted as facets are: its alternatives go together, and the estimate of
            // their OR counted most articles twice. Such a query has no other word to weigh, so this costs little.
            const Xapian::doccount counted_up_to = count_facets       ? facets_up_to
                                                   : parsed.one_entity ? one_entity_counted_up_to
                                                                       : exact_count_up_to;
            const Xapian::doccount check = std::max(counted_up_to, wanted);
            enquire.set_query(query);
            if (count_facets) facets.add_to(enquire);
            // Ranked without collapsing first: Xapian would read the cluster value of every article it ranks, a
            // fifth of a search's time, to fold the few that have near-duplicates.
            Xapian::MSet mset = enquire.get_mset(0, wanted, check);
            enquire.clear_matchspies();
            if (!searched) searched = mset;
            if (count_facets) {
                facet_mset = mset;
                facet_check = check;
            }
            // An estimated total counts articles, near-duplicates apart, as facets do: Xapian's estimate once they
            // are folded is rounded to the breadth of its bounds, 1,000 for 1,455 articles.
            const Xapian::doccount articles_estimated = mset.get_matches_estimated();
            // Every match was counted: the count is exact and no more than Xapian was asked to check.
            const bool all_counted = mset.get_matches_lower_bound() == mset.get_matches_upper_bound() &&
                                     mset.get_matches_upper_bound() <= check;
            std::optional<Xapian::doccount> hits_counted;  // the exact count of hits once collapsed, where known
            std::set<Xapian::docid> clustered;
            if (options.collapse_duplicates) clustered = clustered_among(mset);
            if (options.collapse_duplicates && folds(query, mset, clustered)) {
                enquire.set_collapse_key(schema::duplicate_slot);
                mset = enquire.get_mset(static_cast<Xapian::doccount>(first), static_cast<Xapian::doccount>(count),
                                        check);
                // Collapsing leaves Xapian's counts estimates unless the whole result fits in the match set (for
                // "kpk", 3,000 of click-id's 1,813 articles). But when every match was counted without collapsing,
                // collapsing met every match too, and its lower bound, the articles in no cluster and the clusters
                // met, is the count of hits.
                if (all_counted) hits_counted = mset.get_matches_lower_bound();
                enquire.set_collapse_key(Xapian::BAD_VALUENO);
                first = 0;  // this match set starts at the page
                clustered = clustered_among(mset);
            }
            std::size_t shown = 0;
            auto it = mset.begin();
            for (std::size_t skipped = 0; it != mset.end() && skipped < first; ++it) ++skipped;
            std::vector<std::pair<Xapian::Document, std::size_t>> bodies;  // to snippet: a hit's article, its index
            for (; it != mset.end() && shown < count; ++it, ++shown) {
                const Xapian::Document doc = it.get_document();
                results.hits.push_back(make_hit(doc, it, options.offset + results.hits.size() + 1, query, options,
                                                clustered.count(*it) > 0));
                results.hits.back().partial = partial;
                if (snippets) bodies.emplace_back(doc, results.hits.size() - 1);
            }
            // The bodies after all the hit cards, in document order: Xapian reads every value through one B-tree
            // cursor, which keeps the blocks on its way down, and a page's bodies span several branch blocks, so
            // alternating with the cards, or going back and forth, would read a branch block again for most of them.
            std::sort(bodies.begin(), bodies.end(),
                      [](const auto& a, const auto& b) { return a.first.get_docid() < b.first.get_docid(); });
            for (const auto& [doc, hit] : bodies) results.hits[hit].snippet = snippets->of(doc);
            if (hits_counted) {
                results.total += *hits_counted;
                results.total_exact = true;
                return *hits_counted;
            }
            results.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
            results.total += results.total_exact ? mset.get_matches_upper_bound() : articles_estimated;
            return mset.get_matches_upper_bound();
        };
        // Facets describe the articles the query matches: those with every word, or, when there are none (or with
        // --any), those with some of them.
        auto count_facets = [&] {
            if (!options.facets) return;
            // Facets count articles, near-duplicates folded into a hit too, so they compare with the counts before
            // folding, facet_mset's, and scale to its estimate as an estimated total does (rounded by Xapian to the
            // breadth of its bounds). Fewer seen than Xapian was asked to check means it ran out of matches: every
            // one was counted.
            const Xapian::doccount seen = facets.seen(), estimated = facet_mset.get_matches_estimated();
            results.facets_exact = seen < facet_check || seen == facet_mset.get_matches_upper_bound();
            const double scale = results.facets_exact || seen == 0 ? 1.0 : static_cast<double>(estimated) / seen;
            results.facets = facets.facets(options.facet_values, scale);
        };

        if (options.any_word) {  // one ranked list of articles with any of the words; nothing is "partial"
            matches(parsed.relaxed, options.offset, options.limit, false, options.facets);  // counted up to 10,000
            results.complete = results.total;
            count_facets();
            return results;
        }
        const std::size_t complete = matches(parsed.strict, options.offset, options.limit, false, options.facets);
        results.complete = results.total;
        // When the articles with every word run out on this page, the best partial matches follow, ranked below,
        // continuing where earlier pages of them stopped. (The count of complete matches is exact then.)
        if (parsed.has_relaxed && results.hits.size() < options.limit) {
            const bool exact = results.total_exact;
            const std::size_t shown_before = options.offset + results.hits.size() - complete;
            // With no article having every word there are none to leave out, and Xapian need not look for them.
            const Xapian::Query partial = complete == 0 ? parsed.relaxed
                                                        : Xapian::Query(Xapian::Query::OP_AND_NOT, parsed.relaxed,
                                                                        parsed.strict);
            matches(partial, shown_before, options.limit - results.hits.size(), true, options.facets && complete == 0);
            results.total_exact = exact && results.total_exact;
        }
        count_facets();
        return results;
    }
};

Searcher::Searcher(const std::string& directory, const SearchSettings& settings)
    : impl_(std::make_unique<Impl>(directory, settings)) {}
Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

Results Searcher::search(std::string_view query, const SearchOptions& options) {
    if (options.recent_days < 0 || options.recency_weight < 0)
        throw ArgumentError("recency days and weight cannot be negative");
    if (options.bm25_k1 < 0 || options.bm25_b < 0 || options.bm25_b > 1)
        throw ArgumentError("BM25 needs k1 >= 0 and b between 0 and 1");
    if (options.proximity_weight < 0) throw ArgumentError("the proximity weight cannot be negative");
    if (options.form_weight < 0) throw ArgumentError("the form weight cannot be negative");
    if (options.limit > max_limit)
        throw ArgumentError("limit " + std::to_string(options.limit) + " is over the most a page can hold (" +
                            std::to_string(max_limit) + ")");
    for (int attempt = 0;; ++attempt) {
        try {
            // A writer committed while we read: read again on the new revision (reopening can meet the same).
            if (attempt > 0) impl_->reopen();
            Results results = impl_->run(query, options, true);
            if (options.auto_correct && results.complete == 0 && !results.suggestion.empty()) {
                // "presidn jokowi" finds only articles with jokowi: the suggestion's articles with both words serve
                // the reader better. A suggestion no better than the query is only offered.
                Results corrected = impl_->run(results.suggestion, options, false);
                if (corrected.complete > 0 || (results.total == 0 && corrected.total > 0)) {
                    corrected.query = std::string(query);
                    corrected.suggestion = std::move(results.suggestion);
                    corrected.auto_corrected = true;
                    return corrected;
                }
            }
            return results;
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt == max_read_attempts)
                throw DatabaseError(impl_->directory + ": the index kept changing while searching");
        } catch (const Xapian::UnimplementedError& e) {
            // Xapian sends a server only what it can serialise. telusur's facet counter is not such: count facets
            // with Xapian's own from now on. Nor is telusur's oldest-first sort key.
            if (options.facets && !impl_->remote_shards) {
                impl_->remote_shards = true;
                continue;
            }
            if (options.sort == SortOrder::oldest_first)
                throw DatabaseError(impl_->directory + ": oldest first cannot be sorted across remote shards (it "
                                    "needs telusur's own sort key, which Xapian cannot send to a server); newest "
                                    "first can");
            throw DatabaseError(impl_->directory + ": search failed: " + e.get_description());
        } catch (const Xapian::Error& e) {
            throw DatabaseError(impl_->directory + ": search failed: " + e.get_description());
        }
    }
}

IndexStats Searcher::Impl::stats() {
    IndexStats stats;
    stats.documents = db.get_doccount();
    if (stats.documents > 0) {
        stats.first_date = iso_date(edge_date(db, false));
        stats.last_date = iso_date(newest_date());  // the reading --recent uses, once per revision
    }
    const std::string prefix(schema::source_prefix);
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it)
        stats.sources.emplace_back((*it).substr(prefix.size()), it.get_termfreq());
    std::stable_sort(stats.sources.begin(), stats.sources.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    stats.bytes = directory_bytes(directory);
    return stats;
}

IndexStats Searcher::stats() {
    return impl_->read_retrying([&] { return impl_->stats(); });
}

std::optional<Article> Searcher::Impl::article(const std::string& id) {
    const std::string term = DocumentBuilder::id_term(id);
    const Xapian::PostingIterator posting = db.postlist_begin(term);
    if (posting == db.postlist_end(term)) return std::nullopt;
    const Xapian::Document doc = db.get_document(*posting);
    HitCard card = HitCard::decode(doc.get_value(schema::hit_card_slot));
    Article article;
    article.id = std::move(card.id);
    article.title = std::move(card.title);
    article.body = decode_stored_body(doc.get_value(schema::body_slot)).body;
    article.date = iso_date(card.date);
    article.source = std::move(card.source);
    article.url = std::move(card.url);
    article.dateline = std::move(card.dateline);
    return article;
}

std::optional<Article> Searcher::article(const std::string& id) {
    return impl_->read_retrying([&] { return impl_->article(id); });
}

}  // namespace telusur
