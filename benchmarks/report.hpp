// Prints the benchmark's figures as small plain-text tables on standard output.
#pragma once

#include "bench_inputs.hpp"
#include "index_comparison.hpp"
#include "query_comparison.hpp"

#include <string>
#include <vector>

namespace telusur::bench {

void print_indexing(const CorpusInput& corpus, const IndexComparison& comparison);

void print_queries(const std::string& query_file, std::size_t warmup, const std::vector<QueryLatencies>& rows);

}  // namespace telusur::bench
