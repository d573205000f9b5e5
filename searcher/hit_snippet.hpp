// The snippet of a hit, made without analysing its whole body again: Xapian already records where each of the
// query's terms stands in it (its positions), and the index stores where its words stand (indexer/stored_body.hpp),
// so the word at a term's position is that term, stemmed only where a joined word's first part shares the whole's
// position. The snippet is the one make_snippet gives from a full analysis of the body.
#pragma once

#include "indexer/analyzer.hpp"
#include "searcher/snippet.hpp"

#include <xapian.h>

#include <set>
#include <string>

namespace telusur {

// `id`: the hit's document id in `db`, as its match set gives it. Not doc.get_docid(), which over several shards is
// the id inside the document's own shard: the positions read with it were another article's.
std::string hit_snippet(const Xapian::Database& db, Xapian::docid id, const Xapian::Document& doc, Analyzer& analyzer,
                        const std::set<std::string>& terms, const SnippetStyle& style);

}  // namespace telusur
