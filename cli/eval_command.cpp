// telusur eval --db DIR --topics FILE --qrels FILE [--k 10] [--run FILE]
#include "cli/command.hpp"

#include <telusur/evaluation.hpp>

#include <fmt/core.h>

#include <fstream>

namespace telusur::cli {

int run_eval(const std::vector<std::string>& args) {
    po::options_description options("options");
    std::string db, topics_path, qrels_path, run_path;
    std::size_t k = 10;
    SearchOptions search;
    auto shown = [](double value) { return fmt::format("{}", value); };  // 0.6, not 0.59999999999999998
    options.add_options()
        ("db", po::value(&db)->required(), "index directory")
        ("topics", po::value(&topics_path)->required(), "queries, one a line: qid<TAB>query")
        ("qrels", po::value(&qrels_path)->required(), "TREC judgments, one a line: qid 0 docid grade")
        ("k", po::value(&k)->default_value(10), "cut-off for MRR and nDCG")
        ("entity-boost",
         po::value(&search.entity_boost)->default_value(search.entity_boost, shown(search.entity_boost)),
         "extra weight for articles about the places and agencies a query names (0: off)")
        ("bm25-k1", po::value(&search.bm25_k1)->default_value(search.bm25_k1, shown(search.bm25_k1)),
         "BM25 term-frequency saturation")
        ("bm25-b", po::value(&search.bm25_b)->default_value(search.bm25_b, shown(search.bm25_b)),
         "BM25 length normalisation, 0..1")
        ("any", "rank articles with any of the words in one list (as search --any), not all words first")
        ("proximity",
         po::value(&search.proximity_weight)->default_value(search.proximity_weight, shown(search.proximity_weight)),
         "extra weight share for query words side by side in an article (0: off)")
        ("form-weight",
         po::value(&search.form_weight)->default_value(search.form_weight, shown(search.form_weight)),
         "extra weight share for articles that write a derived query word itself (0: stems alone)")
        ("run", po::value(&run_path), "also write a TREC run file (top 100 a topic) for trec_eval");
    po::variables_map values;
    if (!parse_command_line("eval", "--db DIR --topics FILE --qrels FILE [--k 10] [--run FILE]", args, options,
                            nullptr, values))
        return ok;
    if (k == 0) throw UsageError("telusur eval: --k must be at least 1");
    search.any_word = values.count("any") > 0;

    const auto topics = read_topics(topics_path);
    const auto qrels = read_qrels(qrels_path);
    Searcher searcher(db);
    std::ofstream run;
    if (!run_path.empty()) {
        run.open(run_path);
        if (!run) throw InputError(run_path, 0, "cannot write the run file");
    }
    std::vector<std::string> errors;
    const auto scores = evaluate(searcher, topics, qrels, k, run_path.empty() ? nullptr : &run, &errors, search);
    for (const auto& error : errors) fmt::print(stderr, "query not run: {}\n", error);
    fmt::print(stderr, "{} judged topics of {}\n", scores.topics, topics.size());
    fmt::print("MRR@{} {:.4f}\nnDCG@{} {:.4f}\nRecall@100 {:.4f}\n", k, scores.mrr, k, scores.ndcg, scores.recall);
    return ok;
}

}  // namespace telusur::cli
