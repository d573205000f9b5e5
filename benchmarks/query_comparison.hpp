// Query latency of telusur against the Xapian baseline, over indexes of the same corpus.
#pragma once

#include "latency.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace telusur::bench {

struct QueryLatencies {
    std::string system;
    LatencySummary latency;
    double mean_hits = 0;        // hits returned per query: a check that both sides did comparable work
    std::size_t failed = 0;      // queries the system refused (not timed)
    std::size_t relaxed = 0;     // telusur only: queries whose page was filled with partial matches
};

// Answers each query (top 10) with the baseline, with telusur without snippets, and with telusur with snippets (as the
// command shows them), each pass after `warmup` untimed queries; returns one row per system in that order.
std::vector<QueryLatencies> compare_queries(const std::vector<std::string>& queries, const std::string& baseline_db,
                                            const std::string& telusur_db, std::size_t warmup);

}  // namespace telusur::bench
