// Snippets: the passage of an article that best shows why it matched, with the matched words marked. Words are
// matched by their analysed term, so a query for "gelar" marks "menggelar" when both stem alike.
#pragma once

#include "indexer/analyzer.hpp"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace telusur {

struct SnippetStyle {
    std::string highlight_begin, highlight_end;
    std::size_t max_bytes = 240;
};

std::string make_snippet(Analyzer& analyzer, std::string_view text, const std::set<std::string>& terms,
                         const SnippetStyle& style);

// A word of the text a snippet is cut from: its byte offsets, and which of the query's terms it matches (the
// term's index among them, -1 for none; a joined whole matches none, its parts do).
struct SnippetWord {
    std::size_t begin = 0, end = 0;
    int term = -1;
};

// The same from the words of `text` in reading order, found already, matching `term_count` distinct terms
// (searcher/hit_snippet.hpp finds them from the words and term prints the index stores).
std::string make_snippet(std::string_view text, const std::vector<SnippetWord>& words, std::size_t term_count,
                         const SnippetStyle& style);

}  // namespace telusur
