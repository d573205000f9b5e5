// Where a body's words are in its text: the byte offset of every schema::word_offsets_stride-th word position,
// stored with the document (schema::word_offsets_slot). With the positions Xapian keeps for each term, a searcher
// finds the text around a matched word without analysing the whole body again (searcher/hit_snippet.hpp).
#pragma once

#include "indexer/analyzer.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace telusur::word_offsets {

// `body`: the body's tokens, positions counting from schema::body_first_position.
std::string encode(const std::vector<Token>& body);

// Element k of the result is the byte offset of the first word at body position k * stride or later (so every
// word at a position in [k * stride, (k + 1) * stride) begins at or after it and before element k + 1). Empty for
// an empty or malformed value: the caller then reads the text as if there were none.
std::vector<std::size_t> decode(std::string_view value);

}  // namespace telusur::word_offsets
