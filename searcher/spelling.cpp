#include "searcher/spelling.hpp"

#include <algorithm>

namespace telusur {
namespace {

// Only words of letters are corrected: numbers, codes and acronyms with digits are typed as meant. A word of three
// letters only when the index holds it: a slip in so short a word is more often another word than a typo.
bool correctable(const Token& token, std::size_t shortest = 4) {
    if (token.compound || token.word.size() < shortest || token.word.size() > 30) return false;
    return std::all_of(token.word.begin(), token.word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

Xapian::doccount SpellingSuggester::articles_with(const std::string& term) const {
    // The match set answers from its statistics for the query's own terms, and asks the index for any other.
    return searched_ ? searched_->get_termfreq(term) : db_.get_termfreq(term);
}

SpellingSuggester::Candidate SpellingSuggester::suggest_word(const std::string& word) {
    static constexpr std::string_view letters = "abcdefghijklmnopqrstuvwxyz";
    Candidate best;
    auto consider = [&](const std::string& candidate) {
        if (candidate.size() < 3) return;  // "as" (the USA) is no correction of "asp"
        const Xapian::doccount frequency = db_.get_termfreq(analyzer_.term(candidate, WordSpan{0, candidate.size()}));
        if (frequency > best.articles) best = {candidate, frequency};
    };
    // A letter left out, one too many, or two swapped are the usual slips ("kesejahtraan", "pemberdayan"); a wrong
    // letter is tried only when none of those gives a known word, or a frequent word one letter off would win.
    for (std::size_t i = 0; i <= word.size(); ++i) {
        for (char c : letters) consider(std::string(word).insert(i, 1, c));
        if (i < word.size()) consider(std::string(word).erase(i, 1));
        if (i + 1 < word.size()) {
            std::string swapped = word;
            std::swap(swapped[i], swapped[i + 1]);
            consider(swapped);
        }
    }
    if (!best.word.empty()) return best;
    for (std::size_t i = 0; i < word.size(); ++i)
        for (char c : letters)
            if (word[i] != c) {
                std::string changed = word;
                changed[i] = c;
                consider(changed);
            }
    return best;
}

SpellingSuggester::Suggestion SpellingSuggester::suggest(std::string_view query, bool none_complete) {
    const std::vector<Token> tokens = analyzer_.analyze(query);
    const auto words = std::count_if(tokens.begin(), tokens.end(),
                                     [](const Token& token) { return !token.compound && !token.stopword; });
    const bool rare_words_suspect = none_complete && words >= 2 && static_cast<std::size_t>(words) <= short_query_words;
    Suggestion suggestion;
    std::size_t copied = 0;
    for (const Token& token : tokens) {
        if (!correctable(token, rare_words_suspect ? 3 : 4)) continue;
        const Xapian::doccount articles = articles_with(token.term);
        const bool rare = rare_words_suspect && articles > 0 && articles <= rare_word_articles;
        if (articles > 0 && !rare) continue;
        if (articles == 0 && token.word.size() < 4) continue;
        // The beginning of words (korup*) is no word to correct.
        if (token.end < query.size() && query[token.end] == '*') continue;
        // A word written inside a field or after a colon (sumber:tempo) is not a word to correct.
        if (token.begin > 0 && query[token.begin - 1] == ':') continue;
        if (gazetteer_.find(gazetteer_.key(token.word))) continue;  // a place or agency, as named
        const Candidate better = suggest_word(token.word);
        if (better.word.empty() || (rare && better.articles < rarity_ratio * articles)) continue;
        suggestion.query.append(query.substr(copied, token.begin - copied)).append(better.word);
        copied = token.end;
        suggestion.corrects_known = suggestion.corrects_known || rare;
    }
    if (suggestion.query.empty()) return {};
    suggestion.query.append(query.substr(copied));
    return suggestion;
}

}  // namespace telusur
