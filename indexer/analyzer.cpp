#include "indexer/analyzer.hpp"

#include "indexer/ascii_words.hpp"
#include "indexer/function_homographs.hpp"
#include "indexer/open_compounds.hpp"
#include "indexer/stopwords.hpp"
#include "indexer/word_folding.hpp"

#include <telusur/error.hpp>

#include <algorithm>
#include <cctype>
#include <optional>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/normalizer2.h>
#include <unicode/utext.h>

namespace telusur {
namespace {

bool is_letter(UChar32 c) { return c >= 0 && u_isalpha(c); }

// ICU keeps letters joined by a dot as one word ("kompas.com", "liverpool.jeda.bertanding"), so a reader would find
// neither word in it; cut such a segment at those dots. Dots between digits ("1.250") stay.
void split_at_dots(std::string_view text, WordSpan segment, std::vector<WordSpan>& out) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    std::size_t begin = segment.begin;
    for (std::size_t at = text.find('.', segment.begin); at != std::string_view::npos && at + 1 < segment.end;
         at = text.find('.', at + 1)) {
        if (at == begin) continue;
        int32_t before = static_cast<int32_t>(at), after = static_cast<int32_t>(at + 1);
        UChar32 previous, next;
        U8_PREV(bytes, static_cast<int32_t>(begin), before, previous);
        U8_NEXT(bytes, after, static_cast<int32_t>(segment.end), next);
        if (!is_letter(previous) || !is_letter(next)) continue;
        out.push_back({begin, at});
        begin = at + 1;
    }
    out.push_back({begin, segment.end});
}

bool is_ascii(std::string_view s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

// The bytes of the space, quotation mark or parenthesis that ends text[0, at), or 0. Typographic quotes count as
// the typewriter ones do: news writes “Luas lahan...” as often as "Luas lahan...", and an outlet's opening quote
// may be a closing one (”Dana desa...”).
std::size_t mark_before(std::string_view text, std::size_t at) {
    if (at == 0) return 0;
    const char last = text[at - 1];
    if (last == ' ' || last == '"' || last == '\'' || last == '(') return 1;
    const std::string_view before = text.substr(0, at);
    for (const std::string_view quote : {"\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB"})
        if (before.ends_with(quote)) return quote.size();
    return 0;
}

// A sentence starts here: nothing but spaces and opening marks since the start, or since . ! ? … or a line break.
bool starts_sentence(std::string_view text, std::size_t at) {
    while (const std::size_t mark = mark_before(text, at)) at -= mark;
    if (at == 0) return true;
    const char last = text[at - 1];
    return last == '.' || last == '!' || last == '?' || last == '\n' || text.substr(0, at).ends_with("\u2026");
}

// "Blora", "Purwaningsih": a capital, then small letters. ALL CAPS says nothing (datelines, acronyms, shouting).
bool title_case(std::string_view surface) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(surface.data());
    const auto length = static_cast<int32_t>(surface.size());
    UChar32 c;
    int32_t i = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || !u_isupper(c)) return false;
    while (i < length) {
        U8_NEXT(bytes, i, length, c);
        if (c >= 0 && u_islower(c)) return true;
    }
    return false;
}

bool has_digit(std::string_view s) {
    for (char c : s)
        if (c >= '0' && c <= '9') return true;
    return false;
}

// Whether every character is a digit or a hyphen: a score or a range (1-0, 2019-2020), not a word.
bool digits_and_hyphens(std::string_view s) {
    return s.find_first_not_of("0123456789-") == std::string_view::npos;
}

// One spelling of the hyphen (U+2010 and U+2011 become '-'), whichever the writer typed.
std::string unify_hyphens(std::string_view word) {
    std::string result;
    result.reserve(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (word.substr(i, 2) == "\xE2\x80" && i + 2 < word.size() && (word[i + 2] == '\x90' || word[i + 2] == '\x91')) {
            result += '-';
            i += 2;
        } else {
            result += word[i];
        }
    }
    return result;
}

