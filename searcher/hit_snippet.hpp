// The snippets of a page of hits, made without analysing their bodies again: the index stores where the words of
// each body's opening stand and a print of each one's term (indexer/stored_body.hpp), so only the words printed like
// a query term are analysed, to tell the term from another of the same print, and each such word once a page. The
// snippet is the one make_snippet gives from a full analysis of the body.
#pragma once

#include "indexer/analyzer.hpp"
#include "indexer/stored_body.hpp"
#include "searcher/snippet.hpp"

#include <xapian.h>

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace telusur {

class HitSnippets {
public:
    // `terms`: the query's match terms, and `forms` how its words were written; both must outlive this.
    HitSnippets(Analyzer& analyzer, const std::set<std::string>& terms, SnippetStyle style,
                const WrittenForms& forms = no_forms);

    std::string of(const Xapian::Document& doc);

private:
    static inline const WrittenForms no_forms;
    // Which of terms_ the word spans[i] of `text` matches (term -1: none), and whether as the query wrote it.
    // `own_term_may_match` false: its stored print says its own term is none of them.
    MatchedWord match(std::string_view text, const std::vector<WordSpan>& spans, std::size_t i,
                      bool own_term_may_match);

    Analyzer& analyzer_;
    const std::set<std::string>& terms_;
    const WrittenForms& forms_;
    SnippetStyle style_;
    // The terms' prints, as a set of bits: a page's bodies ask it of every word they hold.
    std::vector<bool> wanted_ = std::vector<bool>(std::size_t{1} << 16);
    // Looked up by a view of the word, without copying it.
    struct WordHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view word) const { return std::hash<std::string_view>()(word); }
    };
    // match() by the word as written (its span left 0)
    std::unordered_map<std::string, MatchedWord, WordHash, std::equal_to<>> seen_;
    // A query term is the whole's term of a compound written as two words ("sepak bola" for sepakbola): words joined
    // by a space are looked at too.
    bool seeks_open_compounds_ = false;
    // The whole's term of a word of two joined parts (Analyzer::whole_term), by the word as written ("K-pop").
    std::unordered_map<std::string, std::string, WordHash, std::equal_to<>> wholes_seen_;
};

}  // namespace telusur
