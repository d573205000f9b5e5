// stemmer_bench: the speed targets of issue 3, telusur's Indonesian stemmer beside Xapian's Snowball "indonesian" on
// the same words of a JSON-lines corpus's bodies, in one run:
//   1. the distinct words, cold (telusur without its term cache): goal >= 1M words/s for telusur;
//   2. every token in order (telusur with its cache, default options, a fresh stemmer each run): goal faster than
//      Snowball.
// Each measurement runs N times with the systems alternating which goes first, after one untimed pass with each;
// medians and min/max are printed, by the wall clock and by this thread's processor time.
// Also printed: the one-off lexicon load, timed as the first make_indonesian_stemmer call of the process.
// Figures and the command: RESULTS.md beside this file.
#include <telusur/stemmer.hpp>

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <exception>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "word_stream.hpp"

#ifndef TELUSUR_BENCH_DATA
#define TELUSUR_BENCH_DATA "../shared/data"
#endif

namespace {

using telusur::bench::WordStream;

struct Options {
    std::string corpus = TELUSUR_BENCH_DATA "/corpora/click-id.jsonl";
    int runs = 5;
};

struct UsageError {
    std::string message;
};

Options parse_options(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::printf("usage: stemmer_bench [--corpus FILE] [--runs N]\n"
                        "  --corpus FILE  JSON-lines articles whose \"body\" words are stemmed (default %s)\n"
                        "  --runs N       repetitions of each measurement, systems alternating (default 5)\n",
                        options.corpus.c_str());
            std::exit(0);
        }
        if (arg != "--corpus" && arg != "--runs") throw UsageError{"unknown option " + std::string(arg)};
        if (i + 1 >= argc) throw UsageError{std::string(arg) + " needs a value"};
        const std::string value = argv[++i];
        if (arg == "--corpus") {
            options.corpus = value;
        } else {
            char* end = nullptr;
            const long runs = std::strtol(value.c_str(), &end, 10);
            if (value.empty() || *end != '\0' || runs < 1 || runs > 1000)
                throw UsageError{"--runs needs a whole number from 1 to 1000, not '" + value + "'"};
            options.runs = static_cast<int>(runs);
        }
    }
    return options;
}

// Wall and this thread's processor time: the machine is shared, so processor time is printed beside the wall clock.
struct Stopwatch {
    std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
    double cpu = thread_cpu_seconds();

    static double thread_cpu_seconds() {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
    }
    double wall_seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count();
    }
    double cpu_seconds() const { return thread_cpu_seconds() - cpu; }
};

struct Timing {
    double wall = 0, cpu = 0;
};

// What the stems add up to, kept so that the compiler cannot drop the work.
volatile std::size_t sink = 0;

Timing time_telusur(const telusur::Stemmer& stemmer, const std::vector<std::string>& words, int passes = 1) {
    std::size_t bytes = 0;
    const Stopwatch watch;
    for (int pass = 0; pass < passes; ++pass)
        for (const std::string& word : words) bytes += stemmer.stem(word).size();
    const Timing timing{watch.wall_seconds(), watch.cpu_seconds()};
    sink = sink + bytes;
    return timing;
}

Timing time_snowball(const Xapian::Stem& stemmer, const std::vector<std::string>& words, int passes = 1) {
    std::size_t bytes = 0;
    const Stopwatch watch;
    for (int pass = 0; pass < passes; ++pass)
        for (const std::string& word : words) bytes += stemmer(word).size();
    const Timing timing{watch.wall_seconds(), watch.cpu_seconds()};
    sink = sink + bytes;
    return timing;
}

// Words per second of each run, and the order statistics the report prints.
struct Rates {
    std::vector<double> wall, cpu;

