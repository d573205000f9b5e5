// Hostile and pathological queries: each is answered or refused with a QueryError giving the position of the problem;
// none crashes, and the longest query accepted is bounded in words and bytes, so in time and memory.
#include "searcher/query_parser.hpp"
#include "tests/reliability/reliability_support.hpp"

#include <telusur/searcher.hpp>

#include <catch2/catch.hpp>

using namespace telusur;
using namespace telusur::test;

namespace {

// The position of the QueryError a query is refused with, or 0 when it is answered.
std::size_t refused_at(const std::string& query) {
    try {
        search_sample(query);
        return 0;
    } catch (const QueryError& e) {
        return e.position();
    }
}

std::string repeated(const std::string& piece, std::size_t times, const std::string& separator = " ") {
    std::string text;
    for (std::size_t i = 0; i < times; ++i) text += (i ? separator : "") + piece;
    return text;
}

// n different words (kata0 kata1 ...): no two the same, so none is folded into another.
std::string distinct_words(std::size_t n, const std::string& separator = " ") {
    std::string text;
    for (std::size_t i = 0; i < n; ++i) text += (i ? separator : "") + "kata" + std::to_string(i);
    return text;
}

}  // namespace

TEST_CASE("deeply nested parentheses and quotes are answered or refused with a position", "[reliability][query]") {
    const auto depth = QueryParser::max_depth;
    CHECK(refused_at(std::string(depth, '(') + "banjir" + std::string(depth, ')')) == 0);
    CHECK(refused_at(std::string(depth + 1, '(') + "banjir" + std::string(depth + 1, ')')) == depth + 2);
    CHECK(refused_at(std::string(2000, '(')) > 0);
    CHECK(refused_at(std::string(2000, ')')) == 1);
    CHECK(refused_at(repeated("(\"", 1000, "")) > 0);
    CHECK(refused_at(std::string(1001, '"')) > 0);               // the last quote is never closed
    CHECK(refused_at(repeated("\"banjir\"", 200)) == 0);          // many phrases, each closed
    CHECK(refused_at(repeated("\u201c", 1000, "")) == 1);        // curly quotes never closed
    CHECK(refused_at("\"(banjir) OR (rob\"") == 0);              // operators inside a phrase are words
    CHECK(refused_at(repeated("NOT", 100) + " banjir") == 0);
    CHECK(refused_at(std::string(1000, '-') + "banjir") == 0);
}

TEST_CASE("invalid UTF-8 in a query is refused at its character, other strange text is searched",
          "[reliability][query]") {
    CHECK(refused_at("banjir \xFF") == 8);
    CHECK(refused_at("b\u00e4njir \xC0\xAF rob") == 8);  // position in characters
    CHECK(refused_at("banjir \xED\xA0\x80") == 8);
    CHECK(refused_at(std::string("karang\0taruna", 13)) == 0);
    CHECK(refused_at("\u202Ekarang taruna\u202C") == 0);                     // right-to-left override
    CHECK(refused_at("karang \u0628\u0633\u0645 \u05e9\u05dc\u05d5\u05dd") == 0);  // Arabic and Hebrew words
    CHECK(refused_at("karang\u0301 taruna") == 0);                           // a combining accent
    CHECK(refused_at("karang taruna \U0001F30A\U0001F468\u200D\U0001F469\u200D\U0001F467") == 0);
    CHECK(refused_at(std::string(2000, 'a')) > 0);  // a word too long to be indexed: nothing to search for
    CHECK(refused_at("\U0001F30A") > 0);             // emoji alone: no words
    CHECK(search_sample("\u202Ekarang taruna\u202C").total == search_sample("karang taruna").total);
}

TEST_CASE("a query over the word or byte limit is refused at the first word or byte past it", "[reliability][query]") {
    const std::size_t words = QueryParser::max_query_words;
    CHECK(refused_at(distinct_words(words)) == 0);
    CHECK(refused_at(distinct_words(words, " OR ")) == 0);
    const std::string too_many = distinct_words(words + 1);
    CHECK(refused_at(too_many) == too_many.rfind("kata") + 1);
    CHECK(refused_at(distinct_words(5000, " OR ")) > 0);
    CHECK_THROWS_WITH(search_sample(distinct_words(300)), Catch::Contains("more than 256 words"));

    const std::string longest(QueryParser::max_query_bytes, 'a');
    CHECK(refused_at("banjir " + longest.substr(7)) == 0);  // at the limit: answered (its long word left out)
    CHECK(refused_at("banjir " + std::string(100000, 'a')) == QueryParser::max_query_bytes + 1);
    CHECK_THROWS_WITH(search_sample(std::string(1 << 20, 'a')), Catch::Contains("longer than 4096 bytes"));
}

TEST_CASE("the largest query accepted runs in bounded memory", "[reliability][query]") {
    // The command, as a user runs it, on the largest OR list accepted; its peak memory against an ordinary query's.
    auto peak_kib = [](const std::string& query) {
        ScratchDir dir;
        Child search({"search", "--db", sample_index(), "--facets", query}, dir / "err");
        REQUIRE(search.wait() == 0);
        return search.max_rss_kib();
    };
    const std::size_t ordinary = peak_kib("karang taruna");
    const std::size_t largest = peak_kib("karang OR " + distinct_words(QueryParser::max_query_words - 1, " OR "));
    INFO("peak memory: ordinary query " << ordinary << " KiB, largest query " << largest << " KiB");
    CHECK(largest < ordinary + 64 * 1024);
}
