// The query language: what each construct means, and that malformed queries are refused with the position.
#include "searcher/query_parser.hpp"

#include <telusur/error.hpp>

#include <catch2/catch.hpp>
#include <xapian.h>

#include <set>
#include <string>

using namespace telusur;

namespace {

ParsedQuery parse(const std::string& query) {
    static Analysis analysis(make_snowball_stemmer(), {});
    return QueryParser(analysis).parse(query, 0);
}

std::size_t error_position(const std::string& query) {
    try {
        parse(query);
    } catch (const QueryError& e) {
        return e.position();
    }
    FAIL("no QueryError for: " << query);
    return 0;
}

std::string described(const std::string& query) { return parse(query).strict.get_description(); }

}  // namespace

TEST_CASE("plain words are all required, stopwords only rank", "[query]") {
    const std::string strict = described("banjir di bekasi");
    CHECK_THAT(strict, Catch::Contains("AND"));
    CHECK_THAT(strict, Catch::Contains("AND_MAYBE"));  // "di" is optional
    const ParsedQuery parsed = parse("banjir bekasi");
    CHECK(parsed.has_relaxed);
    CHECK_THAT(parsed.relaxed.get_description(), Catch::Contains("OR"));
}

TEST_CASE("a query of stopwords alone still searches", "[query]") {
    CHECK_FALSE(parse("yang di").strict.empty());
}

TEST_CASE("a stopword most articles contain ranks the articles with every word, not the partial matches", "[query]") {
    // Four articles: "di" in three of them, "pada" in one.
    Xapian::WritableDatabase index(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const char* words : {"banjir di sungai", "banjir di desa", "rob di pantai", "banjir pada musim hujan"}) {
        Xapian::Document doc;
        Xapian::TermGenerator terms;
        terms.set_document(doc);
        terms.index_text(words);
        index.add_document(doc);
    }
    static Analysis analysis(make_snowball_stemmer(), {});
    const auto terms_of = [](const Xapian::Query& query) {
        return std::set<std::string>(query.get_unique_terms_begin(), query.get_unique_terms_end());
    };
    const ParsedQuery parsed = QueryParser(analysis, &index).parse("banjir di sungai pada", 0);
    CHECK(terms_of(parsed.strict).count("di") == 1);
    CHECK(terms_of(parsed.relaxed).count("di") == 0);
    CHECK(terms_of(parsed.relaxed).count("pada") == 1);  // in one article of four: it still tells them apart
    CHECK(terms_of(parsed.relaxed).size() == terms_of(parsed.strict).size() - 1);
    // Without the index's statistics, or as the query's only words, every stopword counts.
    CHECK(terms_of(QueryParser(analysis).parse("banjir di sungai", 0).relaxed).count("di") == 1);
    CHECK(terms_of(QueryParser(analysis, &index).parse("di pada", 0).relaxed) == std::set<std::string>{"di", "pada"});
}

TEST_CASE("a single word has no relaxed form", "[query]") { CHECK_FALSE(parse("banjir").has_relaxed); }

TEST_CASE("phrases, exclusions, OR, groups and fields parse", "[query]") {
    CHECK_THAT(described("\"karang taruna\""), Catch::Contains("PHRASE"));
    CHECK_THAT(described("\u201ckarang taruna\u201d"), Catch::Contains("PHRASE"));
    CHECK_THAT(described("banjir -bekasi"), Catch::Contains("AND_NOT"));
    CHECK_THAT(described("banjir NOT bekasi"), Catch::Contains("AND_NOT"));
    CHECK_THAT(described("banjir OR rob"), Catch::Contains("OR"));
    CHECK_THAT(described("(banjir OR rob) bekasi"), Catch::Contains("AND"));
    CHECK_THAT(described("judul:banjir"), Catch::Contains("Sbanjir"));
    CHECK_THAT(described("title:\"karang taruna\""), Catch::Contains("Skarang"));
    CHECK_THAT(described("banjir sumber:Tempo.co"), Catch::Contains("XStempo.co"));
    CHECK_THAT(described("banjir source:\"Kabar Nusantara\""), Catch::Contains("XSkabar nusantara"));
    CHECK_THAT(described("banjir date:2019-09"), Catch::Contains("VALUE_RANGE 0 20190901 20190931"));
    CHECK_THAT(described("banjir tanggal:2019-09-01..2019-09-30"), Catch::Contains("VALUE_RANGE 0 20190901 20190930"));
    CHECK_THAT(described("banjir date:..2018"), Catch::Contains("20181231"));
}

