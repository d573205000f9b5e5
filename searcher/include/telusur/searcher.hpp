// Searcher: answers queries over a telusur index, ranked by BM25, with snippets.
//
// Query language (docs: README "Searching"):
//   banjir bekasi            all words required (stopwords optional); the best partial matches follow if few match
//   "karang taruna"          phrase
//   -hoaks  NOT hoaks        exclusion
//   banjir OR rob            either
//   (banjir OR rob) bekasi   grouping
//   korup*                   the words that start so (korupsi, koruptor), as one word
//   judul:banjir title:      words in the title
//   sumber:tempo source:     outlet (exact, case-insensitive)
//   tanggal:2019-09 date:    a day (2019-09-10), month (2019-09), year (2019) or range (2019-09-01..2019-09-30, ..2018)
//   tempat:blora place:      articles naming a place, or a place within it (tempat:jawa-tengah includes Blora)
//   lembaga:dinsos agency:   articles naming an agency, by its name or acronym
// Places and agencies a query names (dinsos blora, polres bekasi) rank the articles about them higher, and an
// acronym finds the full name and back (dinas sosial <-> Dinsos).
#pragma once

#include <telusur/article.hpp>
#include <telusur/error.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace telusur {

enum class SortOrder {
    relevance,
    newest_first,  // by date; undated articles last
    oldest_first,
};

struct SearchOptions {
    std::size_t limit = 10;
    std::size_t offset = 0;
    // Written around each matched word in snippets.
    std::string highlight_begin = "**";
    std::string highlight_end = "**";
    std::size_t snippet_bytes = 240;  // about two lines
    bool snippets = true;             // false skips them (evaluation, id-only callers)
    bool any_word = false;            // match articles with any of the words, ranked, instead of requiring all
    // When no article has every word of the query, search with its spelling suggestion instead, if that finds
    // articles with every word (or the query found nothing at all).
    bool auto_correct = false;
    // How much more an article about a place or agency the query names weighs; 0 ranks by the words alone.
    double entity_boost = 1.0;
    // Recognise the places and agencies the query names (acronym <-> full name, boost). false: words alone.
    bool entities = true;
    // BM25: how soon repeats of a word stop adding weight (k1), and how much a long article is discounted against
    // a short one (b, 0..1). Tuned on training queries only (benchmarks/quality/tune.sh, RESULTS.md): Xapian's
    // 1 / 0.5 gave MRR@10 0.804 (FacQA train) and 0.739 (click-id titles 2,001-5,000); 0.6 / 0.75 gives 0.806 and
    // 0.742, within 0.001 of the best of a 6 x 7 grid on each set. News rewards saturating repeats early and
    // discounting long articles more.
    double bm25_k1 = 0.6;
    double bm25_b = 0.75;
    // Words written side by side in the query that stand side by side in an article add this share of their
    // weight again (0: off).
    double proximity_weight = 0;
    // Among the articles with every word, one that writes a query word as the query does (menjalani "to undergo"),
    // not only a word of its stem (jalan "road"), adds this share of that word's weight again (0: off). Partial
    // matches and any_word rank by stems alone. Measured in benchmarks/stemmer/RESULTS.md.
    double form_weight = 0.5;
    // Count sources, years, months, places and agencies over the matches (near-duplicates folded into a hit count as
    // the articles they are, so a source's count is what filtering by it finds); see Results::facets_exact.
    bool facets = false;
    SortOrder sort = SortOrder::relevance;
    // Recency blend: newer articles gain up to `recency_weight`, halving every `recent_days` back from the newest
    // article in the index. 0 days: relevance alone.
    double recent_days = 0;
    double recency_weight = 2.0;
    std::size_t facet_values = 10;    // values listed per facet, most frequent first
    // Near-identical articles (one press release in several outlets, a story republished with small edits) are
    // shown as one hit, the best ranked, listing the others in Hit::duplicates. false shows every article.
    bool collapse_duplicates = true;
};

struct Hit {
    std::size_t rank = 0;  // 1-based, counting across pages
    std::string id;
    double score = 0;
    std::string title, date, source, url, dateline;
    std::string snippet;
    bool partial = false;  // matched some but not all of the required words
    std::vector<std::string> places, agencies;  // named in the article, most prominent first
    // Ids of near-identical articles that also match, folded into this hit (when collapsing), best first.
    std::vector<std::string> duplicates;
};

struct Facet {
    std::string name;  // "source", "year", "month", "place", "agency"
    std::vector<std::pair<std::string, std::size_t>> values;  // value and number of matching articles
};

struct Results {
    std::string query;
    std::size_t total = 0;       // matches: hits (near-duplicates folded into one) when exact
    bool total_exact = false;    // false: `total` is Xapian's estimate of the matching articles
    std::size_t complete = 0;    // of `total`, the articles with every word (with any_word, all of them)
    std::vector<Hit> hits;
    // When asked for: over the articles with every word (with none, or with any_word, over those with some).
    std::vector<Facet> facets;
    bool facets_exact = true;   // false: a broad query's counts, scaled up from the first matches counted
    // "Did you mean": the query with words the index has never seen corrected from its vocabulary, or empty.
    std::string suggestion;
    bool auto_corrected = false;  // the hits are for `suggestion`: no article had every word of the query
};

// How the searcher analyses queries; must match how the index was built.
struct SearchSettings {
    std::vector<std::string> gazetteer_files;  // the extra gazetteer files the index was built with
};

struct IndexStats {
    std::size_t documents = 0;
    std::string first_date, last_date;                        // ISO, empty when no article has a date
    std::vector<std::pair<std::string, std::size_t>> sources;  // most articles first
    std::uint64_t bytes = 0;                                   // size on disk
};

class Searcher {
public:
    // Opens the index in `directory` for reading; throws DatabaseError if there is none or it cannot be read.
    explicit Searcher(const std::string& directory, const SearchSettings& settings = {});
    ~Searcher();
    Searcher(Searcher&&) noexcept;
    Searcher& operator=(Searcher&&) noexcept;

    // Throws QueryError (with the position of the problem) for a query that cannot be parsed.
    Results search(std::string_view query, const SearchOptions& options = {});

    IndexStats stats();

    // The article with this id as the index holds it (title, body, ISO date, source, url, dateline), to read in full
    // what a hit shows a snippet of; none if the index does not hold it.
    std::optional<Article> article(const std::string& id);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace telusur
