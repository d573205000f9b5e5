// QueryParser: the query language (see <telusur/searcher.hpp>) -> Xapian queries, over the same Analyzer as the
// documents, so a query word meets the indexed word in whatever form both were written.
#pragma once

#include "indexer/analysis.hpp"
#include "searcher/snippet.hpp"

#include <xapian.h>

#include <set>
#include <string>
#include <string_view>

namespace telusur {

struct ParsedQuery {
    Xapian::Query strict;   // every required word must match
    Xapian::Query relaxed;  // any word may match (filters and exclusions still hold); equal to strict when the same
    bool has_relaxed = false;            // relaxed differs from strict
    // The unprefixed terms a matching article may contain, for snippets to mark: stopwords only inside a quoted
    // phrase, or when the query has nothing else.
    std::set<std::string> match_terms;
    // Those terms with the forms the query's words had (Token::form), for snippets to prefer the passages that write
    // the words as the query does.
    WrittenForms match_forms;
    // Field filters alone (tempat:blora, sumber:tempo.co tanggal:2019-09): no word ranks the matches. A place or
    // agency filter ranks them by how prominently they name it; the searcher puts equals newest first.
    bool filters_only = false;
    // One place's or agency's name alone (kpk, dinas sosial), searched as its acronym, its full name and its entity
    // term: alternatives that nearly always go together, where Xapian's estimate for an OR, which takes them to be
    // independent, counts most articles twice ("about 4,000" for dpr's 2,587).
    bool one_entity = false;
};

class QueryParser {
public:
    // `index`: the articles searched, whose statistics leave the stopwords most of them contain out of ranking
    // partial matches; without it every stopword ranks.
    explicit QueryParser(Analysis& analysis, const Xapian::Database* index = nullptr)
        : analysis_(analysis), index_(index) {}

    // Throws QueryError with the 1-based character position of the problem. `entity_boost` scales the extra weight
    // of articles about the places and agencies the query names; 0 turns it off.
    // `recognise_entities` false: the words alone, no entity names matched or boosted (for comparison).
    // `proximity_weight` > 0: articles where adjacent query words are adjacent too gain that share of their weight.
    // `form_weight` > 0: articles that write a derived query word itself, not only its stem, gain that share of the
    // word's weight.
    ParsedQuery parse(std::string_view query, double entity_boost = 1.0, bool recognise_entities = true,
                      double proximity_weight = 0, double form_weight = 0);

    // Deeper nesting than this is refused rather than risking the stack on a hostile query.
    static constexpr int max_depth = 64;
    // Longer queries are refused (QueryError at the first character or word past the limit), which bounds the time
    // and memory one query can take; a person's query is a few words.
    static constexpr std::size_t max_query_bytes = 4096;
    static constexpr std::size_t max_query_words = 256;

private:
    Analysis& analysis_;
    const Xapian::Database* index_;
};

}  // namespace telusur
