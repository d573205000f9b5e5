// The words of plain ASCII text where ICU's word segmentation puts them, without ICU: three quarters of the news
// indexed is plain ASCII, and segmenting it was the largest part of analysing an article.
//
// For ASCII, the word-boundary rules ICU follows (Unicode Standard Annex #29) come down to: letters and digits run
// together; a full stop or an apostrophe between two letters or two digits, and a comma or semicolon between two
// digits, joins them; every other character stands alone. A run holding an underscore, a colon or an at sign, which
// ICU's rules treat specially ("@akun" is one word), is handed back to ICU. tests/indexer/ascii_words_test.cpp
// checks the boundaries against ICU's.
#pragma once

#include "indexer/analyzer.hpp"

#include <functional>
#include <string_view>

namespace telusur::ascii_words {

// Calls `word` for each word of `text` (ASCII only) in order, and `by_icu(begin, end)` for each stretch it leaves
// to ICU, in their place in that order.
void find(std::string_view text, const std::function<void(WordSpan)>& word,
          const std::function<void(std::size_t, std::size_t)>& by_icu);

}  // namespace telusur::ascii_words
