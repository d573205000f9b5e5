#include "searcher/spelling.hpp"

#include <algorithm>

namespace telusur {
namespace {

// Only words of letters are corrected: numbers, codes and acronyms with digits are typed as meant.
bool correctable(const Token& token) {
    if (token.compound || token.word.size() < 4 || token.word.size() > 30) return false;
    return std::all_of(token.word.begin(), token.word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

bool SpellingSuggester::known(const std::string& term) const {
    // The match set answers from its statistics for the query's own terms, and asks the index for any other.
    return searched_ ? searched_->get_termfreq(term) > 0 : db_.term_exists(term);
}

std::string SpellingSuggester::suggest_word(const std::string& word) {
    static constexpr std::string_view letters = "abcdefghijklmnopqrstuvwxyz";
    std::string best;
    Xapian::doccount best_frequency = 0;
    auto consider = [&](const std::string& candidate) {
        const Xapian::doccount frequency = db_.get_termfreq(analyzer_.term(candidate, WordSpan{0, candidate.size()}));
        if (frequency > best_frequency) {
            best = candidate;
            best_frequency = frequency;
        }
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
    if (!best.empty()) return best;
    for (std::size_t i = 0; i < word.size(); ++i)
        for (char c : letters)
            if (word[i] != c) {
                std::string changed = word;
                changed[i] = c;
                consider(changed);
            }
    return best;
}

std::string SpellingSuggester::suggest(std::string_view query) {
    std::string suggestion;
    std::size_t copied = 0;
    bool changed = false;
    for (const Token& token : analyzer_.analyze(query)) {
        if (!correctable(token) || known(token.term)) continue;
        // A word written inside a field or after a colon (sumber:tempo) is not a word to correct.
        if (token.begin > 0 && query[token.begin - 1] == ':') continue;
        if (gazetteer_.find(gazetteer_.key(token.word))) continue;  // a place or agency, as named
        const std::string better = suggest_word(token.word);
        if (better.empty()) continue;
        suggestion.append(query.substr(copied, token.begin - copied)).append(better);
        copied = token.end;
        changed = true;
    }
    if (!changed) return {};
    suggestion.append(query.substr(copied));
    return suggestion;
}

}  // namespace telusur