// "undang-undang": two equal halves joined by a hyphen, as the stemmer gives a reduplication it keeps whole.
bool is_full_reduplication(std::string_view term) {
    const std::size_t hyphen = term.find('-');
    return hyphen != std::string_view::npos && hyphen * 2 + 1 == term.size() &&
           term.substr(0, hyphen) == term.substr(hyphen + 1);
}

bool is_ascii_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Whether `a` and `b` are the same word of ASCII letters, whatever their case.
bool same_letters(std::string_view a, std::string_view b) {
    if (a.size() != b.size() || a.size() < 2) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!is_ascii_letter(a[i]) || std::tolower(static_cast<unsigned char>(a[i])) !=
                                          std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

// Whether `first` and `second` are the same word of letters written twice with one space between, and not three
// times over ("BLORA Blora blora" is a name said three times, no reduplication).
bool written_twice(std::string_view text, const WordSpan& first, const WordSpan& second) {
    const std::string_view word = text.substr(first.begin, first.end - first.begin);
    if (text.substr(first.end, second.begin - first.end) != " " ||
        !same_letters(word, text.substr(second.begin, second.end - second.begin)))
        return false;
    const std::size_t before = first.begin, after = second.end, n = word.size();
    if (before >= n + 1 && text[before - 1] == ' ' && (before == n + 1 || !is_ascii_letter(text[before - n - 2])) &&
        same_letters(word, text.substr(before - 1 - n, n)))
        return false;
    if (after + 1 + n <= text.size() && text[after] == ' ' &&
        (after + 1 + n == text.size() || !is_ascii_letter(text[after + 1 + n])) &&
        same_letters(word, text.substr(after + 1, n)))
        return false;
    return true;
}

// Where a token stands, before its word and term are made.
struct WordPlace {
    std::size_t begin = 0, end = 0;
    std::uint32_t position = 0;
    bool compound = false;
};

}  // namespace

struct Analyzer::Impl {
    std::unique_ptr<Stemmer> stemmer;
    bool reads_reduplication = false;  // stemmer->reads_reduplication(), asked once
    std::unordered_set<std::string> open_compound_terms;  // the whole's terms of the listed compounds, made once
    std::unordered_set<std::string> proper_nouns;
    const WordFolding& spelling = WordFolding::spelling_variants();
    const WordFolding& senses = WordFolding::sense_families();
    std::unordered_set<std::string> sense_roots;  // the stems the stemmer gives the sense families' words, made once
    std::unique_ptr<icu::BreakIterator> words;
    const icu::Normalizer2* fold = nullptr;

    // ICU's words of text[begin, end), cut at dots between letters.
    void icu_words(std::string_view text, std::size_t begin, std::size_t end, std::vector<WordSpan>& segments) {
        UErrorCode status = U_ZERO_ERROR;
        UText* utext =
            utext_openUTF8(nullptr, text.data() + begin, static_cast<int64_t>(end - begin), &status);
        if (U_FAILURE(status)) throw Error(std::string("ICU cannot read the text: ") + u_errorName(status));
        words->setText(utext, status);
        // With UTF-8 text, ICU's boundaries are byte offsets into it.
        for (int32_t from = words->first(), to = words->next(); to != icu::BreakIterator::DONE;
             from = to, to = words->next()) {
            if (words->getRuleStatus() != UBRK_WORD_NONE)
                split_at_dots(text, {begin + static_cast<std::size_t>(from), begin + static_cast<std::size_t>(to)},
                              segments);
        }
        words->setText(icu::UnicodeString());  // let go of the caller's text before closing it
        utext_close(utext);
    }

    std::vector<WordSpan> segment(std::string_view text) {
        std::vector<WordSpan> segments;
        if (!is_ascii(text)) {
            icu_words(text, 0, text.size(), segments);
            return segments;
        }
        ascii_words::find(
            text, [&](WordSpan word) { split_at_dots(text, word, segments); },
            [&](std::size_t begin, std::size_t end) { icu_words(text, begin, end, segments); });
        return segments;
    }

