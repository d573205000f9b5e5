#include "searcher/ordering.hpp"

#include "indexer/schema.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace telusur {
namespace {

// Recency weights are given for at most this many half-lives back from the newest day.
constexpr double recency_half_lives = 64;

}  // namespace

long day_number(const std::string& date) {
    if (date.size() != 8 || !std::all_of(date.begin(), date.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return -1;
    int y = std::stoi(date.substr(0, 4)), m = std::stoi(date.substr(4, 2)), d = std::stoi(date.substr(6, 2));
    // Days from civil date (proleptic Gregorian), after Howard Hinnant's well-known algorithm.
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::string date_of_day(long day) {
    // Civil date from days, the inverse of day_number (same algorithm).
    day += 719468;
    const long era = (day >= 0 ? day : day - 146096) / 146097;
    const long doe = day - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long d = doy - (153 * mp + 2) / 5 + 1;
    const long m = mp < 10 ? mp + 3 : mp - 9;
    const long y = yoe + era * 400 + (m <= 2);
    char text[64];
    std::snprintf(text, sizeof text, "%04ld%02ld%02ld", y, m, d);
    return text;
}

std::string OldestFirstKey::operator()(const Xapian::Document& doc) const {
    const std::string date = doc.get_value(schema::date_slot);
    return date.empty() ? std::string("\xff") : date;  // undated last
}

std::string edge_date(const Xapian::Database& db, bool newest) {
    const std::string prefix(schema::year_prefix);
    std::string year;
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
        year = *it;
        if (!newest) break;
    }
    if (year.empty()) return {};
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(year));
    // Weighted, though only the order by date counts: Xapian 1.4.22 throws DatabaseCorruptError ("Unexpected end of
    // posting list") for a term of zero weight, such as BoolWeight gives, once a document has been deleted from its
    // posting list of several chunks (telusur remove, reindex --prune), and stats and --recent failed with it.
    enquire.set_sort_by_value(schema::date_slot, newest);
    const Xapian::MSet first = enquire.get_mset(0, 1);
    return first.empty() ? std::string() : first.begin().get_document().get_value(schema::date_slot);
}

Xapian::ValueMapPostingSource* recency_source(const Xapian::Database& db, const std::string& newest_date,
                                             double half_life_days, double max_weight) {
    auto* source = new Xapian::ValueMapPostingSource(schema::date_slot);
    source->set_default_weight(0);
    const long newest = day_number(newest_date);
    if (newest < 0) return source;
    const long oldest = std::max(day_number(db.get_value_lower_bound(schema::date_slot)),
                                 newest - static_cast<long>(std::ceil(recency_half_lives * half_life_days)));
    for (long day = newest; day >= oldest; --day)
        source->add_mapping(date_of_day(day),
                            max_weight * std::exp2(-static_cast<double>(newest - day) / half_life_days));
    return source;
}

}  // namespace telusur
