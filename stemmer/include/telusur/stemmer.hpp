// Stemmer: reduces an Indonesian word to the form the index stores, so that "menggelar", "digelar" and "gelar" meet.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace telusur {

class Stemmer {
public:
    virtual ~Stemmer() = default;

    // `word` is one normalised (case-folded, NFKC) word; the result is its stem.
    virtual std::string stem(std::string_view word) const = 0;

    // Names the algorithm and its settings. The index records it, and refuses a stemmer of another name, because
    // query words stemmed differently from the documents would silently stop matching.
    virtual std::string name() const = 0;

    // Whether a reduplication this stemmer leaves whole ("kupu-kupu", "undang-undang" "law") is a word of its own
    // rather than a plural it does not read: then the analyzer gives its parts the whole's term, so that undang
    // ("to invite") does not find every law. Snowball and the light mode leave every reduplication whole.
    virtual bool reads_reduplication() const { return false; }

    // The word as written but for its particles and possessive pronouns: "menjalaninya" -> "menjalani". Two words of
    // one stem with the same form are the same derived word, which ranks an article that writes the query's own word
    // above one that only shares its stem. By default the word itself.
    virtual std::string without_clitics(std::string_view word) const { return std::string(word); }

    // A word the caller knows to be a proper noun (tagged as one, or a name of its gazetteer), normalised as for
    // stem(): never reduced, but for a possessive or -pun after it ("jakartanya" -> "jakarta"; "abdullah" stays).
    // By default the word itself.
    virtual std::string stem_proper_noun(std::string_view word) const { return std::string(word); }
};

// How far the Indonesian stemmer reduces a word. Index and queries must use the same mode (name() differs).
enum class StemMode {
    full,   // derivational: "pemberdayaan" -> "daya", "anak-anak" -> "anak", spoken "nonton" -> "tonton"
    light,  // particles and possessive pronouns only: "bukunya" -> "buku", "dia-lah" -> "dia"; "bertanya" stays, as
            // its -nya is the root's (ber- + tanya)
};

struct StemmerOptions {
    StemMode mode = StemMode::full;
    // Path of the hunspell-id dictionary without its extension: ".dic" and ".aff" are appended. Debian's hunspell-id
    // package installs it here.
    std::string dictionary = "/usr/share/hunspell/id_ID";
    // Remember the stems of words seen (a per-instance cache). Off only to measure the stemmer itself.
    bool cache = true;
};

// The lexicon-backed Indonesian stemmer: hunspell-id's roots and affix flags plus the project's curated word lists,
// every segmentation of the word into affixes and a root, the best-attested one chosen. Words it cannot derive from
// the lexicon (names, most foreign words) are left alone but for clear particles. Throws InputError naming the file
// when the dictionary is missing or malformed. The dictionary is read once per process and shared.
// Not thread-safe (each instance keeps a cache of the words it has stemmed): give each thread its own.
std::unique_ptr<Stemmer> make_indonesian_stemmer(const StemmerOptions& options = {});

// Snowball's "indonesian" algorithm, as Xapian ships it: the baseline the stemmer above is measured against.
// Not thread-safe: give each thread its own.
std::unique_ptr<Stemmer> make_snowball_stemmer();

}  // namespace telusur
