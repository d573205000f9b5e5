#include "report.hpp"

#include "latency.hpp"

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace telusur::bench {
namespace {

constexpr double bytes_per_mb = 1e6;

struct IndexFigures {
    std::size_t indexed = 0, rejected = 0;
    double seconds = 0, cpu_seconds = 0, docs_per_second = 0, mb_per_second = 0;
};

// Medians over the runs: on a shared machine one slow run says more about the neighbours than about the code.
IndexFigures figures_of(const std::vector<IndexRun>& runs, const CorpusInput& corpus) {
    IndexFigures figures;
    std::vector<double> seconds, cpu_seconds;
    for (const IndexRun& run : runs) {
        seconds.push_back(run.seconds);
        cpu_seconds.push_back(run.cpu_seconds);
    }
    figures.seconds = median(seconds);
    figures.cpu_seconds = median(cpu_seconds);
    figures.indexed = runs.back().indexed;
    figures.rejected = runs.back().rejected;
    if (figures.seconds > 0) {
        figures.docs_per_second = static_cast<double>(figures.indexed) / figures.seconds;
        figures.mb_per_second = static_cast<double>(corpus.bytes) / bytes_per_mb / figures.seconds;
    }
    return figures;
}

void print_index_row(const char* system, const IndexFigures& figures, const std::vector<IndexRun>& runs) {
    std::printf("%-18s %7zu %8zu %9.2f %9.2f %9.1f %8.3f  ", system, figures.indexed, figures.rejected, figures.seconds,
                figures.cpu_seconds, figures.docs_per_second, figures.mb_per_second);
    for (const IndexRun& run : runs) std::printf(" %.2f/%.2f", run.seconds, run.cpu_seconds);
    std::printf("\n");
}

double speed_ratio(double baseline_ms, double telusur_ms) { return telusur_ms > 0 ? baseline_ms / telusur_ms : 0; }

const QueryLatencies* find_row(const std::vector<QueryLatencies>& rows, std::string_view system) {
    const auto row = std::find_if(rows.begin(), rows.end(), [&](const QueryLatencies& r) { return r.system == system; });
    return row == rows.end() ? nullptr : &*row;
}

// What recognising places and agencies in the query costs: the same searcher, the same queries, one alternating pass.
void print_entity_cost(const std::vector<QueryLatencies>& rows) {
    const QueryLatencies* on = find_row(rows, entities_on_system);
    const QueryLatencies* off = find_row(rows, entities_off_system);
    if (!on || !off) return;
    const auto ratio = [](double on_ms, double off_ms) { return off_ms > 0 ? on_ms / off_ms : 0; };
    std::printf("\nratio entities on ms / off ms (issue 4 target: at most 1.30)\n");
    std::printf("%-22s p50 %.2f   p99 %.2f   mean %.2f\n", "telusur on/off", ratio(on->latency.p50_ms, off->latency.p50_ms),
                ratio(on->latency.p99_ms, off->latency.p99_ms), ratio(on->latency.mean_ms, off->latency.mean_ms));
}

}  // namespace

void print_indexing(const CorpusInput& corpus, const IndexComparison& comparison) {
    const IndexFigures baseline = figures_of(comparison.baseline, corpus);
    const IndexFigures telusur = figures_of(comparison.telusur, corpus);
    std::printf("indexing %s: %s%zu articles, %.1f MB (10^6 bytes of input); median of %zu run(s)\n\n",
                corpus.source.c_str(), corpus.file == corpus.source ? "" : "the first ", corpus.lines,
                static_cast<double>(corpus.bytes) / bytes_per_mb, comparison.telusur.size());
    std::printf("%-18s %7s %8s %9s %9s %9s %8s   %s\n", "system", "docs", "rejected", "seconds", "cpu s", "docs/s",
                "MB/s", "each run: seconds/cpu s");
    print_index_row("xapian baseline", baseline, comparison.baseline);
    print_index_row("telusur", telusur, comparison.telusur);
    std::printf("\nratio telusur/baseline (docs/s): %.2f   by processor time: %.2f"
                "   (below 1: telusur indexes more slowly)\n\n",
                baseline.docs_per_second > 0 ? telusur.docs_per_second / baseline.docs_per_second : 0,
                speed_ratio(baseline.cpu_seconds, telusur.cpu_seconds));
}

void print_queries(const std::string& query_file, std::size_t warmup, const std::vector<QueryLatencies>& rows) {
    const std::size_t count = rows.empty() ? 0 : rows.front().latency.count + rows.front().failed;
    std::printf("query latency: %zu queries from %s, top 10, after %zu warm-up queries per system\n\n", count,
                query_file.c_str(), warmup);
    std::printf("%-22s %8s %8s %8s %8s %10s %7s %8s\n", "system", "p50 ms", "p99 ms", "mean ms", "max ms", "hits/query",
                "failed", "relaxed");
    for (const QueryLatencies& row : rows)
        std::printf("%-22s %8.3f %8.3f %8.3f %8.3f %10.2f %7zu %8zu\n", row.system.c_str(), row.latency.p50_ms,
                    row.latency.p99_ms, row.latency.mean_ms, row.latency.max_ms, row.mean_hits, row.failed,
                    row.relaxed);
    if (rows.size() < 2) return;
    std::printf("\nratio baseline ms / telusur ms (below 1: telusur answers more slowly)\n");
    const LatencySummary& baseline = rows.front().latency;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const LatencySummary& telusur = rows[i].latency;
        std::printf("%-22s p50 %.2f   p99 %.2f   mean %.2f\n", rows[i].system.c_str(),
                    speed_ratio(baseline.p50_ms, telusur.p50_ms), speed_ratio(baseline.p99_ms, telusur.p99_ms),
                    speed_ratio(baseline.mean_ms, telusur.mean_ms));
    }
    print_entity_cost(rows);
    std::printf("\n(relaxed: queries where too few articles had every word, so telusur ran a second, partial-match"
                " query)\n");
}

}  // namespace telusur::bench
