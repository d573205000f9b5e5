// Titles of officials written right before the place they head (indexer/data/place_titles.txt): "Kapolsek Cisauk",
// "Bupati Pati". The entity tagger reads the place after one as named, and of the kind the title heads.
#pragma once

#include <optional>
#include <string_view>

namespace telusur {

// The kind of place `normalised_word` heads as a title ("kecamatan" for kapolsek; empty for any kind, as kapolres),
// or nullopt when it is no such title.
std::optional<std::string_view> place_title_kind(std::string_view normalised_word);

}  // namespace telusur
