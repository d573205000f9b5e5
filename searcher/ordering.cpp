#include "searcher/ordering.hpp"

#include "indexer/schema.hpp"

#include <algorithm>
#include <cmath>

namespace telusur {

long day_number(const std::string& date) {
    if (date.size() != 8) return -1;
    int y = std::stoi(date.substr(0, 4)), m = std::stoi(date.substr(4, 2)), d = std::stoi(date.substr(6, 2));
    // Days from civil date (proleptic Gregorian), after Howard Hinnant's well-known algorithm.
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::string DateKey::operator()(const Xapian::Document& doc) const {
    const std::string date = doc.get_value(schema::date_slot);
    if (!date.empty()) return date;
    return newest_first_ ? std::string() : std::string("\xff");  // last, whichever way the dates run
}

RecencySource::RecencySource(const std::string& newest, double half_life_days, double max_weight)
    : Xapian::ValuePostingSource(schema::date_slot), newest_(newest), newest_day_(day_number(newest)),
      half_life_days_(half_life_days), max_weight_(max_weight) {
    set_maxweight(max_weight_);
}

void RecencySource::init(const Xapian::Database& db) {
    Xapian::ValuePostingSource::init(db);
    set_maxweight(max_weight_);
}

double RecencySource::get_weight() const {
    const long day = day_number(get_value());
    if (day < 0 || newest_day_ < 0) return 0;
    const double age = static_cast<double>(std::max(0L, newest_day_ - day));
    return max_weight_ * std::exp2(-age / half_life_days_);
}

RecencySource* RecencySource::clone() const {
    return new RecencySource(newest_, half_life_days_, max_weight_);
}

}  // namespace telusur
