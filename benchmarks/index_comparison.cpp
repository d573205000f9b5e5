#include "index_comparison.hpp"

#include "latency.hpp"
#include "xapian_baseline.hpp"

#include <telusur/indexer.hpp>

#include <cstdio>
#include <filesystem>

namespace telusur::bench {
namespace {

IndexRun index_with_baseline(const CorpusInput& corpus, const std::string& db) {
    const Stopwatch clock;
    const CpuStopwatch cpu;
    const BaselineIndexSummary summary = index_jsonl_with_xapian(corpus.file, db);
    return {summary.indexed, summary.rejected, clock.seconds(), cpu.seconds()};
}

IndexRun index_with_telusur(const CorpusInput& corpus, const std::string& db) {
    IndexRun run;
    const Stopwatch clock;
    const CpuStopwatch cpu;
    {
        Indexer indexer(db);
        // The default options, as a user of the library gets them (a commit every 10,000 articles).
        const IndexSummary summary = indexer.index_paths({corpus.file});
        run.indexed = summary.indexed;
        run.rejected = summary.rejected;
    }  // the destructor's commit is inside the timing, as the baseline's is
    run.seconds = clock.seconds();
    run.cpu_seconds = cpu.seconds();
    return run;
}

void remove_database(const std::string& db) {
    std::error_code ec;
    std::filesystem::remove_all(db, ec);
}

}  // namespace

IndexComparison compare_indexing(const CorpusInput& corpus, std::size_t runs, const TempDirectory& work) {
    IndexComparison comparison;
    for (std::size_t i = 1; i <= runs; ++i) {
        const bool last = i == runs;
        const std::string baseline_db = work.file("baseline-" + std::to_string(i));
        const std::string telusur_db = work.file("telusur-" + std::to_string(i));

        comparison.baseline.push_back(index_with_baseline(corpus, baseline_db));
        std::fprintf(stderr, "  run %zu/%zu: baseline %.1f s", i, runs, comparison.baseline.back().seconds);
        if (!last) remove_database(baseline_db);  // only the last run's databases are queried

        comparison.telusur.push_back(index_with_telusur(corpus, telusur_db));
        std::fprintf(stderr, ", telusur %.1f s\n", comparison.telusur.back().seconds);
        if (!last) remove_database(telusur_db);

        if (last) {
            comparison.baseline_db = baseline_db;
            comparison.telusur_db = telusur_db;
        }
    }
    return comparison;
}

}  // namespace telusur::bench
