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

// The same from the tokens of `text` (offsets into it) found already: a token matches when its term is one of
// `terms` (searcher/hit_snippet.hpp gives a term only to the words where the index records a query term).
std::string make_snippet(std::string_view text, const std::vector<Token>& tokens, const std::set<std::string>& terms,
                         const SnippetStyle& style);

}  // namespace telusur