TEST_CASE("an unknown field is searched as words", "[query]") {
    CHECK_NOTHROW(parse("jam 10:30"));
    CHECK_NOTHROW(parse("foo:bar"));
}

TEST_CASE("a word written as one but analysed as several must match as a phrase", "[query]") {
    CHECK_THAT(described("28/10/2020"), Catch::Contains("PHRASE"));
}

TEST_CASE("a hyphenated word matches whole or as its parts side by side", "[query]") {
    const std::string query = described("anak-anak");
    CHECK_THAT(query, Catch::Contains("anak-anak"));
    CHECK_THAT(query, Catch::Contains("PHRASE"));
}

TEST_CASE("match terms for snippets leave out excluded words", "[query]") {
    const ParsedQuery parsed = parse("banjir -bekasi");
    CHECK(parsed.match_terms.contains("banjir"));
    CHECK_FALSE(parsed.match_terms.contains("bekas"));
    CHECK_FALSE(parsed.match_terms.contains("bekasi"));
    // Inside an excluded group, in a phrase, a title field or NOT: left out too, the words outside it kept.
    for (const char* query : {"banjir -(hujan deras)", "banjir NOT (hujan OR deras)", "banjir -\"hujan deras\"",
                              "banjir -judul:hujan -(judul:deras)"}) {
        INFO(query);
        const ParsedQuery grouped = parse(query);
        CHECK(grouped.match_terms.contains("banjir"));
        CHECK_FALSE(grouped.match_terms.contains("hujan"));
        CHECK_FALSE(grouped.match_terms.contains("deras"));
    }
}

TEST_CASE("malformed queries are refused with the position of the problem", "[query]") {
    CHECK(error_position("banjir \"karang taruna") == 8);
    CHECK(error_position("(banjir OR rob") == 1);
    CHECK(error_position("banjir rob)") == 11);
    CHECK(error_position("banjir OR") == 8);
    CHECK(error_position("OR banjir") == 1);
    CHECK(error_position("banjir date:2019-13-45x") == 13);
    CHECK(error_position("banjir date:kemarin") == 13);
    CHECK(error_position("banjir date:2020..2019") == 13);
    // Days and months no calendar has are refused, not searched for nothing.
    CHECK(error_position("banjir tanggal:2019-13") == 16);
    CHECK(error_position("banjir tanggal:2019-00") == 16);
    CHECK(error_position("banjir tanggal:2019-02-30") == 16);
    CHECK(error_position("banjir tanggal:2019-09-31") == 16);
    CHECK(error_position("banjir tanggal:0000") == 16);
    CHECK(error_position("banjir tanggal:2019-09-01..2019-09-31") == 28);
    CHECK_NOTHROW(parse("banjir tanggal:2020-02-29"));  // a leap day
    CHECK(error_position("banjir tanggal:2019-02-29") == 16);
    CHECK(error_position("banjir judul:") == 13);
    CHECK(error_position("bänjir \"x") == 8);  // characters, not bytes
    CHECK_THROWS_AS(parse(""), QueryError);
    CHECK_THROWS_AS(parse("   "), QueryError);
    CHECK_THROWS_AS(parse("-"), QueryError);
}

TEST_CASE("deep nesting is refused, not a crash", "[query]") {
    const std::string deep = std::string(2000, '(') + "banjir" + std::string(2000, ')');  // within the byte limit
    CHECK_THROWS_WITH(parse(deep), Catch::Contains("nests too deeply"));
    const std::string fine = std::string(10, '(') + "banjir" + std::string(10, ')');
    CHECK_NOTHROW(parse(fine));
}
