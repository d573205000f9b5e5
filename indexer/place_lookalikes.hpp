// Names that hold a place's name but name something else (indexer/data/place_lookalikes.txt): "Macan Kemayoran",
// Persija's nickname, is not the district of Kemayoran.
#pragma once

#include "indexer/analyzer.hpp"

#include <cstddef>
#include <vector>

namespace telusur {

// The number of words of such a name starting at `tokens[first]`, or 0.
std::size_t place_lookalike_length(const std::vector<const Token*>& tokens, std::size_t first);

}  // namespace telusur
