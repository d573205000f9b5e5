// Dates as Indonesian news writes them, read into ISO yyyy-mm-dd.
//   "2019-09-10", "10/9/2019", "Selasa (10/9/2019)", "18/8 / 2016", "Kamis, 12 September 2019", "28 Oktober 2020",
//   "12 Sept. 2019"
// A date that cannot be read, or does not exist on the calendar (31/2/2019), gives an empty string: never a guess.
// Two-digit years ("10/9/19") are not read, because the century would be a guess.
#pragma once

#include <string>
#include <string_view>

namespace telusur {

// The first date written anywhere in `text`: a date field, or a dateline such as "Cepu, Rabu (28/10/2020)".
std::string find_indonesian_date(std::string_view text);

}  // namespace telusur
