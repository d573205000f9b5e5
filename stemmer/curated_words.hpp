// CuratedWords: the team's own word lists in stemmer/data/, compiled into the library (see stemmer/CMakeLists.txt):
// roots hunspell-id lacks, words never to reduce, derived words kept whole by policy, rhyming reduplications.
// Each file's header says what it holds, where it came from and its licence.
#pragma once

#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace telusur::stemming {

struct CuratedWords {
    std::vector<std::string_view> extra_roots;       // common roots missing from hunspell-id
    std::vector<std::string_view> never_reduce;      // look affixed but are roots (menteri, terapi), also inside words
    std::vector<std::string_view> function_words;    // frozen affixed function words (setelah), left whole alone
    std::vector<std::string_view> whole_names;       // names the rules would reduce (pemalang), left whole alone
    std::vector<std::string_view> kept_derivations;  // derived words the index keeps whole, by policy (pemerintah)
    // Words that stand for another word's stem: by an irregular affix (irregular_stems.txt: belajar -> ajar,
    // kinerja -> kerja) or where two readings fit equally (chosen_stems.txt: mengawali -> awal, not kawal).
    std::unordered_map<std::string_view, std::string_view> listed_stems;
    // Rhyming reduplications (sayur-mayur, bolak-balik) and the stem each stands for.
    std::unordered_map<std::string_view, std::string_view> rhyming_reduplications;
};

// The embedded lists, parsed on first use. The views point into static data and stay valid.
const CuratedWords& curated_words();

// One line of a list file: the word, the value after a tab (empty when none) and the line's number, for errors.
struct ListedWord {
    std::string_view word, value;
    std::size_t line = 0;
};

// One list file: a word (or "word<TAB>stem") per line; '#' starts a comment line; blank lines are skipped.
// Throws InputError naming `source` and the line for a line with spaces inside a word or more than two fields.
std::vector<ListedWord> parse_word_list(std::string_view text, const char* source);

// Adds the "word<TAB>stem" lines of one list to `curated.listed_stems`. Throws InputError naming `source` and the
// line for a word without a stem, one already listed (in this list or another), which would have two stems, or a
// chain (a word's stem listed with a stem of its own), as each listed stem is final.
void add_listed_stems(std::string_view text, const char* source, CuratedWords& curated);

}  // namespace telusur::stemming
