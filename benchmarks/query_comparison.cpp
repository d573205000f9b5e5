#include "query_comparison.hpp"

#include "xapian_baseline.hpp"

#include <telusur/searcher.hpp>

#include <xapian.h>

#include <algorithm>
#include <optional>
#include <utility>

namespace telusur::bench {
namespace {

// What one query gave: hits on the page and whether any of them was a partial match; nothing when it failed.
struct Answer {
    std::size_t hits = 0;
    bool relaxed = false;
};

// Times `answer` on every query, after `warmup` untimed ones that fill the caches (the page cache, Xapian's
// and ICU's lazily built tables) so that the first queries measured are not the only cold ones.
template <typename AnswerFn>
QueryLatencies measure(const std::string& system, const std::vector<std::string>& queries, std::size_t warmup,
                       AnswerFn answer) {
    for (std::size_t i = 0; i < std::min(warmup, queries.size()); ++i) answer(queries[i]);

    QueryLatencies row{system, {}, 0, 0, 0};
    std::vector<double> seconds;
    seconds.reserve(queries.size());
    std::size_t hits = 0;
    for (const std::string& query : queries) {
        const Stopwatch clock;
        const std::optional<Answer> result = answer(query);
        const double elapsed = clock.seconds();
        if (!result) {
            ++row.failed;
            continue;
        }
        seconds.push_back(elapsed);
        hits += result->hits;
        row.relaxed += result->relaxed ? 1 : 0;
    }
    row.latency = summarise_latencies(std::move(seconds));
    if (row.latency.count) row.mean_hits = static_cast<double>(hits) / static_cast<double>(row.latency.count);
    return row;
}

// Times two ways of answering in one pass: for each query both, the first of the two alternating from query to
// query, so that load on a shared machine and whatever the first answer leaves in the caches fall on both alike.
template <typename AnswerA, typename AnswerB>
std::pair<QueryLatencies, QueryLatencies> measure_alternating(const std::string& system_a, const std::string& system_b,
                                                              const std::vector<std::string>& queries,
                                                              std::size_t warmup, AnswerA answer_a,
                                                              AnswerB answer_b) {
    for (std::size_t i = 0; i < std::min(warmup, queries.size()); ++i) {
        answer_a(queries[i]);
        answer_b(queries[i]);
    }

    struct Tally {
        QueryLatencies row;
        std::vector<double> seconds;
        std::size_t hits = 0;
    };
    Tally a{{system_a, {}, 0, 0, 0}, {}, 0}, b{{system_b, {}, 0, 0, 0}, {}, 0};
    const auto time_one = [](Tally& tally, const std::string& query, auto& answer) {
        const Stopwatch clock;
        const std::optional<Answer> result = answer(query);
        const double elapsed = clock.seconds();
        if (!result) {
            ++tally.row.failed;
            return;
        }
        tally.seconds.push_back(elapsed);
        tally.hits += result->hits;
        tally.row.relaxed += result->relaxed ? 1 : 0;
    };
    for (std::size_t i = 0; i < queries.size(); ++i) {
        if (i % 2 == 0) {
            time_one(a, queries[i], answer_a);
            time_one(b, queries[i], answer_b);
        } else {
            time_one(b, queries[i], answer_b);
            time_one(a, queries[i], answer_a);
        }
    }
    for (Tally* tally : {&a, &b}) {
        tally->row.latency = summarise_latencies(std::move(tally->seconds));
        if (tally->row.latency.count)
            tally->row.mean_hits =
                static_cast<double>(tally->hits) / static_cast<double>(tally->row.latency.count);
    }
    return {std::move(a.row), std::move(b.row)};
}

std::optional<Answer> answer_with_telusur(Searcher& searcher, const std::string& query, const SearchOptions& options) {
    try {
        const Results results = searcher.search(query, options);
        const bool relaxed =
            std::any_of(results.hits.begin(), results.hits.end(), [](const Hit& hit) { return hit.partial; });
        return Answer{results.hits.size(), relaxed};
    } catch (const Error&) {  // a title the query language cannot read: counted, not timed
        return std::nullopt;
    }
}

}  // namespace

std::vector<QueryLatencies> compare_queries(const std::vector<std::string>& queries, const std::string& baseline_db,
                                            const std::string& telusur_db, std::size_t warmup) {
    std::vector<QueryLatencies> rows;

    BaselineSearcher baseline(baseline_db);
    rows.push_back(measure("xapian baseline", queries, warmup, [&](const std::string& query) -> std::optional<Answer> {
        try {
            return Answer{baseline.search(query), false};
        } catch (const Xapian::Error&) {  // Xapian's errors are not std::exceptions
            return std::nullopt;
        }
    }));

    Searcher searcher(telusur_db);
    SearchOptions plain;
    plain.limit = 10;
    plain.snippets = false;
    SearchOptions words_only = plain;
    words_only.entities = false;  // no entity recognition in the query, no acronym/full-name matching, no boost
    auto [entities_on, entities_off] = measure_alternating(
        std::string(entities_on_system), std::string(entities_off_system), queries, warmup,
        [&](const std::string& query) { return answer_with_telusur(searcher, query, plain); },
        [&](const std::string& query) { return answer_with_telusur(searcher, query, words_only); });
    rows.push_back(std::move(entities_on));
    rows.push_back(std::move(entities_off));

    SearchOptions with_snippets = plain;
    with_snippets.snippets = true;
    rows.push_back(measure("telusur +snippets", queries, warmup, [&](const std::string& query) {
        return answer_with_telusur(searcher, query, with_snippets);
    }));
    return rows;
}

}  // namespace telusur::bench