    std::string normalise(std::string_view word) const {
        std::string result(word);
        if (is_ascii(word)) {  // the common case in Indonesian: plain lower-casing is NFKC case folding
            for (char& c : result)
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            return result;
        }
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString folded = fold->normalize(icu::UnicodeString::fromUTF8(word), status);
        if (U_FAILURE(status)) return result;
        result.clear();
        folded.toUTF8String(result);
        return result;
    }

    std::string term(const std::string& word) const {
        if (has_digit(word)) return word;
        if (is_function_homograph(word)) return function_homograph_term(word);
        std::string stem = stemmer->stem(word);
        if (sense_roots.contains(stem)) keep_sense(word, stem);
        // Most words stem to themselves (roots, stopwords): only a word the stemmer would change is looked up among
        // the names, which costs a hash of the word in a large set.
        if (stem.empty() || (stem != word && proper_nouns.contains(word))) return word;
        // The standard spelling of the stem (nafas -> napas); most stems have none and are returned as they are.
        const std::string_view standard = spelling.fold(stem);
        if (standard.data() != stem.data()) stem.assign(standard);
        return stem;
    }

    // A derived word of a sense family (keadaan, mengalami) takes the family's term rather than its root's (ada, alam):
    // the word itself where it is listed (meskipun, whose -pun the stemmer takes off), else the word without its
    // clitics (keadaannya).
    void keep_sense(const std::string& word, std::string& stem) const {
        const std::string* kept = senses.find(word);
        if (!kept) kept = senses.find(stemmer->without_clitics(word));
        if (kept) stem = *kept;
    }

    // The derived word a term was read from, as Token::form: without its clitics, in its standard spelling. None
    // where that is the term itself (a root, a name, a number, bukunya -> buku), and for a function word.
    std::string form(const std::string& word, const std::string& term) const {
        if (term == word || is_function_homograph_term(term)) return {};
        // A sense family lists a word whose ending only looks like a clitic as it is written (nyatanya, "in fact").
        std::string form = senses.holds(word) ? word : stemmer->without_clitics(word);
        const std::string_view standard = spelling.fold(form);
        if (standard.data() != form.data()) form.assign(standard);
        return form == term ? std::string() : form;
    }

    // A joined word's space, where a reduplication's hyphen was left out ("undang undang"), is read as its hyphen.
    std::string word(std::string_view text, std::size_t begin, std::size_t end, bool compound) const {
        std::string word = normalise(text.substr(begin, end - begin));
        if (!compound) return word;
        std::replace(word.begin(), word.end(), ' ', '-');
        return unify_hyphens(word);
    }

    // The term of a two-part joined word's whole when its parts are to take it: the stemmer keeps the whole as one
    // word of its own (undang-undang, "law"), so its parts are not the words they spell (undang, "to invite").
    // Empty when the parts keep their own terms (anak-anak -> anak, jawa-bali, covid-19), and always with a
    // stemmer that leaves every reduplication whole.
    std::string reduplication_term(std::string_view whole_word, const std::string& whole_term) const {
        return reads_reduplication && !has_digit(whole_word) && is_full_reduplication(whole_term) ? whole_term
                                                                                                 : std::string();
    }

    // The same for the two words `first` and `second` of `text` read as one written word.
    std::string pair_reduplication_term(std::string_view text, const WordSpan& first, const WordSpan& second) const {
        if (!reads_reduplication || !keeps_whole(2, second.end - first.begin)) return {};
        const std::string whole = word(text, first.begin, second.end, true);
        if (whole.size() > max_word_bytes) return {};
        return reduplication_term(whole, term(whole));
    }

