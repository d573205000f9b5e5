// Indexing throughput of telusur against the Xapian baseline, on the same corpus file.
#pragma once

#include "bench_inputs.hpp"
#include "temp_directory.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace telusur::bench {

struct IndexRun {
    std::size_t indexed = 0;
    std::size_t rejected = 0;
    double seconds = 0;      // wall time, from opening the database to the last commit
    double cpu_seconds = 0;  // processor time over the same span
};

struct IndexComparison {
    std::vector<IndexRun> baseline, telusur;  // one entry per run, in the order run
    std::string baseline_db, telusur_db;       // the last run's databases, kept for the query comparison
};

// Indexes `corpus` `runs` times with each system into fresh databases under `work`, alternating baseline and telusur
// so that changes in the load of a shared machine fall on both. Earlier runs' databases are removed as it goes.
IndexComparison compare_indexing(const CorpusInput& corpus, std::size_t runs, const TempDirectory& work);

}  // namespace telusur::bench
