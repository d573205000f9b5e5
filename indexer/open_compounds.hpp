// Compounds news writes both as two words and as one (indexer/data/open_compounds.txt): sepak bola and sepakbola,
// wali kota and walikota. The analyzer reads a listed pair as one written word, whose term is its letters written
// together, so either spelling finds both.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_set>

namespace telusur {

// Whether the words `first` and `second`, as written (any case), are a listed pair; `second` may carry a
// possessive or particle (orang tuanya).
bool is_open_compound(std::string_view first, std::string_view second);

// The listed pairs, "sepak bola".
const std::unordered_set<std::string_view>& open_compounds();

// A fingerprint of the list, stable across builds: an index records it, as the terms depend on it.
std::uint32_t open_compounds_fingerprint();

}  // namespace telusur