    // The term of a word of two parts joined by a hyphen. News writes many such words both ways, K-pop and Kpop,
    // e-commerce and ecommerce, non-aktif and nonaktif (the standard spelling joins a bound form such as non-, pasca-,
    // anti-), Covid-19 and Covid19: where the stemmer keeps the word whole, its term is that of its letters written
    // together, so either spelling finds both. A reduplication kept whole (kupu-kupu, undang-undang) keeps its hyphen,
    // as do numbers (1-0, 2019-2020); one the stemmer reads (anak-anak -> anak, se-Kabupaten -> kabupaten) has
    // that term.
    std::string pair_term(const std::string& whole) const {
        std::string whole_term = term(whole);
        const std::size_t hyphen = whole.find('-');
        if (hyphen == std::string::npos || whole_term.find('-') == std::string::npos ||
            is_full_reduplication(whole_term) || digits_and_hyphens(whole))
            return whole_term;
        return term(whole.substr(0, hyphen) + whole.substr(hyphen + 1));
    }

    // The term of the two words `first` and `second` of `text` read as one written word (pair_term).
    std::string pair_whole_term(std::string_view text, const WordSpan& first, const WordSpan& second) const {
        if (!keeps_whole(2, second.end - first.begin)) return {};
        const std::string whole = word(text, first.begin, second.end, true);
        if (whole.size() > max_word_bytes) return {};
        return pair_term(whole);
    }

    // Whether two neighbouring words are one written word: joined by a hyphen or a dot, a reduplication the
    // stemmer keeps whole written with a space for its hyphen ("undang undang"; "anak anak" stays two words), or a
    // compound news also writes as one word ("sepak bola", sepakbola: indexer/data/open_compounds.txt).
    bool joins(std::string_view text, const WordSpan& first, const WordSpan& second) const {
        const std::string_view between = text.substr(first.end, second.begin - first.end);
        if (joins_words(between)) return true;
        if (between != " ") return false;
        return (written_twice(text, first, second) && !pair_reduplication_term(text, first, second).empty()) ||
               is_open_compound(text.substr(first.begin, first.end - first.begin),
                                text.substr(second.begin, second.end - second.begin));
    }

    // The token of the word at `place`, or none when its normalised word is too long to index: measured once
    // normalised, since case folding can write one character as many (U+FDFA as 18 letters).
    std::optional<Token> make_token(std::string_view text, const WordPlace& place, std::size_t parts) {
        Token token;
        token.word = word(text, place.begin, place.end, place.compound);
        if (token.word.size() > max_word_bytes) return std::nullopt;
        token.begin = place.begin;
        token.end = place.end;
        token.position = place.position;
        token.compound = place.compound;
        token.capitalised = title_case(text.substr(place.begin, place.end - place.begin)) &&
                            !starts_sentence(text, place.begin);
        token.term = parts == 2 ? pair_term(token.word) : term(token.word);
        token.stopword = !place.compound && is_stopword(token.word);
        if (!place.compound && !token.stopword) token.form = form(token.word, token.term);
        return token;
    }

    // Each word of `text` in reading order, a joined whole ("anak-anak") first, then its parts, each part counting
    // a position.
    std::vector<Token> tokens(std::string_view text, const std::vector<WordSpan>& segments,
                              std::uint32_t first_position) {
        std::vector<Token> tokens;
        tokens.reserve(segments.size() + segments.size() / 8);
        const auto add = [&](const WordPlace& place, std::size_t parts) {
            if (auto token = make_token(text, place, parts)) tokens.push_back(std::move(*token));
        };
        std::uint32_t position = first_position;
        for (std::size_t i = 0; i < segments.size();) {
            // The run of segments joined by single hyphens or dots: one word as written.
            std::size_t j = i + 1;
            while (j < segments.size() && joins(text, segments[j - 1], segments[j])) ++j;
            const std::size_t parts = j - i;
            const std::size_t begin = segments[i].begin, end = segments[j - 1].end;
            std::string whole_term, parts_term;
            if (parts > 1 && keeps_whole(parts, end - begin)) {
                const std::size_t before = tokens.size();
                add(WordPlace{begin, end, position, true}, parts);
                if (tokens.size() > before) whole_term = tokens.back().term;
                if (parts == 2 && tokens.size() > before)
                    parts_term = reduplication_term(tokens.back().word, tokens.back().term);
            }
            for (std::size_t k = i; k < j; ++k, ++position) {
                if (segments[k].end - segments[k].begin > max_word_bytes) continue;
                const std::size_t before = tokens.size();
                add(WordPlace{segments[k].begin, segments[k].end, position, false}, 1);
                if (tokens.size() == before) continue;
                if (!parts_term.empty()) tokens.back().term = parts_term;
                // A part that only repeats the whole's term (the anak of anak-anak, the lari of berlari-lari) is no
                // occurrence of its own: the word is written once.
                tokens.back().echoes_whole = tokens.back().term == whole_term;
            }
            i = j;
        }
        return tokens;
    }
};

