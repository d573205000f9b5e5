// Ranking metrics and the TREC files they read.
#include "tests/test_support.hpp"

#include <telusur/evaluation.hpp>
#include <telusur/indexer.hpp>

#include <catch2/catch.hpp>

#include <sstream>

using namespace telusur;
using telusur::test::ScratchDir;
using telusur::test::write_file;

TEST_CASE("reciprocal rank, nDCG and recall score a ranking", "[evaluation]") {
    const std::map<std::string, int> judged{{"d2", 1}};
    CHECK(reciprocal_rank({"d1", "d2", "d3"}, judged, 10) == Approx(0.5));
    CHECK(reciprocal_rank({"d1", "d2", "d3"}, judged, 1) == 0);
    CHECK(reciprocal_rank({}, judged, 10) == 0);
    CHECK(ndcg({"d2"}, judged, 10) == Approx(1.0));
    CHECK(ndcg({"d1", "d2"}, judged, 10) == Approx(1.0 / std::log2(3.0)));
    const std::map<std::string, int> graded{{"a", 2}, {"b", 1}};
    CHECK(ndcg({"b", "a"}, graded, 10) < ndcg({"a", "b"}, graded, 10));
    CHECK(recall({"a", "x"}, graded, 100) == Approx(0.5));
    CHECK(recall({"x", "a"}, graded, 1) == 0);
}

TEST_CASE("topics and qrels files are read, and bad lines named", "[evaluation]") {
    ScratchDir dir;
    write_file(dir.path() / "topics.tsv", "q1\tkarang taruna blora\nq2\tbanjir bekasi\n");
    write_file(dir.path() / "qrels.txt", "q1 0 000_804e0742f2996cee 1\nq2\t0\tsample-006\t2\nq2 0 sample-999 0\n");
    const auto topics = read_topics(dir / "topics.tsv");
    REQUIRE(topics.size() == 2);
    CHECK(topics[1].query == "banjir bekasi");
    const Qrels qrels = read_qrels(dir / "qrels.txt");
    CHECK(qrels.at("q2").at("sample-006") == 2);
    CHECK_FALSE(qrels.at("q2").contains("sample-999"));

    write_file(dir.path() / "bad_topics.tsv", "q1\tok\nno tab here\n");
    CHECK_THROWS_WITH(read_topics(dir / "bad_topics.tsv"), Catch::Contains("bad_topics.tsv:2"));
    write_file(dir.path() / "bad_qrels.txt", "q1 0 d1 1\nq2 0 d2 high\n");
    CHECK_THROWS_WITH(read_qrels(dir / "bad_qrels.txt"), Catch::Contains("bad_qrels.txt:2"));
    CHECK_THROWS_AS(read_topics(dir / "absent.tsv"), InputError);
}

TEST_CASE("evaluate runs the topics against an index and writes a run file", "[evaluation]") {
    ScratchDir dir;
    Indexer(dir / "db").index_paths({telusur::test::sample_dir.string()});
    Searcher searcher(dir / "db");
    const std::vector<Topic> topics{{"q1", "karang taruna blora"}, {"q2", "\"unclosed"}, {"q3", "not judged"}};
    const Qrels qrels{{"q1", {{"000_804e0742f2996cee", 1}}}, {"q2", {{"sample-001", 1}}}};
    std::ostringstream run;
    std::vector<std::string> errors;
    const EvaluationScores scores = evaluate(searcher, topics, qrels, 10, &run, &errors);
    CHECK(scores.topics == 2);
    CHECK(scores.mrr == Approx(0.5));  // q1 first, q2 could not run
    CHECK(errors.size() == 1);
    CHECK_THAT(run.str(), Catch::StartsWith("q1 Q0 000_804e0742f2996cee 1 "));
}

TEST_CASE("near-duplicates folded into a hit are judged right after it", "[evaluation][duplicates]") {
    // sample-038 republishes sample-001, which ranks first and stands for both.
    Searcher searcher(telusur::test::sample_index());
    const std::vector<Topic> topics{{"q1", "banjir blora bpbd"}};
    const auto scores = [&](const Qrels& qrels) { return evaluate(searcher, topics, qrels, 10, nullptr); };
    CHECK(scores({{"q1", {{"sample-001", 1}}}}).mrr == Approx(1.0));
    CHECK(scores({{"q1", {{"sample-038", 1}}}}).mrr == Approx(0.5));
    const EvaluationScores both = scores({{"q1", {{"sample-001", 1}, {"sample-038", 1}}}});
    CHECK(both.recall == Approx(1.0));
    CHECK(both.ndcg == Approx(1.0));
}

TEST_CASE("evaluate scores any system's ranking by the same measures", "[evaluation]") {
    // How the baselines in benchmarks/quality are scored: a function from query to ranked ids.
    const Ranker second_then_first = [](const std::string& query) {
        if (query == "bad") throw QueryError(1, "cannot parse");
        std::vector<Hit> hits(2);
        hits[0].id = "other";
        hits[1].id = query;
        return hits;
    };
    const std::vector<Topic> topics{{"q1", "d1"}, {"q2", "bad"}};
    const Qrels qrels{{"q1", {{"d1", 1}}}, {"q2", {{"d2", 1}}}};
    std::vector<std::string> errors;
    const EvaluationScores scores = evaluate(second_then_first, topics, qrels, 10, nullptr, &errors);
    CHECK(scores.mrr == Approx(0.25));  // q1 at rank 2, q2 not run
    CHECK(scores.recall == Approx(0.5));
    CHECK(errors.size() == 1);
    CHECK(evaluate(second_then_first, topics, qrels, 1, nullptr).mrr == 0);
}
