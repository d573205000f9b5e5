// The baseline telusur is measured against: what a program gets from Xapian alone — its TermGenerator, the Snowball
// "indonesian" stemmer and its QueryParser, as in Xapian's own examples — with no Indonesian-specific analysis.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <vector>

namespace telusur::bench {

struct BaselineIndexSummary {
    std::size_t indexed = 0;
    std::size_t rejected = 0;  // lines that are not a JSON object with an id and a body
};

// Indexes every article of a JSON-lines file into a new Xapian database in `directory`: the title as S-prefixed and
// unprefixed terms, the body unprefixed, Q<id> as the unique id term, the body as document data, the id in value slot
// 0 (to list results by id); one commit at the end.
BaselineIndexSummary index_jsonl_with_xapian(const std::string& corpus_file, const std::string& directory);

class BaselineSearcher {
public:
    explicit BaselineSearcher(const std::string& directory);

    // The top 10 by BM25 for `query` parsed with OR between words. Returns the number of hits, so that the work
    // is used and cannot be optimised away.
    std::size_t search(const std::string& query);

    // What a search page shows, as Xapian alone makes it: the top 10, a snippet of each hit's body (MSet::snippet
    // with the same stemmer) and counts by source and by month (ValueCountMatchSpy) over the first 10,000 matches,
    // as telusur counts its facets. Returns the bytes of snippets and facet values, so the work is used.
    std::size_t search_page(const std::string& query);

    // The ids of the top `count` articles for `query`, best first (for scoring against judgments).
    std::vector<std::string> rank(const std::string& query, std::size_t count);

private:
    Xapian::Database db_;
    Xapian::Stem stemmer_{"indonesian"};
    Xapian::QueryParser parser_;
    Xapian::Enquire enquire_;
};

}  // namespace telusur::bench
