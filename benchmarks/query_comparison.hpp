// Query latency of telusur against the Xapian baseline, over indexes of the same corpus.
#pragma once

#include "latency.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace telusur::bench {

struct QueryLatencies {
    std::string system;
    LatencySummary latency;
    double mean_hits = 0;        // hits returned per query: a check that both sides did comparable work
    std::size_t failed = 0;      // queries the system refused (not timed)
    std::size_t relaxed = 0;     // telusur only: queries whose page was filled with partial matches
};

// The two telusur passes that measure what entity recognition costs a query (issue 4: within 1.3x): the default search
// (places and agencies recognised in the query, acronym <-> full name, boost 1) and the same search on the words alone.
inline constexpr std::string_view entities_on_system = "telusur";
inline constexpr std::string_view entities_off_system = "telusur, entities off";

// Answers each query (top 10) with the baseline; with telusur without snippets, entities on and off (one pass of the
// two, alternating query by query and which of the two goes first, so that both see the same machine); and with
// telusur with snippets (as the command shows them). Each pass comes after `warmup` untimed queries. Returns one row
// per system: baseline, entities on, entities off, +snippets.
std::vector<QueryLatencies> compare_queries(const std::vector<std::string>& queries, const std::string& baseline_db,
                                            const std::string& telusur_db, std::size_t warmup);

}  // namespace telusur::bench
