// telusur_bench: indexes a JSON-lines corpus with telusur and with a plain-Xapian baseline on the same input, then
// answers the same queries with both, and prints throughput and latency of each and their ratio. telusur answers
// each query with entity recognition on (the default) and off, alternating, to show what recognition costs a query.
//
//   telusur_bench --corpus FILE [--queries FILE] [--max-queries N] [--limit-docs N] [--runs N]
#include "bench_inputs.hpp"
#include "index_comparison.hpp"
#include "query_comparison.hpp"
#include "report.hpp"
#include "temp_directory.hpp"

#include <xapian.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace telusur::bench;

constexpr int runtime_error = 1;
constexpr int usage_error = 2;
constexpr std::size_t warmup_queries = 100;

constexpr std::string_view usage =
    "usage: telusur_bench --corpus FILE [--queries FILE] [--max-queries N] [--limit-docs N] [--runs N]\n"
    "\n"
    "  --corpus FILE      JSON-lines articles, indexed by both telusur and the Xapian baseline\n"
    "  --queries FILE     qid<TAB>query lines (default: the indosum title queries of the shared data layout,\n"
    "                     <corpus dir>/../ir/known-item/indosum.queries.title.tsv)\n"
    "  --max-queries N    time the first N queries (default 2000)\n"
    "  --limit-docs N     index only the first N articles (default: all)\n"
    "  --runs N           index N times with each system, alternating, and report medians (default 1)\n"
    "\n"
    "Query passes: the Xapian baseline; telusur with entity recognition on and off (SearchOptions::entities),\n"
    "timed in one pass, alternating query by query; telusur with snippets.\n";

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Options {
    std::string corpus, queries;
    std::size_t max_queries = 2000;
    std::size_t limit_docs = 0;  // 0: all
    std::size_t runs = 1;
};

std::size_t parse_count(std::string_view flag, std::string_view text, bool allow_zero) {
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || (!allow_zero && value == 0))
        throw UsageError(std::string(flag) + " wants a whole number" + (allow_zero ? "" : " above 0") + ", not '" +
                         std::string(text) + "'");
    return value;
}

Options parse_options(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view flag = argv[i];
        if (flag == "--help" || flag == "-h") {
            std::cout << usage;
            std::exit(0);
        }
        if (i + 1 >= argc) throw UsageError("unknown option or missing value: '" + std::string(flag) + "'");
        const std::string_view value = argv[++i];
        if (flag == "--corpus") options.corpus = value;
        else if (flag == "--queries") options.queries = value;
        else if (flag == "--max-queries") options.max_queries = parse_count(flag, value, false);
        else if (flag == "--limit-docs") options.limit_docs = parse_count(flag, value, true);
        else if (flag == "--runs") options.runs = parse_count(flag, value, false);
        else throw UsageError("unknown option '" + std::string(flag) + "'");
    }
    if (options.corpus.empty()) throw UsageError("--corpus FILE is required");
    if (options.queries.empty()) options.queries = default_queries_for(options.corpus);
    return options;
}

// Both inputs are checked before anything is indexed, so a wrong path costs a second, not a whole indexing run.
void require_file(const std::string& file, const char* what) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throw std::runtime_error(std::string("no ") + what + " file " + file +
                                 (std::string_view(what) == "query" ? " (pass --queries FILE)" : ""));
}

int run(const Options& options) {
    require_file(options.corpus, "corpus");
    require_file(options.queries, "query");
    const std::vector<std::string> queries = read_queries(options.queries, options.max_queries);
    if (queries.empty()) throw std::runtime_error(options.queries + ": no queries in the file");

    const TempDirectory work("telusur-bench");
    const CorpusInput corpus = prepare_corpus(options.corpus, options.limit_docs, work.file("corpus.jsonl"));
    std::cerr << "telusur_bench: indexing " << corpus.lines << " articles, " << options.runs
              << " run(s) per system, in " << work.path().string() << "\n";
    const IndexComparison indexing = compare_indexing(corpus, options.runs, work);
    print_indexing(corpus, indexing);
    std::fflush(stdout);

    std::cerr << "telusur_bench: timing " << queries.size() << " queries per system\n";
    const std::size_t warmup = std::min(warmup_queries, queries.size());  // the warm-up reuses the first queries
    print_queries(options.queries, warmup, compare_queries(queries, indexing.baseline_db, indexing.telusur_db, warmup));
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(parse_options(argc, argv));
    } catch (const UsageError& e) {
        std::cerr << "telusur_bench: " << e.what() << " (see 'telusur_bench --help')\n";
        return usage_error;
    } catch (const Xapian::Error& e) {
        std::cerr << "telusur_bench: " << e.get_description() << "\n";
        return runtime_error;
    } catch (const std::exception& e) {  // telusur::Error and our own runtime errors alike
        std::cerr << "telusur_bench: " << e.what() << "\n";
        return runtime_error;
    }
}
