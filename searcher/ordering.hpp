// Ordering of results other than by relevance alone: by date (newest or oldest first, undated articles last either
// way), and a recency blend that adds weight to newer articles, halving every `half_life_days`.
#pragma once

#include <xapian.h>

#include <string>

namespace telusur {

// Sort key on the date slot: undated articles sort after dated ones in both directions.
class DateKey : public Xapian::KeyMaker {
public:
    explicit DateKey(bool newest_first) : newest_first_(newest_first) {}
    std::string operator()(const Xapian::Document& doc) const override;

private:
    bool newest_first_;
};

// Weight max_weight for an article dated `newest` (yyyymmdd), half that `half_life_days` earlier, and so on;
// undated articles get none. Relative to the newest article in the index, since an archive's "now" is its last day.
class RecencySource : public Xapian::ValuePostingSource {
public:
    RecencySource(const std::string& newest, double half_life_days, double max_weight);
    double get_weight() const override;
    RecencySource* clone() const override;
    std::string name() const override { return "telusur.RecencySource"; }
    void init(const Xapian::Database& db) override;

private:
    std::string newest_;
    long newest_day_;
    double half_life_days_, max_weight_;
};

// Days since 1970-01-01 of a yyyymmdd date, or -1 if it is not one.
long day_number(const std::string& yyyymmdd);

}  // namespace telusur
