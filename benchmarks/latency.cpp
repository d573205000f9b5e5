#include "latency.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace telusur::bench {
namespace {

double nearest_rank(const std::vector<double>& sorted, double percent) {
    const auto rank = static_cast<std::size_t>(std::ceil(percent / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

}  // namespace

LatencySummary summarise_latencies(std::vector<double> seconds) {
    LatencySummary summary;
    if (seconds.empty()) return summary;
    std::sort(seconds.begin(), seconds.end());
    summary.count = seconds.size();
    summary.p50_ms = nearest_rank(seconds, 50) * 1e3;
    summary.p99_ms = nearest_rank(seconds, 99) * 1e3;
    summary.mean_ms = std::accumulate(seconds.begin(), seconds.end(), 0.0) / static_cast<double>(seconds.size()) * 1e3;
    summary.max_ms = seconds.back() * 1e3;
    return summary;
}

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

}  // namespace telusur::bench
