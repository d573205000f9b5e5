// "Did you mean": for a query word the index has never seen, the most frequent word one edit away (a letter left
// out, added, changed or two swapped) that the index has. Built from the index's own vocabulary at query time, so
// indexing pays nothing for it. A word the gazetteer knows (pemalang, a regency the archive may never mention) is a
// name typed as meant, not a slip. Whether a query word is known comes from the statistics its search gathered when
// there are some: a look-up in the index is a block read, and a query's words cost one each.
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

    // The query with each unknown word replaced by its suggestion, or empty when nothing is to be suggested.
    // Operators, fields, quotes and known words are left exactly as typed.
    std::string suggest(std::string_view query);

private:
    std::string suggest_word(const std::string& word);
    bool known(const std::string& term) const;

    Analyzer& analyzer_;
    const Gazetteer& gazetteer_;
    const Xapian::Database& db_;
    const Xapian::MSet* searched_;
};

}  // namespace telusur
