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
};

// Snowball's "indonesian" algorithm, as Xapian ships it. A stopgap until the lexicon-backed stemmer lands.
// Not thread-safe: give each thread its own.
std::unique_ptr<Stemmer> make_snowball_stemmer();

}  // namespace telusur
