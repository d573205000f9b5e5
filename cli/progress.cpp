#include "cli/progress.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <unistd.h>

namespace telusur::cli {
namespace {

// Seconds between plain lines when stderr is not a terminal.
constexpr double plain_interval = 5;

std::string eta(const ReindexProgress& p, double bytes_per_second) {
    if (p.total_bytes == 0 || bytes_per_second <= 0 || p.bytes >= p.total_bytes) return "";
    const auto seconds = static_cast<long>(static_cast<double>(p.total_bytes - p.bytes) / bytes_per_second);
    return fmt::format(", ETA {}:{:02}", seconds / 60, seconds % 60);
}

std::string describe(const ReindexProgress& p) {
    const double mb = static_cast<double>(p.bytes) / 1e6;
    const double rate = p.seconds > 0 ? mb / p.seconds : 0;
    std::string total = p.total_bytes ? fmt::format(" of {:.1f}", static_cast<double>(p.total_bytes) / 1e6) : "";
    return fmt::format("{} articles, {:.1f}{} MB, {:.1f} MB/s, {:.0f} articles/s{}", p.articles, mb, total, rate,
                       p.seconds > 0 ? static_cast<double>(p.articles) / p.seconds : 0, eta(p, rate * 1e6));
}

std::string bar(const ReindexProgress& p) {
    constexpr int width = 24;
    if (p.total_bytes == 0) return "";
    const double done = std::min(1.0, static_cast<double>(p.bytes) / static_cast<double>(p.total_bytes));
    const int filled = static_cast<int>(width * done);
    return fmt::format("[{:<{}}] ", std::string(filled, '#'), width);
}

}  // namespace

std::function<void(const ReindexProgress&)> progress_printer() {
    if (isatty(STDERR_FILENO)) {
        return [](const ReindexProgress& p) {
            fmt::print(stderr, "\r{}{}\033[K", bar(p), describe(p));
        };
    }
    auto last = std::make_shared<double>(0);
    return [last](const ReindexProgress& p) {
        if (p.seconds - *last < plain_interval) return;
        *last = p.seconds;
        fmt::print(stderr, "progress: {}\n", describe(p));
    };
}

void finish_progress() {
    if (isatty(STDERR_FILENO)) fmt::print(stderr, "\n");
}

}  // namespace telusur::cli
