// Analyzer: turns text into the terms the index stores. One code path for documents and queries, so a word written
// in either produces the same term.
//
// The chain: ICU word segmentation -> words joined by a hyphen or a dot (anak-anak, se-Kabupaten, Covid-19,
// blora-ekspres.com, "Blora.Kemudian" typed without a space) are kept whole and also as their parts -> NFKC case
// folding -> stemming of alphabetic words -> spelling variants folded onto the standard form (nafas -> napas).
// A two-part word joined by a hyphen that the stemmer keeps whole has the term of its letters written together
// (K-pop and Kpop, e-commerce and ecommerce).
// The parts of a reduplication the stemmer keeps whole take the whole's term (undang-undang, "law", has no part
// undang, "to invite"). A function word spelled as a root (ada, pukul) has a term of its own, apart from the root's
// derived words (mengadakan, pemukulan): indexer/function_homographs.hpp. A derived word whose sense has moved away
// from its root's (keadaan "condition" beside ada "there is") takes its family's term: indexer/word_folding.hpp.
// Numbers ("1.250", "57,8") and acronyms with digits ("P3A") stay whole, as ICU's word rules keep them.
#pragma once

#include <telusur/stemmer.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace telusur {

struct Token {
    std::string word;       // normalised surface form: "anak-anak", "p3a", "menggelar"
    std::string term;       // what the index stores: the stem of an alphabetic word, else the word itself; the name
                            // of a known place or agency is not reduced
    // The derived word itself, without its particles and possessives, where the term reduces it further:
    // "menjalani" of "menjalaninya", whose term is "jalan". An article writing a derived query word as the query does
    // ranks above one that only shares its stem (schema::form_prefix). Empty for a word that is its term but for
    // clitics (jalan, bukunya), a stopword, a number, a function word and a joined whole.
    std::string form;
    std::size_t begin = 0;  // byte offsets of the word in the analysed text
    std::size_t end = 0;
    std::uint32_t position = 0;  // word position; a compound shares the position of its first part
    bool compound = false;       // a joined whole ("anak-anak", "kompas.com"), followed by its parts
    // A part with the whole's term: of a reduplication the stemmer keeps whole, whose parts take its term
    // (undang-undang), or of one that stems as its parts do (anak-anak -> anak). It holds a position, for phrases,
    // but is no occurrence of its own, as the whole counts already.
    bool echoes_whole = false;
    bool stopword = false;
    // Written Like This (not ALL CAPS), not at the start of a sentence: in running text, a name. Evidence for the
    // entity tagger; not used to skip stemming, since a lower-case query could not do the same.
    bool capitalised = false;
};

// Where one word stands in a text, as ICU's word rules find it (letters joined by a dot already cut apart): byte
// offsets. Every span counts a word position, even one too long to index.
struct WordSpan {
    std::size_t begin = 0, end = 0;
};

class Analyzer {
public:
    // Not thread-safe (ICU break iterators and the stemmer keep state): one Analyzer per thread.
    explicit Analyzer(std::unique_ptr<Stemmer> stemmer);
    ~Analyzer();
    Analyzer(const Analyzer&) = delete;
    Analyzer& operator=(const Analyzer&) = delete;

    // Tokens of `text` (valid UTF-8) in reading order, positions counting on from `first_position`.
    std::vector<Token> analyze(std::string_view text, std::uint32_t first_position = 0);
    // The same from the text's word spans, found already (word_spans of this very text).
    std::vector<Token> analyze(std::string_view text, const std::vector<WordSpan>& spans, std::uint32_t first_position);

    // The words of `text` in order, before anything else of the analysis: ICU's word segmentation, the costly step.
    std::vector<WordSpan> word_spans(std::string_view text);

    // The term analyze() gives the word at `span` of `text` (one of its word_spans, not a joined whole) where it
    // stands alone or in a joined word whose parts keep their own terms; see reduplication_term for the others.
    std::string term(std::string_view text, const WordSpan& span) const;
    // The form analyze() gives that word (Token::form): empty for a root, a stopword, a function word or a number.
    std::string form(std::string_view text, const WordSpan& span) const;
    // The term analyze() gives both parts of the two words `first` and `second` of `text` when, read as one written
    // word (joins_words), they are a reduplication the stemmer keeps whole: undang-undang ("law") is not undang
    // ("to invite"), so its parts take the whole's term. Empty when the parts keep their own (anak-anak -> anak,
    // jawa-bali).
    std::string reduplication_term(std::string_view text, const WordSpan& first, const WordSpan& second) const;
    // The term analyze() gives the whole of the two words `first` and `second` of `text`, read as one written word:
    // of a word joined by a hyphen that the stemmer keeps whole, the term of its letters written together (K-pop
    // -> kpop, non-aktif -> nonaktif, Covid-19 -> covid19), as news writes many such words both ways. Empty when the
    // two are too long to be kept whole.
    std::string whole_term(std::string_view text, const WordSpan& first, const WordSpan& second) const;
    // Whether `term` is the whole's term of a compound news writes both as two words and as one (sepakbola:
    // indexer/data/open_compounds.txt), so that words joined by a space may hold it.
    bool is_open_compound_term(const std::string& term) const;

    // Words never reduced, whatever their case: the names of places (Bekasi, Kediri, Pemalang) that a stemmer
    // would take for derived words. Set once, before the analyzer is used for documents or queries.
    void set_proper_nouns(std::unordered_set<std::string> words);

    // NFKC case folding, as applied to every word: "BLORA" -> "blora". For fields matched exactly (sources).
    std::string fold(std::string_view text) const;

    const Stemmer& stemmer() const;

    // Words longer than this are not indexed: they are never words a person searches for (and Xapian limits terms).
    static constexpr std::size_t max_word_bytes = 64;
    // A word written with more parts than this is a list ("2019-2020-2021-2022-...") rather than a word: only its
    // parts are kept.
    static constexpr std::size_t max_compound_parts = 4;
    // Whether words joined into one written word ("anak-anak") of `parts` spans and `bytes` bytes are a word of
    // their own too, besides their parts.
    static bool keeps_whole(std::size_t parts, std::size_t bytes) {
        return parts <= max_compound_parts && bytes <= max_word_bytes;
    }
    // Whether the text between two word spans joins them into one written word: exactly one hyphen ("anak-anak"), or
    // one dot with no space ("blora-ekspres.com", "Blora.Kemudian", a headline slug "jeda.bertanding.16.hari").
    static bool joins_words(std::string_view between);
    // Whether the words `first` and `second` of `text` are one written word: joined as above, or the same word of
    // letters written twice with one space between where the stemmer keeps that reduplication whole ("undang
    // undang", "law", with its hyphen left out; not "anak anak" or "hati hati", which stay two words).
    bool joins_words(std::string_view text, const WordSpan& first, const WordSpan& second) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace telusur
