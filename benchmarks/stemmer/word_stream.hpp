// WordStream: the words of a JSON-lines corpus's article bodies, as the stemmer benchmark feeds them to both stemmers.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace telusur::bench {

struct WordStream {
    std::vector<std::string> tokens;    // every word of every body, in order
    std::vector<std::string> distinct;  // each word once, in order of first appearance
    std::size_t articles = 0;           // lines with a "body" string
    std::size_t skipped = 0;            // runs of word characters dropped: they held a digit or a non-ASCII letter
};

// Reads `file` (one JSON object per line; the "body" string of each) and splits each body simply, the same way for
// both stemmers: ASCII other than letters and digits (spaces, punctuation, hyphens) and the common non-ASCII
// punctuation (curly quotes, dashes, no-break space) separate words. Runs holding a digit or another non-ASCII
// character (é, Arabic script) are skipped, the rest are lower-cased (ASCII). Throws std::runtime_error naming the
// file if it cannot be read or a line is not JSON.
WordStream read_body_words(const std::string& file);

}  // namespace telusur::bench
