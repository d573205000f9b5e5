// "Did you mean": for a query word the index has never seen, the most frequent word one edit away (a letter left
// out, added, changed or two swapped) that the index has. Built from the index's own vocabulary at query time, so
// indexing pays nothing for it. A word the gazetteer knows (pemalang, a regency the archive may never mention) is a
// name typed as meant, not a slip. Whether a query word is known comes from the statistics its search gathered when
// there are some: a look-up in the index is a block read, and a query's words cost one each.
// A slip can also land on a word the index holds a few times: "kabut asp" for kabut asap ("haze"), asp being a
// reporter's initials at the foot of five articles. So when no article has every word of a short query, a word
// that rare is corrected too, to a word far more frequent; the searcher offers that only if it finds articles with
// every word.
#pragma once

#include "indexer/analyzer.hpp"
#include "indexer/gazetteer.hpp"

#include <xapian.h>

#include <string>
#include <string_view>

namespace telusur {

class SpellingSuggester {
public:
    // `searched`: the match set of a search for the query, or null.
    SpellingSuggester(Analyzer& analyzer, const Gazetteer& gazetteer, const Xapian::Database& db,
                      const Xapian::MSet* searched = nullptr)
        : analyzer_(analyzer), gazetteer_(gazetteer), db_(db), searched_(searched) {}

    struct Suggestion {
        std::string query;             // empty: nothing to suggest
        bool corrects_known = false;   // a word the index holds, rarely, is among those corrected
    };

    // The query with each unknown word replaced by its suggestion, and, when `none_complete` (no article has every
    // word), each rare word of a short query by a far more frequent one. Operators, fields, quotes and the other
    // words are left exactly as typed.
    Suggestion suggest(std::string_view query, bool none_complete = false);

    // At most this many articles hold a word corrected although known, and a hundred times as many its correction.
    static constexpr Xapian::doccount rare_word_articles = 5;
    static constexpr Xapian::doccount rarity_ratio = 100;
    // A query of more words than this lacks an article with all of them too often for that to hint at a slip.
    static constexpr std::size_t short_query_words = 4;

private:
    struct Candidate {
        std::string word;
        Xapian::doccount articles = 0;
    };
    Candidate suggest_word(const std::string& word);
    Xapian::doccount articles_with(const std::string& term) const;

    Analyzer& analyzer_;
    const Gazetteer& gazetteer_;
    const Xapian::Database& db_;
    const Xapian::MSet* searched_;
};

}  // namespace telusur
