// The snippet of a hit. Xapian knows the positions of the query's terms in the body, and the index keeps where
// every 16th word starts (schema::word_offsets_slot): only the text around those positions is analysed, not the
// whole body, and the snippet is the one analysing the whole body would give. An index written before word offsets
// gets its snippets from the whole body.
#pragma once

#include "indexer/analyzer.hpp"
#include "searcher/snippet.hpp"

#include <xapian.h>

#include <set>
#include <string>

namespace telusur {

std::string hit_snippet(const Xapian::Database& db, const Xapian::Document& doc, Analyzer& analyzer,
                        const std::set<std::string>& terms, const SnippetStyle& style);

}  // namespace telusur
