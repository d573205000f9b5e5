// Where a snippet is cut (searcher/snippet.hpp): around the passage with the most of the query's terms, never
// inside a word written with a hyphen or a dot.
#include "indexer/analysis.hpp"
#include "searcher/snippet.hpp"

#include <telusur/stemmer.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace telusur;

TEST_CASE("a snippet of any length neither starts nor ends inside a hyphenated word", "[snippet]") {
    Analysis analysis(make_indonesian_stemmer(), {});
    Analyzer& analyzer = analysis.analyzer;
    const std::string text = "Pembalap itu menguji motor YZR-M1 lalu Vinales menang di Sirkuit Aragon pada hari "
                             "Minggu bersama YZR-M1 yang baru dan tim Yamaha.";
    const std::set<std::string> terms{analyzer.analyze("vinales").front().term};
    for (std::size_t bytes = 10; bytes <= 160; ++bytes) {
        const std::string snippet = make_snippet(analyzer, text, terms, {"[", "]", bytes});
        INFO(bytes << " bytes: " << snippet);
        CHECK(snippet.find("[Vinales]") != std::string::npos);
        // Each motor named whole or not at all: before the fix the opening widened into "M1" alone ("…M1 lalu").
        for (std::size_t at = snippet.find("M1"); at != std::string::npos; at = snippet.find("M1", at + 1))
            CHECK((at >= 4 && snippet.compare(at - 4, 4, "YZR-") == 0));
        for (std::size_t at = snippet.find("YZR"); at != std::string::npos; at = snippet.find("YZR", at + 1))
            CHECK(snippet.compare(at, 6, "YZR-M1") == 0);
    }
}

TEST_CASE("a snippet shows the passage with the most distinct terms, then the most matches", "[snippet]") {
    Analysis analysis(make_indonesian_stemmer(), {});
    Analyzer& analyzer = analysis.analyzer;
    const std::string text = "Banjir melanda kota. Banjir surut. Warga mengungsi. Hujan reda. Jalan dibuka lagi. "
                             "Banjir merendam Blora hingga malam, kata petugas.";
    std::set<std::string> terms;
    for (const char* word : {"banjir", "blora"}) terms.insert(analyzer.analyze(word).front().term);
    const std::string snippet = make_snippet(analyzer, text, terms, {"[", "]", 40});
    CHECK(snippet.find("[Banjir] merendam [Blora]") != std::string::npos);
    CHECK(snippet.rfind("\u2026", 0) == 0);  // cut after the opening: an ellipsis says so
    // Nothing matched: the opening.
    CHECK(make_snippet(analyzer, text, {"zzz"}, {"[", "]", 40}).rfind("Banjir melanda kota.", 0) == 0);
    CHECK(make_snippet(analyzer, "", terms, {"[", "]", 40}).empty());
}

TEST_CASE("among passages with as many terms, a snippet shows the one writing the words as the query does",
          "[snippet]") {
    Analysis analysis(make_indonesian_stemmer(), {});
    Analyzer& analyzer = analysis.analyzer;
    const auto query = [&](const char* text) {
        std::pair<std::set<std::string>, WrittenForms> terms;
        for (const Token& token : analyzer.analyze(text)) {
            terms.first.insert(token.term);
            terms.second.emplace(token.term, token.form);
        }
        return terms;
    };
    // menjalani ("to undergo") shares the stem of jalan ("road"), which the opening names three times.
    const std::string text = "Jalan rusak di jalan desa, jalan becek sekali. Hujan turun. Warga menjalani "
                             "pemeriksaan di puskesmas. Perjalanan ke kota jauh.";
    const SnippetStyle style{"[", "]", 40};
    const auto [undergo, undergo_forms] = query("menjalani");
    CHECK_THAT(make_snippet(analyzer, text, undergo, style), Catch::StartsWith("[Jalan] rusak"));
    CHECK_THAT(make_snippet(analyzer, text, undergo, style, undergo_forms), Catch::Contains("[menjalani]"));
    // A root typed bare: the passage writing it bare, before one of its derived words.
    const std::string trip = "Perjalanan panjang itu melelahkan. Sore itu jalan ditutup warga.";
    const auto [road, road_forms] = query("jalan");
    CHECK_THAT(make_snippet(analyzer, trip, road, style), Catch::StartsWith("[Perjalanan]"));
    CHECK_THAT(make_snippet(analyzer, trip, road, style, road_forms), Catch::Contains("[jalan] ditutup"));
}
