// Timing helpers: stopwatches for wall and processor time, and the summary of a set of per-query latencies.
#pragma once

#include <chrono>
#include <ctime>
#include <cstddef>
#include <vector>

namespace telusur::bench {

class Stopwatch {
public:
    Stopwatch() : start_(std::chrono::steady_clock::now()) {}
    double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count(); }

private:
    std::chrono::steady_clock::time_point start_;
};

// Processor time of the whole process (everything measured here runs on one thread). It leaves out time spent
// waiting for a core, which wall time counts; it still grows when neighbours contend for caches and memory.
class CpuStopwatch {
public:
    CpuStopwatch() : start_(now()) {}
    double seconds() const { return now() - start_; }

private:
    static double now() {
        timespec t{};
        ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
    }
    double start_;
};

struct LatencySummary {
    std::size_t count = 0;
    double p50_ms = 0, p99_ms = 0, mean_ms = 0, max_ms = 0;
};

// Percentiles by the nearest-rank method: p99 of 2000 samples is the 1980th smallest, a value that was measured.
LatencySummary summarise_latencies(std::vector<double> seconds);

// The middle value (the mean of the two middle ones for an even count); 0 for none.
double median(std::vector<double> values);

}  // namespace telusur::bench
