// The snippet of a hit, made without analysing its whole body again: the index stores where the words of its
// opening stand and a print of each one's term (indexer/stored_body.hpp), so only the words printed like a query
// term are analysed, to tell the term from another of the same print. The snippet is the one make_snippet gives
// from a full analysis of the body.
#pragma once

#include "indexer/analyzer.hpp"
#include "searcher/snippet.hpp"

#include <xapian.h>

#include <set>
#include <string>

namespace telusur {

std::string hit_snippet(const Xapian::Document& doc, Analyzer& analyzer, const std::set<std::string>& terms,
                        const SnippetStyle& style);

}  // namespace telusur
