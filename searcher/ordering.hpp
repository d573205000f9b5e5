// Ordering of results other than by relevance alone: by date (newest or oldest first, undated articles last either
// way), and a recency blend that adds weight to newer articles, halving every `half_life_days`.
#pragma once

#include <xapian.h>

#include <string>

namespace telusur {

// Oldest first needs a sort key of its own, as undated articles (an empty value) would otherwise come first; newest
// first is Xapian's sort by the date value, descending. Xapian cannot send a KeyMaker to a remote shard.
class OldestFirstKey : public Xapian::KeyMaker {
public:
    std::string operator()(const Xapian::Document& doc) const override;
};

// The date (yyyymmdd) of the oldest or the newest dated article in `db`, or empty when none is dated. Exact:
// Xapian's value bounds only ever widen, so once articles are removed (reindex --prune, a mistyped future date
// corrected) they can name a day no article has. The year terms are exact, and only the articles of the first or
// last year are read for the day.
std::string edge_date(const Xapian::Database& db, bool newest);

// Weight max_weight for an article dated `newest` (yyyymmdd: the newest day of the index, edge_date), half that
// `half_life_days` earlier, and so on; undated articles get none. Relative to the newest article in the index, since
// an archive's "now" is its last day. Built from Xapian's ValueMapPostingSource (a weight for each day of the
// archive), which remote shards also run; days more than 64 half-lives back, or before Xapian's lower bound of the
// dates in `db`, get none (2^-64 of the weight is lost in any score). The caller owns it.
Xapian::ValueMapPostingSource* recency_source(const Xapian::Database& db, const std::string& newest,
                                             double half_life_days, double max_weight);

// Days since 1970-01-01 of a yyyymmdd date, or -1 if it is not one.
long day_number(const std::string& yyyymmdd);
// The yyyymmdd date of a day number.
std::string date_of_day(long day);

}  // namespace telusur
