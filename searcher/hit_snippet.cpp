#include "searcher/hit_snippet.hpp"

#include "indexer/schema.hpp"
#include "indexer/word_offsets.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>
#include <vector>

namespace telusur {
namespace {

// Snippets are sought in the opening of very long articles only, to bound the work per hit.
constexpr std::size_t snippet_search_bytes = 64 * 1024;

// A query term's occurrence in the body, and the bytes the word begins in: [first, last).
struct Match {
    std::size_t position;  // counted from the body's first word
    std::size_t term;      // numbered by its place in the query's terms
    std::size_t first, last;
};

// The query terms' occurrences in the body, in order, as Xapian's positions give them. Hyphenated wholes are left
// out: a snippet marks their parts, which are terms of their own.
std::vector<Match> body_matches(const Xapian::Database& db, Xapian::docid doc, const std::set<std::string>& terms) {
    std::vector<Match> matches;
    std::size_t number = 0;
    for (auto term = terms.begin(); term != terms.end(); ++term, ++number) {
        if (term->find('-') != std::string::npos) continue;
        for (auto it = db.positionlist_begin(doc, *term); it != db.positionlist_end(doc, *term); ++it)
            if (*it >= schema::body_first_position) matches.push_back({*it - schema::body_first_position, number, 0, 0});
    }
    std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) { return a.position < b.position; });
    return matches;
}

// Finds the passage make_snippet would pick from the whole text, analysing a few short parts of it. A window of
// max_bytes starting at a match can only hold the matches that begin less than max_bytes after it; counted from
// the word offsets, that bounds from above what each window holds. Windows are then scored exactly, a stride of
// words at a time, best bound first, until no bound left can beat (or tie earlier than) the best found.
class PassageFinder {
public:
    PassageFinder(std::string_view text, const std::vector<std::size_t>& offsets, Analyzer& analyzer,
                  const std::set<std::string>& terms, std::size_t max_bytes)
        : text_(text), offsets_(offsets), analyzer_(analyzer), terms_(terms), max_bytes_(max_bytes) {}

    // The tokens of a part of the text holding the snippet's passage with room around it.
    std::vector<Token> passage_tokens(std::vector<Match> matches) {
        matches.erase(std::remove_if(matches.begin(), matches.end(), [&](Match& match) { return !locate(match); }),
                      matches.end());
        const std::vector<Bound> bounds = upper_bounds(matches);
        std::vector<std::size_t> order(matches.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return bounds[b] < bounds[a]; });
        SnippetWindow best;
        std::vector<bool> scored(matches.size());
        for (const std::size_t i : order) {
            if (scored[i]) continue;
            const Bound found{best.distinct, best.hits};
            if (best.distinct > 0 && (bounds[i] < found || (bounds[i] == found && matches[i].first > best.begin)))
                continue;
            // Every window starting in this match's stride of words, scored exactly.
            const SnippetWindow window =
                best_snippet_window(analyze(matches[i].first, after(matches[i].last)), terms_, max_bytes_,
                                    matches[i].first, matches[i].last);
            for (std::size_t j = 0; j < matches.size(); ++j)
                if (matches[j].first == matches[i].first) scored[j] = true;
            if (window.distinct > 0 &&
                (std::tie(window.distinct, window.hits) > std::tie(best.distinct, best.hits) ||
                 (window.distinct == best.distinct && window.hits == best.hits && window.begin < best.begin)))
                best = window;
        }
        if (best.distinct == 0) return analyze(0, after(offsets_.front()));  // no match: the opening is the snippet
        // The passage with the context make_snippet adds: up to half of max_bytes before it, the rest after.
        const std::size_t before = max_bytes_ / 2 + Analyzer::max_word_bytes;
        return analyze(word_start_before(best.begin > before ? best.begin - before : 0), after(best.begin));
    }

private:
    using Bound = std::pair<std::size_t, std::size_t>;  // distinct terms, matches

    // Sets where the match's word begins from the offsets; false if outside the text searched.
    bool locate(Match& match) const {
        const std::size_t stride = match.position / schema::word_offsets_stride;
        if (stride >= offsets_.size() || offsets_[stride] >= text_.size()) return false;
        match.first = offsets_[stride];
        match.last = stride + 1 < offsets_.size() ? std::min(offsets_[stride + 1], text_.size()) : text_.size();
        return true;
    }

    // For the window starting at each match: the terms and matches of those beginning less than max_bytes after
    // the latest it can begin. One pass with two ends.
    std::vector<Bound> upper_bounds(const std::vector<Match>& matches) const {
        std::vector<Bound> bounds(matches.size());
        std::vector<std::size_t> count(terms_.size());
        std::size_t distinct = 0, end = 0;
        for (std::size_t i = 0; i < matches.size(); ++i) {
            for (; end < matches.size() && matches[end].first < matches[i].last + max_bytes_; ++end)
                if (count[matches[end].term]++ == 0) ++distinct;
            bounds[i] = {distinct, end - i};
            if (--count[matches[i].term] == 0) --distinct;
        }
        return bounds;
    }

    // Where a word starts, at or before `at` (the text's start before the first), and at or after it (the end of
    // the text searched after the last).
    std::size_t word_start_before(std::size_t at) const {
        const auto it = std::upper_bound(offsets_.begin(), offsets_.end(), at);
        return it == offsets_.begin() ? 0 : *(it - 1);
    }
    std::size_t word_start_after(std::size_t at) const {
        const auto it = std::lower_bound(offsets_.begin(), offsets_.end(), at);
        return it == offsets_.end() ? text_.size() : std::min(*it, text_.size());
    }

    // Where a part of the text holding every token a window starting before `at` can hold ends: max_bytes on, and
    // past any hyphenated word straddling that, at the start of a word. Parts begin and end where words start, so
    // that analysing a part alone gives the tokens analysing the whole text gives there.
    std::size_t after(std::size_t at) const { return word_start_after(at + max_bytes_ + Analyzer::max_word_bytes); }

    std::vector<Token> analyze(std::size_t begin, std::size_t end) {
        std::vector<Token> tokens = analyzer_.analyze(text_.substr(begin, end - begin));
        for (Token& token : tokens) {
            token.begin += begin;
            token.end += begin;
        }
        return tokens;
    }

    std::string_view text_;
    const std::vector<std::size_t>& offsets_;
    Analyzer& analyzer_;
    const std::set<std::string>& terms_;
    std::size_t max_bytes_;
};

}  // namespace

std::string hit_snippet(const Xapian::Database& db, const Xapian::Document& doc, Analyzer& analyzer,
                        const std::set<std::string>& terms, const SnippetStyle& style) {
    const std::string body = doc.get_data();
    std::string_view text(body);
    if (text.size() > snippet_search_bytes) text = text.substr(0, snippet_search_bytes);
    const std::vector<std::size_t> offsets = word_offsets::decode(doc.get_value(schema::word_offsets_slot));
    if (offsets.empty()) return make_snippet(analyzer, text, terms, style);  // an index without word offsets

    PassageFinder finder(text, offsets, analyzer, terms, style.max_bytes);
    return make_snippet(text, finder.passage_tokens(body_matches(db, doc.get_docid(), terms)), terms, style);
}

}  // namespace telusur
