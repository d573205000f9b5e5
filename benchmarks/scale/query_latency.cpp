// telusur_query_latency: times real queries against an existing telusur index, as a reader's searches would run
// (top 10, snippets and facets as asked), after untimed warm-up queries. For indexes too large to rebuild per run.
//
//   telusur_query_latency --db DIR --queries FILE [--max-queries N] [--snippets] [--facets]
#include "../bench_inputs.hpp"
#include "../latency.hpp"

#include <telusur/searcher.hpp>

#include <cstdio>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::size_t warmup_queries = 100;

int usage() {
    std::fputs("usage: telusur_query_latency --db DIR --queries FILE [--max-queries N] [--snippets] [--facets]\n", stderr);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string db, queries_file;
    std::size_t max_queries = 2000;
    telusur::SearchOptions options;
    options.snippets = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view flag = argv[i];
        if (flag == "--snippets") options.snippets = true;
        else if (flag == "--facets") options.facets = true;
        else if (i + 1 < argc && flag == "--db") db = argv[++i];
        else if (i + 1 < argc && flag == "--queries") queries_file = argv[++i];
        else if (i + 1 < argc && flag == "--max-queries") max_queries = std::stoul(argv[++i]);
        else return usage();
    }
    if (db.empty() || queries_file.empty()) return usage();
    try {
        const std::vector<std::string> queries = telusur::bench::read_queries(queries_file, max_queries);
        telusur::Searcher searcher(db);
        for (std::size_t i = 0; i < warmup_queries && i < queries.size(); ++i) searcher.search(queries[i], options);
        std::vector<double> seconds;
        std::size_t failed = 0;
        for (const std::string& query : queries) {
            const telusur::bench::Stopwatch clock;
            try {
                searcher.search(query, options);
            } catch (const telusur::QueryError&) {
                ++failed;
                continue;
            }
            seconds.push_back(clock.seconds());
        }
        const auto summary = telusur::bench::summarise_latencies(std::move(seconds));
        std::printf("queries %zu failed %zu p50_ms %.3f p99_ms %.3f mean_ms %.3f max_ms %.3f\n", summary.count, failed,
                    summary.p50_ms, summary.p99_ms, summary.mean_ms, summary.max_ms);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "telusur_query_latency: %s\n", e.what());
        return 1;
    }
}