    void add(std::size_t words, Timing t) {
        wall.push_back(static_cast<double>(words) / t.wall);
        cpu.push_back(static_cast<double>(words) / t.cpu);
    }
    static double median(std::vector<double> v) {
        std::sort(v.begin(), v.end());
        const std::size_t n = v.size();
        return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
    double median_wall() const { return median(wall); }
    double median_cpu() const { return median(cpu); }
    double min_wall() const { return *std::min_element(wall.begin(), wall.end()); }
    double max_wall() const { return *std::max_element(wall.begin(), wall.end()); }
};

std::string grouped(std::size_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string mega(double words_per_second) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f M", words_per_second / 1e6);
    return text;
}

void print_row(const char* measurement, const char* system, std::size_t words, const Rates& rates) {
    std::printf("| %-25s | %-8s | %10s | %12s | %9s | %9s | %12s |\n", measurement, system, grouped(words).c_str(),
                mega(rates.median_wall()).c_str(), mega(rates.min_wall()).c_str(), mega(rates.max_wall()).c_str(),
                mega(rates.median_cpu()).c_str());
}

void print_runs(const char* label, const Rates& rates) {
    std::printf("  %-26s", label);
    for (double r : rates.wall) std::printf(" %8.3f", r / 1e6);
    std::printf("   (M words/s, wall, in run order)\n");
}

int run(const Options& options) {
    const WordStream words = telusur::bench::read_body_words(options.corpus);
    if (words.tokens.empty()) throw std::runtime_error(options.corpus + ": no body words found");

    // The lexicon is read once per process and shared by every stemmer made afterwards: the first call pays for it.
    const Stopwatch load_watch;
    const std::unique_ptr<telusur::Stemmer> cold =
        telusur::make_indonesian_stemmer(telusur::StemmerOptions{.cache = false});
    const double load_seconds = load_watch.wall_seconds();
    const Stopwatch second_watch;
    const std::unique_ptr<telusur::Stemmer> second = telusur::make_indonesian_stemmer();
    const double second_seconds = second_watch.wall_seconds();
    const Stopwatch snowball_watch;
    const Xapian::Stem snowball("indonesian");
    const double snowball_seconds = snowball_watch.wall_seconds();

    // One untimed pass over the distinct words with each stemmer: it warms both up and says how much each changes.
    std::size_t telusur_changed = 0, snowball_changed = 0, agree = 0;
    for (const std::string& word : words.distinct) {
        const std::string a = cold->stem(word), b = snowball(word);
        telusur_changed += a != word;
        snowball_changed += b != word;
        agree += a == b;
    }
    const auto percent = [&](std::size_t n) { return 100.0 * static_cast<double>(n) / words.distinct.size(); };

    // One pass over the distinct words takes a few hundredths of a second, too short to time on a busy machine: each
    // distinct-words measurement makes as many passes (each still without a cache) as fill about 0.3 s.
    const auto passes_for = [](Timing one_pass) {
        return static_cast<int>(std::clamp(0.3 / std::max(one_pass.wall, 1e-6), 1.0, 1000.0));
    };
    const int telusur_passes = passes_for(time_telusur(*cold, words.distinct));
    const int snowball_passes = passes_for(time_snowball(snowball, words.distinct));

    std::printf("stemmer_bench: %s\n", cold->name().c_str());
    std::printf("corpus %s: %s articles, %s tokens, %s distinct words (%s runs with digits or non-ASCII skipped)\n",
                options.corpus.c_str(), grouped(words.articles).c_str(), grouped(words.tokens.size()).c_str(),
                grouped(words.distinct.size()).c_str(), grouped(words.skipped).c_str());
    std::printf("lexicon load (first make_indonesian_stemmer of the process, shared by later ones): %.1f ms; "
                "a second stemmer: %.3f ms; Xapian::Stem(\"indonesian\"): %.3f ms\n",
                load_seconds * 1e3, second_seconds * 1e3, snowball_seconds * 1e3);
    std::printf("distinct words changed by the stemmer: telusur %.1f%%, snowball %.1f%%; same stem from both %.1f%%\n",
                percent(telusur_changed), percent(snowball_changed), percent(agree));

    // The first pass over the token stream ran at about two thirds of the speed of later ones, whichever system made
    // it: one untimed pass with each system first (telusur's with a stemmer then thrown away, cache and all).
    time_snowball(snowball, words.tokens);
    time_telusur(*telusur::make_indonesian_stemmer(), words.tokens);

    Rates distinct_telusur, distinct_snowball, stream_telusur, stream_snowball;
    for (int r = 0; r < options.runs; ++r) {
        const bool telusur_first = r % 2 == 0;
        for (int turn = 0; turn < 2; ++turn) {
            if ((turn == 0) == telusur_first)
                distinct_telusur.add(words.distinct.size() * telusur_passes,
                                     time_telusur(*cold, words.distinct, telusur_passes));
            else
                distinct_snowball.add(words.distinct.size() * snowball_passes,
                                      time_snowball(snowball, words.distinct, snowball_passes));
        }
        for (int turn = 0; turn < 2; ++turn) {
            if ((turn == 0) == telusur_first) {
                // A fresh stemmer with default options (cache on): the run pays for filling its cache.
                const std::unique_ptr<telusur::Stemmer> cached = telusur::make_indonesian_stemmer();
                stream_telusur.add(words.tokens.size(), time_telusur(*cached, words.tokens));
            } else {
                stream_snowball.add(words.tokens.size(), time_snowball(snowball, words.tokens));
            }
        }
        std::fprintf(stderr, "run %d of %d done\n", r + 1, options.runs);
    }

    std::printf("\n%d runs, the systems alternating which goes first; words/s by the wall clock (cpu: this thread's "
                "processor time);\neach distinct-words run makes %d passes over the words with telusur, %d with "
                "snowball, none cached\n\n",
                options.runs, telusur_passes, snowball_passes);
    std::printf("| %-25s | %-8s | %10s | %12s | %9s | %9s | %12s |\n", "measurement", "system", "words",
                "median w/s", "min", "max", "cpu median");
    std::printf("|%s|%s|%s|%s|%s|%s|%s|\n", std::string(27, '-').c_str(), std::string(10, '-').c_str(),
                std::string(11, '-').append(":").c_str(), std::string(13, '-').append(":").c_str(),
                std::string(10, '-').append(":").c_str(), std::string(10, '-').append(":").c_str(),
                std::string(13, '-').append(":").c_str());
    print_row("distinct, cold (no cache)", "telusur", words.distinct.size(), distinct_telusur);
    print_row("distinct, cold (no cache)", "snowball", words.distinct.size(), distinct_snowball);
    print_row("token stream (cache)", "telusur", words.tokens.size(), stream_telusur);
    print_row("token stream (cache)", "snowball", words.tokens.size(), stream_snowball);

    std::printf("\neach run:\n");
    print_runs("distinct, telusur", distinct_telusur);
    print_runs("distinct, snowball", distinct_snowball);
    print_runs("stream, telusur", stream_telusur);
    print_runs("stream, snowball", stream_snowball);

    const double distinct_ratio = distinct_telusur.median_wall() / distinct_snowball.median_wall();
    const double stream_ratio = stream_telusur.median_wall() / stream_snowball.median_wall();
    std::printf("\nratio telusur/snowball, median words/s: distinct cold %.2f (cpu %.2f), "
                "token stream %.2f (cpu %.2f)\n",
                distinct_ratio, distinct_telusur.median_cpu() / distinct_snowball.median_cpu(), stream_ratio,
                stream_telusur.median_cpu() / stream_snowball.median_cpu());
    const bool cold_met = distinct_telusur.median_wall() >= 1e6;
    const bool stream_met = stream_ratio > 1.0;
    std::printf("goal >= 1M distinct words/s cold: %s (median %s words/s)\n", cold_met ? "met" : "NOT met",
                mega(distinct_telusur.median_wall()).c_str());
    std::printf("goal token stream faster than snowball: %s (ratio %.2f)\n", stream_met ? "met" : "NOT met",
                stream_ratio);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(parse_options(argc, argv));
    } catch (const UsageError& e) {
        std::fprintf(stderr, "stemmer_bench: %s (usage: stemmer_bench [--corpus FILE] [--runs N])\n",
                     e.message.c_str());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "stemmer_bench: %s\n", e.what());
        return 1;
    }
}