Analyzer::Analyzer(std::unique_ptr<Stemmer> stemmer) : impl_(std::make_unique<Impl>()) {
    impl_->stemmer = std::move(stemmer);
    impl_->reads_reduplication = impl_->stemmer->reads_reduplication();
    // A family applies where the stemmer reduces its words to a root: not in the light mode, which changes only the
    // words listed with a particle (meskipun), and those to keep it.
    for (const std::string_view word : impl_->senses.words()) {
        std::string root = impl_->stemmer->stem(word);
        if (root != word) impl_->sense_roots.insert(std::move(root));
    }
    UErrorCode status = U_ZERO_ERROR;
    // The root locale's word rules: Indonesian needs nothing locale-specific, and the root rules are always present.
    impl_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) throw Error(std::string("ICU word segmentation unavailable: ") + u_errorName(status));
    impl_->fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) throw Error(std::string("ICU case folding unavailable: ") + u_errorName(status));
    for (const std::string_view pair : open_compounds()) {
        const std::size_t space = pair.find(' ');
        impl_->open_compound_terms.insert(impl_->pair_whole_term(pair, WordSpan{0, space}, WordSpan{space + 1, pair.size()}));
    }
}

bool Analyzer::is_open_compound_term(const std::string& term) const { return impl_->open_compound_terms.contains(term); }

Analyzer::~Analyzer() = default;

const Stemmer& Analyzer::stemmer() const { return *impl_->stemmer; }

std::string Analyzer::fold(std::string_view text) const { return impl_->normalise(text); }

void Analyzer::set_proper_nouns(std::unordered_set<std::string> words) { impl_->proper_nouns = std::move(words); }

std::vector<Token> Analyzer::analyze(std::string_view text, std::uint32_t first_position) {
    return impl_->tokens(text, impl_->segment(text), first_position);
}

std::vector<Token> Analyzer::analyze(std::string_view text, const std::vector<WordSpan>& spans,
                                     std::uint32_t first_position) {
    return impl_->tokens(text, spans, first_position);
}

std::vector<WordSpan> Analyzer::word_spans(std::string_view text) { return impl_->segment(text); }

bool Analyzer::joins_words(std::string_view between) {
    return between == "-" || between == "\u2010" || between == "\u2011" || between == ".";
}

std::string Analyzer::term(std::string_view text, const WordSpan& span) const {
    return impl_->term(impl_->word(text, span.begin, span.end, false));
}

std::string Analyzer::form(std::string_view text, const WordSpan& span) const {
    const std::string word = impl_->word(text, span.begin, span.end, false);
    if (is_stopword(word)) return {};
    return impl_->form(word, impl_->term(word));
}

bool Analyzer::joins_words(std::string_view text, const WordSpan& first, const WordSpan& second) const {
    return impl_->joins(text, first, second);
}

std::string Analyzer::reduplication_term(std::string_view text, const WordSpan& first, const WordSpan& second) const {
    return impl_->pair_reduplication_term(text, first, second);
}

std::string Analyzer::whole_term(std::string_view text, const WordSpan& first, const WordSpan& second) const {
    return impl_->pair_whole_term(text, first, second);
}

}  // namespace telusur
