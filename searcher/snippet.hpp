// Snippets: the passage of an article that best shows why it matched, with the matched words marked. Words are
// matched by their analysed term, so a query for "gelar" marks "menggelar" when both stem alike.
#pragma once

#include "indexer/analyzer.hpp"

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace telusur {

// The query's terms, each with the form a query word of that term had (Token::form; empty for a root written bare):
// {"jalan", "menjalani"} for "menjalani". A passage writing the words as the query does is the better snippet.
using WrittenForms = std::set<std::pair<std::string, std::string>>;

struct SnippetStyle {
    std::string highlight_begin, highlight_end;
    std::size_t max_bytes = 240;
};

// A word of the text that is one of the query's terms: its index among the text's word spans, and the term's index
// among the query's terms.
struct MatchedWord {
    std::size_t span = 0;
    int term = -1;
    bool written = false;  // written as the query wrote it: its term and form among the query's WrittenForms
};

// Which of `terms` `term` is, by its place in their order (MatchedWord::term), or -1.
int term_index(const std::set<std::string>& terms, const std::string& term);

// The snippet of `text` from its word spans (Analyzer::word_spans) and the matched ones among them (ascending), out of
// `term_count` distinct terms: the passage with the most distinct terms, then the most words written as the query wrote
// them (menjalani, not jalan "road", for "menjalani"), then the most matches. Only the matched words and their
// neighbours are looked at, so a long article costs little more than a short one: searcher/hit_snippet.hpp finds the
// matched words from the term prints the index stores.
std::string make_snippet(std::string_view text, const std::vector<WordSpan>& spans,
                         const std::vector<MatchedWord>& matched, std::size_t term_count, const SnippetStyle& style);

// The same from a full analysis of `text`: its words whose terms are among `terms`, written as the query wrote them
// where their term and form are among `forms`.
std::string make_snippet(Analyzer& analyzer, std::string_view text, const std::set<std::string>& terms,
                         const SnippetStyle& style, const WrittenForms& forms = {});

}  // namespace telusur
