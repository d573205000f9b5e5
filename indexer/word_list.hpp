// The words of an embedded data list (indexer/data/*.txt): one word a line, '#' starting a comment line.
#pragma once

#include <string_view>
#include <unordered_set>

namespace telusur {

// Views into `list`, which must outlive the set (the embedded lists live as long as the program).
std::unordered_set<std::string_view> word_set(std::string_view list);

}  // namespace telusur
