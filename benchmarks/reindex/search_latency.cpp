// search_latency DB QUERIES.tsv [N]: search latency of an index as reindex built it (one database or shards), so
// run.py can report how it grows with the archive: N queries (default 2000) after 100 untimed ones, one Searcher,
// limit 10 with snippets, as `telusur search` answers.
#include "benchmarks/bench_inputs.hpp"
#include "benchmarks/latency.hpp"

#include <telusur/searcher.hpp>

#include <cstdio>
#include <exception>
#include <string>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: search_latency DB QUERIES.tsv [N]\n");
        return 2;
    }
    using namespace telusur::bench;
    try {
        const std::size_t n = argc > 3 ? std::stoul(argv[3]) : 2000;
        const auto queries = read_queries(argv[2], n + 100);
        telusur::Searcher searcher(argv[1]);
        std::vector<double> seconds;
        for (std::size_t i = 0; i < queries.size(); ++i) {
            const Stopwatch clock;
            searcher.search(queries[i]);
            if (i >= 100) seconds.push_back(clock.seconds());
        }
        const LatencySummary summary = summarise_latencies(seconds);
        std::printf("queries %zu p50_ms %.2f p99_ms %.2f mean_ms %.2f max_ms %.2f\n", summary.count, summary.p50_ms,
                    summary.p99_ms, summary.mean_ms, summary.max_ms);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "search_latency: %s\n", e.what());
        return 1;
    }
}
