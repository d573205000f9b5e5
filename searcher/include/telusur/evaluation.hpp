// Evaluation of ranking against judged queries, in TREC formats: topics "qid<TAB>query", qrels "qid 0 docid grade".
#pragma once

#include <telusur/searcher.hpp>

#include <cstddef>
#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace telusur {

struct Topic {
    std::string id, query;
};
// qid -> (article id -> relevance grade > 0)
using Qrels = std::map<std::string, std::map<std::string, int>>;

// Throw InputError naming the file and line of a malformed line.
std::vector<Topic> read_topics(const std::string& path);
Qrels read_qrels(const std::string& path);

// Scores of one ranked list of article ids against its judgments.
double reciprocal_rank(const std::vector<std::string>& ranking, const std::map<std::string, int>& judged, std::size_t k);
double ndcg(const std::vector<std::string>& ranking, const std::map<std::string, int>& judged, std::size_t k);
double recall(const std::vector<std::string>& ranking, const std::map<std::string, int>& judged, std::size_t k);

struct EvaluationScores {
    std::size_t topics = 0;  // topics run (those with judgments)
    double mrr = 0;          // mean reciprocal rank at `k`
    double ndcg = 0;         // mean nDCG at `k`
    double recall = 0;       // mean recall at 100
};

// A system's answer to a query: at least the top 100 hits (id, rank, score), best first. Throws QueryError for a
// query it cannot run. The baselines in benchmarks/ are scored through it, by the same code as telusur.
using Ranker = std::function<std::vector<Hit>(const std::string& query)>;

// Runs every judged topic; writes a TREC run file (top 100 per topic) to `run` when given. A topic whose query
// cannot be parsed scores zero and is reported in `errors`.
EvaluationScores evaluate(const Ranker& ranker, const std::vector<Topic>& topics, const Qrels& qrels, std::size_t k,
                          std::ostream* run, std::vector<std::string>* errors = nullptr);

// telusur's searcher as `telusur eval` runs it: `options` (ranking settings such as the entity boost or BM25's
// parameters) for the top max(k, 100), without snippets.
Ranker searcher_ranker(Searcher& searcher, std::size_t k = 10, SearchOptions options = {});

// evaluate(searcher_ranker(searcher, k, options), ...).
EvaluationScores evaluate(Searcher& searcher, const std::vector<Topic>& topics, const Qrels& qrels, std::size_t k,
                          std::ostream* run, std::vector<std::string>* errors = nullptr, const SearchOptions& options = {});

}  // namespace telusur
