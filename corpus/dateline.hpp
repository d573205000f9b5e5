// Dateline: the place (and often the outlet) that opens a news story, before the dash:
//   "BLORA, (blora-ekspres.com) – Dinas Sosial ..."   place BLORA, source blora-ekspres.com
//   "Jakarta, CNN Indonesia -- Presiden ..."         place Jakarta, source CNN Indonesia
//   "JAKARTA – Pemerintah ..."                       place JAKARTA
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace telusur {

struct Dateline {
    std::string place;
    std::string source;  // empty when the dateline names no outlet
};

// Reads the dateline at the start of the first paragraph of a story, if it has one.
std::optional<Dateline> read_dateline(std::string_view paragraph);

}  // namespace telusur
