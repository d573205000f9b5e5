// UTF-8 checks shared by the readers: text that is not valid UTF-8 is rejected, never passed on to be indexed.
#pragma once

#include <cstddef>
#include <string_view>

namespace telusur::utf8 {

// Returns the byte offset of the first invalid sequence (overlong forms, surrogates and code points past U+10FFFF
// are invalid), or npos when the whole text is valid.
std::size_t find_invalid(std::string_view text);

inline bool is_valid(std::string_view text) { return find_invalid(text) == std::string_view::npos; }

}  // namespace telusur::utf8
