// Small text helpers the readers share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace telusur::text {

// Without leading and trailing ASCII white space and no-break spaces (U+00A0, common in scraped pages).
std::string_view trim(std::string_view s);

// Paragraphs: runs of non-blank lines, each trimmed and joined by a space; "\r\n" is read as "\n".
std::vector<std::string> paragraphs(std::string_view s);

}  // namespace telusur::text
