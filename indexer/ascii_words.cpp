#include "indexer/ascii_words.hpp"

namespace telusur::ascii_words {
namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_letter(c) || is_digit(c); }

// Characters that may belong to a word: letters, digits and the marks that can join two of them.
bool in_run(char c) {
    return is_alnum(c) || c == '.' || c == '\'' || c == ',' || c == ';' || c == '_' || c == ':' || c == '@';
}

// Whether `mid` joins the letters or digits either side of it into one word.
bool joins(char before, char mid, char after) {
    if (is_letter(before) && is_letter(after)) return mid == '.' || mid == '\'';
    if (is_digit(before) && is_digit(after)) return mid == '.' || mid == '\'' || mid == ',' || mid == ';';
    return false;
}

// The words of a run of letters, digits, full stops, apostrophes, commas and semicolons.
void split_run(std::string_view text, std::size_t begin, std::size_t end, const std::function<void(WordSpan)>& word) {
    for (std::size_t at = begin; at < end;) {
        if (!is_alnum(text[at])) {  // a mark joining nothing: a segment of its own, no word
            ++at;
            continue;
        }
        const std::size_t start = at;
        for (;;) {
            while (at < end && is_alnum(text[at])) ++at;
            if (at + 1 < end && joins(text[at - 1], text[at], text[at + 1])) {
                ++at;
                continue;
            }
            break;
        }
        word({start, at});
    }
}

}  // namespace

void find(std::string_view text, const std::function<void(WordSpan)>& word,
          const std::function<void(std::size_t, std::size_t)>& by_icu) {
    for (std::size_t at = 0; at < text.size();) {
        if (!in_run(text[at])) {  // spaces, line breaks, brackets, quotes, hyphens: never part of a word
            ++at;
            continue;
        }
        const std::size_t begin = at;
        bool special = false;
        for (; at < text.size() && in_run(text[at]); ++at)
            special = special || text[at] == '_' || text[at] == ':' || text[at] == '@';
        if (special)
            by_icu(begin, at);
        else
            split_run(text, begin, at, word);
    }
}

}  // namespace telusur::ascii_words
