// "Did you mean": for a query word the index has never seen, the most frequent word one edit away (a letter left
// out, added, changed or two swapped) that the index has. Built from the index's own vocabulary at query time, so
// indexing pays nothing for it. A word the gazetteer knows (pemalang, a regency the archive may never mention) is a
// name typed as meant, not a slip.
#pragma once

#include "indexer/analyzer.hpp"
#include "indexer/gazetteer.hpp"

#include <xapian.h>

#include <string>
#include <string_view>

namespace telusur {

class SpellingSuggester {
public:
    SpellingSuggester(Analyzer& analyzer, const Gazetteer& gazetteer, const Xapian::Database& db)
        : analyzer_(analyzer), gazetteer_(gazetteer), db_(db) {}

    // The query with each unknown word replaced by its suggestion, or empty when nothing is to be suggested.
    // Operators, fields, quotes and known words are left exactly as typed.
    std::string suggest(std::string_view query);

private:
    std::string suggest_word(const std::string& word);

    Analyzer& analyzer_;
    const Gazetteer& gazetteer_;
    const Xapian::Database& db_;
};

}  // namespace telusur
