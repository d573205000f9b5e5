// xapian_baseline_index CORPUS.jsonl DB: the plain-Xapian single-writer baseline (benchmarks/xapian_baseline.cpp)
// as a program of its own, so run.py can time it and read its peak memory like the telusur command's.
#include "benchmarks/xapian_baseline.hpp"

#include <cstdio>
#include <exception>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: xapian_baseline_index CORPUS.jsonl DB\n");
        return 2;
    }
    try {
        const auto summary = telusur::bench::index_jsonl_with_xapian(argv[1], argv[2]);
        std::printf("indexed %zu, rejected %zu\n", summary.indexed, summary.rejected);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "xapian_baseline_index: %s\n", e.what());
        return 1;
    }
}
