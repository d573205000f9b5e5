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

// The same from `tokens` of `text` (offsets into it) already analysed: all of its tokens, or those of a part
// holding the snippet's passage with room around it (searcher/hit_snippet.hpp).
std::string make_snippet(std::string_view text, const std::vector<Token>& tokens, const std::set<std::string>& terms,
                         const SnippetStyle& style);

// The passage make_snippet picks, among those starting at a token that begins in [from, to) of the text: the most
// distinct query terms within style.max_bytes, then the most matches, then the earliest. distinct 0: none matched.
struct SnippetWindow {
    std::size_t distinct = 0, hits = 0;
    std::size_t begin = 0;  // byte offset of its first match
};
SnippetWindow best_snippet_window(const std::vector<Token>& tokens, const std::set<std::string>& terms,
                                  std::size_t max_bytes, std::size_t from, std::size_t to);

}  // namespace telusur
