#include <telusur/evaluation.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

namespace telusur {
namespace {

std::ifstream open_file(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw InputError(path, 0, "cannot read the file");
    return in;
}

constexpr std::size_t recall_depth = 100;  // Recall@100

}  // namespace

std::vector<Topic> read_topics(const std::string& path) {
    std::ifstream in = open_file(path);
    std::vector<Topic> topics;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        const std::size_t tab = line.find('\t');
        if (tab == std::string::npos || tab == 0) throw InputError(path, number, "expected qid<TAB>query");
        topics.push_back({line.substr(0, tab), line.substr(tab + 1)});
    }
    return topics;
}

Qrels read_qrels(const std::string& path) {
    std::ifstream in = open_file(path);
    Qrels qrels;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        std::istringstream fields(line);
        std::string qid, iteration, docid, grade_text;
        if (!(fields >> qid)) continue;  // blank line
        if (!(fields >> iteration >> docid >> grade_text))
            throw InputError(path, number, "expected 'qid 0 docid grade'");
        int grade = 0;
        try {
            std::size_t used = 0;
            grade = std::stoi(grade_text, &used);
            if (used != grade_text.size()) throw std::invalid_argument(grade_text);
        } catch (const std::exception&) {
            throw InputError(path, number, "grade '" + grade_text + "' is not a whole number");
        }
        if (grade > 0) qrels[qid][docid] = grade;
        else qrels[qid];  // judged, with nothing relevant
    }
    return qrels;
}

double reciprocal_rank(const std::vector<std::string>& ranking, const std::map<std::string, int>& judged, std::size_t k) {
    for (std::size_t i = 0; i < ranking.size() && i < k; ++i)
        if (judged.contains(ranking[i])) return 1.0 / static_cast<double>(i + 1);
    return 0;
}

double ndcg(const std::vector<std::string>& ranking, const std::map<std::string, int>& judged, std::size_t k) {
    auto gain = [](int grade) { return std::pow(2.0, grade) - 1; };
    auto discount = [](std::size_t i) { return std::log2(static_cast<double>(i) + 2); };
    double dcg = 0;
    for (std::size_t i = 0; i < ranking.size() && i < k; ++i) {
        const auto it = judged.find(ranking[i]);
        if (it != judged.end()) dcg += gain(it->second) / discount(i);
    }
    std::vector<int> grades;
    for (const auto& [id, grade] : judged) grades.push_back(grade);
    std::sort(grades.rbegin(), grades.rend());
    double ideal = 0;
    for (std::size_t i = 0; i < grades.size() && i < k; ++i) ideal += gain(grades[i]) / discount(i);
    return ideal > 0 ? dcg / ideal : 0;
}

double recall(const std::vector<std::string>& ranking, const std::map<std::string, int>& judged, std::size_t k) {
    if (judged.empty()) return 0;
    std::size_t found = 0;
    for (std::size_t i = 0; i < ranking.size() && i < k; ++i) found += judged.contains(ranking[i]) ? 1 : 0;
    return static_cast<double>(found) / static_cast<double>(judged.size());
}

EvaluationScores evaluate(const Ranker& ranker, const std::vector<Topic>& topics, const Qrels& qrels, std::size_t k,
                          std::ostream* run, std::vector<std::string>* errors) {
    EvaluationScores scores;
    for (const Topic& topic : topics) {
        const auto judged = qrels.find(topic.id);
        if (judged == qrels.end()) continue;
        ++scores.topics;
        std::vector<std::string> ranking;
        try {
            // Near-duplicates folded into a hit are judged where a reader finds them, listed right after it.
            for (const Hit& hit : ranker(topic.query)) {
                ranking.push_back(hit.id);
                ranking.insert(ranking.end(), hit.duplicates.begin(), hit.duplicates.end());
            }
            // trec_eval orders a run by its score column, so the column falls with the rank (a folded duplicate has
            // no score of its own).
            if (run)
                for (std::size_t i = 0; i < ranking.size(); ++i)
                    *run << topic.id << " Q0 " << ranking[i] << ' ' << i + 1 << ' ' << ranking.size() - i << " telusur\n";
        } catch (const QueryError& e) {
            if (errors) errors->push_back(topic.id + ": " + e.what());
        }
        scores.mrr += reciprocal_rank(ranking, judged->second, k);
        scores.ndcg += ndcg(ranking, judged->second, k);
        scores.recall += recall(ranking, judged->second, recall_depth);
    }
    if (scores.topics > 0) {
        const auto n = static_cast<double>(scores.topics);
        scores.mrr /= n;
        scores.ndcg /= n;
        scores.recall /= n;
    }
    return scores;
}

Ranker searcher_ranker(Searcher& searcher, std::size_t k, SearchOptions options) {
    options.limit = std::max(k, recall_depth);
    options.offset = 0;
    options.snippets = false;
    return [&searcher, options](const std::string& query) { return searcher.search(query, options).hits; };
}

EvaluationScores evaluate(Searcher& searcher, const std::vector<Topic>& topics, const Qrels& qrels, std::size_t k,
                          std::ostream* run, std::vector<std::string>* errors, const SearchOptions& options) {
    return evaluate(searcher_ranker(searcher, k, options), topics, qrels, k, run, errors);
}

}  // namespace telusur
