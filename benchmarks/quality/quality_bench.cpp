// quality_bench: telusur against two baselines (plain Xapian, SQLite FTS5) on the retrieval sets of ../shared/data/ir,
// in one run: each system indexes the same corpus, answers the same queries, and is scored by telusur's own
// evaluation (searcher/evaluation.*, what `telusur eval` prints); then query latency on the click-id index.
//   quality_bench --data DIR [--work DIR] [--reuse] [--latency-only] [--latency-pair] [--latency-queries N]
// Figures and the command that made them: benchmarks/RESULTS.md ("Ranking quality against two baselines").
#include "../latency.hpp"
#include "../xapian_baseline.hpp"
#include "fts5_baseline.hpp"

#include <telusur/evaluation.hpp>
#include <telusur/indexer.hpp>
#include <telusur/searcher.hpp>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;
using namespace telusur;
using namespace telusur::bench;

namespace {

struct Options {
    std::string data, work;
    bool reuse = false;                    // keep indexes a previous run left in --work
    bool latency_only = false;             // skip the quality table (implies reuse)
    bool latency_pair = false;             // time telusur's page and Xapian's top 10 only
    std::size_t latency_queries = 2000;    // the first N click-id titles
    std::size_t warmup = 100;
};

// One evaluation set: a corpus, its queries and judgments.
struct QualitySet {
    std::string name, corpus, topics, qrels;
    std::size_t max_topics = 0;  // 0: all
};

// A system under test: how it indexes a corpus file into a path, and how it ranks once indexed.
struct System {
    std::string name;
    std::function<void(const std::string& corpus, const std::string& index)> index;
    std::function<Ranker(const std::string& index)> open;
};

// The known-item sets' corpora with titles blanked: the title is the query, so only bodies may be indexed.
std::string bodies_only(const std::string& corpus, const std::string& out) {
    if (fs::exists(out)) return out;
    std::ifstream in(corpus, std::ios::binary);
    if (!in) throw std::runtime_error(corpus + ": cannot read the file");
    std::ofstream copy(out + ".part", std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
        nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
        if (!record.is_object()) continue;
        record["title"] = "";
        copy << record.dump() << '\n';
    }
    copy.close();
    fs::rename(out + ".part", out);
    return out;
}

std::vector<Hit> as_hits(const std::vector<std::string>& ids) {
    std::vector<Hit> hits(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        hits[i].id = ids[i];
        hits[i].rank = i + 1;
    }
    return hits;
}

constexpr std::size_t depth = 100;  // Recall@100

std::vector<System> systems() {
    std::vector<System> all;
    all.push_back({"telusur",
                   [](const std::string& corpus, const std::string& index) {
                       Indexer(index).index_paths({corpus});
                   },
                   [](const std::string& index) -> Ranker {
                       auto searcher = std::make_shared<Searcher>(index);
                       // Exactly what `telusur eval` runs, kept alive with the ranker.
                       return [searcher, rank = searcher_ranker(*searcher)](const std::string& query) {
                           return rank(query);
                       };
                   }});
    all.push_back({"xapian",
                   [](const std::string& corpus, const std::string& index) { index_jsonl_with_xapian(corpus, index); },
                   [](const std::string& index) -> Ranker {
                       auto baseline = std::make_shared<BaselineSearcher>(index);
                       return [baseline](const std::string& query) {
                           try {
                               return as_hits(baseline->rank(query, depth));
                           } catch (const Xapian::QueryParserError&) {
                               return std::vector<Hit>{};
                           }
                       };
                   }});
    all.push_back({"fts5",
                   [](const std::string& corpus, const std::string& index) { Fts5Baseline(index).index_jsonl(corpus); },
                   [](const std::string& index) -> Ranker {
                       auto baseline = std::make_shared<Fts5Baseline>(index);
                       return [baseline](const std::string& query) { return as_hits(baseline->rank(query, depth)); };
                   }});
    return all;
}

std::string index_path(const Options& options, const std::string& set, const System& system) {
    return (fs::path(options.work) / (set + "." + system.name)).string();
}

void ensure_index(const Options& options, const QualitySet& set, const System& system) {
    const std::string path = index_path(options, set.name, system);
    if (options.reuse && fs::exists(path)) return;
    fs::remove_all(path);
    std::fprintf(stderr, "indexing %s with %s\n", set.name.c_str(), system.name.c_str());
    system.index(set.corpus, path);
}

struct Latency {
    LatencySummary wall, cpu;  // cpu: processor time, which leaves out waiting for a core on a loaded machine
};

// Times every system on each query in turn, the order rotating from query to query, so that load on a shared
// machine falls on all alike; after `warmup` untimed queries each.
std::vector<Latency> time_queries(const std::vector<std::function<void(const std::string&)>>& answers,
                                  const std::vector<std::string>& queries, std::size_t warmup) {
    for (std::size_t i = 0; i < std::min(warmup, queries.size()); ++i)
        for (const auto& answer : answers) answer(queries[i]);
    std::vector<std::vector<double>> wall(answers.size()), cpu(answers.size());
    for (std::size_t i = 0; i < queries.size(); ++i)
        for (std::size_t j = 0; j < answers.size(); ++j) {
            const std::size_t s = (i + j) % answers.size();
            const Stopwatch clock;
            const CpuStopwatch processor;
            answers[s](queries[i]);
            cpu[s].push_back(processor.seconds());
            wall[s].push_back(clock.seconds());
        }
    std::vector<Latency> summaries;
    for (std::size_t s = 0; s < answers.size(); ++s)
        summaries.push_back({summarise_latencies(std::move(wall[s])), summarise_latencies(std::move(cpu[s]))});
    return summaries;
}

struct LatencyRow {
    std::string system;
    std::function<void(const std::string&)> answer;
};

// Latency on `set`'s index: telusur as `telusur search --facets` shows a page (top 10, snippets, facets), the two
// baselines' top 10, Xapian doing a page's work too (snippets, facets by source and month), and telusur without
// snippets and facets, and with each alone, to show what each costs.
void report_latency(const Options& options, const QualitySet& set, const std::vector<System>& all) {
    std::vector<Topic> topics = read_topics(set.topics);
    std::vector<std::string> queries;
    for (std::size_t i = 0; i < topics.size() && i < options.latency_queries; ++i) queries.push_back(topics[i].query);

    Searcher searcher(index_path(options, set.name, all[0]));
    BaselineSearcher xapian(index_path(options, set.name, all[1]));
    Fts5Baseline fts5(index_path(options, set.name, all[2]));
    auto telusur_with = [&](bool snippets, bool facets) {
        SearchOptions page;
        page.snippets = snippets;
        page.facets = facets;
        return [&searcher, page](const std::string& query) {
            try {
                searcher.search(query, page);
            } catch (const QueryError&) {  // a title the query language cannot read (none in these sets)
            }
        };
    };
    std::vector<LatencyRow> rows{
        {"telusur, snippets + facets", telusur_with(true, true)},
        {"xapian", [&](const std::string& query) {
             try {
                 xapian.search(query);
             } catch (const Xapian::QueryParserError&) {
             }
         }},
        {"fts5", [&](const std::string& query) { fts5.rank(query, 10); }},
        {"xapian, snippets + facets", [&](const std::string& query) {
             try {
                 xapian.search_page(query);
             } catch (const Xapian::QueryParserError&) {
             }
         }},
        {"telusur, bare", telusur_with(false, false)},
        {"telusur, snippets", telusur_with(true, false)},
        {"telusur, facets", telusur_with(false, true)},
    };
    // With --latency-pair the two alternate with nothing between them: the other rows' work (FTS5's and the Xapian
    // page's above all, ten times telusur's) leaves the processor's caches cold for whichever query follows, and a
    // short query like Xapian's top 10 pays for that more than a page does.
    if (options.latency_pair) rows.resize(2);
    std::vector<std::function<void(const std::string&)>> answers;
    for (const LatencyRow& row : rows) answers.push_back(row.answer);
    const std::vector<Latency> latency = time_queries(answers, queries, options.warmup);

    // Ratios to both Xapian rows: its plain top 10, and its page with snippets and facets.
    std::printf("\n%s latency, %zu queries, top 10 (ms; x = ratio to xapian's top 10, xp = to xapian's page)\n",
                set.name.c_str(), latency[0].wall.count);
    std::printf("%-28s %8s %8s %6s %6s %6s %6s | %8s %8s %6s %6s %6s %6s\n", "", "wall p50", "p99", "x p50", "x p99",
                "xp p50", "xp p99", "cpu p50", "p99", "x p50", "x p99", "xp p50", "xp p99");
    const Latency& base = latency[1];
    const Latency& page = latency[options.latency_pair ? 1 : 3];  // xp = x when there is no Xapian page
    for (std::size_t i = 0; i < latency.size(); ++i) {
        const Latency& l = latency[i];
        std::printf("%-28s %8.3f %8.3f %6.2f %6.2f %6.2f %6.2f | %8.3f %8.3f %6.2f %6.2f %6.2f %6.2f\n",
                    rows[i].system.c_str(), l.wall.p50_ms, l.wall.p99_ms, l.wall.p50_ms / base.wall.p50_ms,
                    l.wall.p99_ms / base.wall.p99_ms, l.wall.p50_ms / page.wall.p50_ms,
                    l.wall.p99_ms / page.wall.p99_ms, l.cpu.p50_ms, l.cpu.p99_ms, l.cpu.p50_ms / base.cpu.p50_ms,
                    l.cpu.p99_ms / base.cpu.p99_ms, l.cpu.p50_ms / page.cpu.p50_ms, l.cpu.p99_ms / page.cpu.p99_ms);
    }
}

Options parse_options(int argc, char** argv) {
    Options options;
    options.work = (fs::temp_directory_path() / "telusur-quality").string();
    for (int i = 1; i < argc; ++i) {
        const std::string_view flag = argv[i];
        if (flag == "--reuse" || flag == "--latency-only" || flag == "--latency-pair") {
            options.reuse = true;
            options.latency_only = options.latency_only || flag != "--reuse";
            options.latency_pair = options.latency_pair || flag == "--latency-pair";
            continue;
        }
        if (flag == "--help" || i + 1 >= argc) throw std::invalid_argument("see the usage at the top of quality_bench.cpp");
        const std::string value = argv[++i];
        if (flag == "--data") options.data = value;
        else if (flag == "--work") options.work = value;
        else if (flag == "--latency-queries") options.latency_queries = std::stoul(value);
        else throw std::invalid_argument("unknown option " + std::string(flag));
    }
    if (options.data.empty()) throw std::invalid_argument("--data DIR (the shared data folder) is required");
    return options;
}

int run(const Options& options) {
    fs::create_directories(options.work);
    const std::string ir = options.data + "/ir", work = options.work;
    const std::vector<QualitySet> sets{
        {"facqa", ir + "/facqa/corpus.jsonl", ir + "/facqa/queries.valid.tsv", ir + "/facqa/qrels.valid.txt"},
        {"indosum", bodies_only(options.data + "/corpora/indosum.jsonl", work + "/indosum.bodies.jsonl"),
         ir + "/known-item/indosum.queries.title.tsv", ir + "/known-item/indosum.qrels.txt"},
        {"click-id", bodies_only(options.data + "/corpora/click-id.jsonl", work + "/click-id.bodies.jsonl"),
         ir + "/known-item/click-id.queries.title.tsv", ir + "/known-item/click-id.qrels.txt", 2000},
    };
    const std::vector<System> all = systems();

    std::printf("%-22s %-8s %8s %8s %10s\n", "set (queries)", "system", "MRR@10", "nDCG@10", "Recall@100");
    for (const QualitySet& set : sets) {
        if (options.latency_only) break;
        std::vector<Topic> topics = read_topics(set.topics);
        if (set.max_topics && topics.size() > set.max_topics) topics.resize(set.max_topics);
        const Qrels qrels = read_qrels(set.qrels);
        for (const System& system : all) {
            ensure_index(options, set, system);
            const EvaluationScores scores =
                evaluate(system.open(index_path(options, set.name, system)), topics, qrels, 10, nullptr);
            std::printf("%-22s %-8s %8.4f %8.4f %10.4f\n", (set.name + " (" + std::to_string(scores.topics) + ")").c_str(),
                        system.name.c_str(), scores.mrr, scores.ndcg, scores.recall);
            std::fflush(stdout);
        }
    }

    for (const System& system : all) ensure_index(options, sets[2], system);
    report_latency(options, sets[2], all);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(parse_options(argc, argv));
    } catch (const std::invalid_argument& e) {
        std::cerr << "quality_bench: " << e.what() << '\n';
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "quality_bench: " << e.what() << '\n';
        return 1;
    } catch (const Xapian::Error& e) {
        std::cerr << "quality_bench: " << e.get_description() << '\n';
        return 1;
    }
}
