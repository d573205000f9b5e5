// Snippets made from the stored words and their term prints (searcher/hit_snippet.hpp) are the snippets a full
// analysis of each hit's body gives (make_snippet over Analyzer::analyze), query by query, hit by hit.
#include "tests/test_support.hpp"

#include "indexer/analysis.hpp"
#include "indexer/schema.hpp"
#include "indexer/stored_body.hpp"
#include "searcher/hit_snippet.hpp"
#include "searcher/query_parser.hpp"
#include "searcher/snippet.hpp"

#include <telusur/indexer.hpp>
#include <telusur/reindex.hpp>
#include <telusur/searcher.hpp>
#include <telusur/stemmer.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace telusur;
using telusur::test::ScratchDir;

namespace {

// Every hit's snippet of every query against the snippet of a full analysis of its body.
void check_snippets_as_full_analysis(const std::string& index, const std::vector<std::string>& queries,
                                     const SearchOptions& options) {
    Searcher searcher(index);
    Xapian::Database db(index);
    const IndexProfile profile = existing_profile(index).value();
    Analysis analysis(stemmer_named(profile.stemmer), profile.gazetteer_files);
    QueryParser parser(analysis);
    const SnippetStyle style{options.highlight_begin, options.highlight_end, options.snippet_bytes};
    std::size_t compared = 0;
    for (const std::string& query : queries) {
        const ParsedQuery parsed = parser.parse(query);
        const std::set<std::string>& terms = parsed.match_terms;
        for (const Hit& hit : searcher.search(query, options).hits) {
            const Xapian::docid doc = *db.postlist_begin(schema::term(schema::id_prefix, hit.id));
            const std::string body = decode_stored_body(db.get_document(doc).get_value(schema::body_slot)).body;
            const std::string_view searched = std::string_view(body).substr(0, 64 * 1024);  // as hit_snippet
            INFO("query: " << query << ", hit " << hit.id);
            CHECK(hit.snippet == make_snippet(analysis.analyzer, searched, terms, style, parsed.match_forms));
            ++compared;
        }
    }
    CHECK(compared > queries.size());
}

// Queries made of the words of the sample articles: every 11th word alone, and runs of two and three words.
std::vector<std::string> sample_queries() {
    std::vector<std::string> words;
    for (const auto& file : std::filesystem::directory_iterator(telusur::test::sample_dir)) {
        std::istringstream text(telusur::test::read_file(file.path()));
        std::string word;
        for (std::size_t i = 0; text >> word; ++i)
            if (i % 11 == 0 && word.find_first_of("\"():-") == std::string::npos &&
                std::any_of(word.begin(), word.end(), [](unsigned char c) { return std::isalpha(c); }))
                words.push_back(word);
    }
    std::vector<std::string> queries;
    for (std::size_t i = 0; i + 2 < words.size(); i += 3) {
        queries.push_back(words[i]);
        queries.push_back(words[i] + " " + words[i + 1]);
        queries.push_back(words[i] + " " + words[i + 1] + " " + words[i + 2]);
    }
    return queries;
}

// A document holding `body` stored as the indexer stores it; `damage_spans` stores spans that point past the body.
Xapian::Document stored_document(Analyzer& analyzer, const std::string& body, bool damage_spans = false) {
    std::vector<WordSpan> spans = analyzer.word_spans(body);
    const std::vector<Token> tokens = analyzer.analyze(body, spans, schema::body_first_position);
    const std::vector<TermPrint> prints = term_prints(spans.size(), tokens, schema::body_first_position);
    if (damage_spans) spans.back().end = body.size() + 10;
    Xapian::Document doc;
    doc.add_value(schema::body_slot, encode_stored_body(body, spans, prints));
    return doc;
}

// For each query, the snippet of `body` from its stored words against the snippet of a full analysis.
void check_body_snippets_as_full_analysis(Analyzer& analyzer, const std::string& body,
                                          std::initializer_list<const char*> queries, const SnippetStyle& style) {
    for (const std::string query : queries) {
        std::set<std::string> terms;
        for (const Token& token : analyzer.analyze(query)) terms.insert(token.term);
        INFO(query);
        CHECK(HitSnippets(analyzer, terms, style).of(stored_document(analyzer, body)) ==
              make_snippet(analyzer, body, terms, style));
    }
}

}  // namespace

TEST_CASE("a word printed like a query term but indexed under another is not marked", "[searcher][snippet]") {
    Analysis analysis(make_indonesian_stemmer(), {});
    Analyzer& analyzer = analysis.analyzer;
    const std::string banjir = analyzer.analyze("banjir").front().term;
    // A word whose term shares banjir's print: one in 65,536 does; words with digits are indexed as written.
    std::string twin;
    for (int i = 0; twin.empty() && i < 10'000'000; ++i)
        if (const std::string word = "kode" + std::to_string(i); term_print(word) == term_print(banjir)) twin = word;
    REQUIRE_FALSE(twin.empty());
    const std::string body = "Warga " + twin + " terdampak banjir di Blora.";
    const SnippetStyle style{"[", "]", 240};
    const std::set<std::string> terms{banjir};
    const std::string snippet = HitSnippets(analyzer, terms, style).of(stored_document(analyzer, body));
    CHECK(snippet == "Warga " + twin + " terdampak [banjir] di Blora.");
    CHECK(snippet == make_snippet(analyzer, body, {banjir}, style));
}

TEST_CASE("the snippets of a page share what they learn of a word, and each is the one it would be alone",
          "[searcher][snippet]") {
    Analysis analysis(make_indonesian_stemmer(), {});
    Analyzer& analyzer = analysis.analyzer;
    const std::set<std::string> terms{analyzer.analyze("banjir").front().term, analyzer.analyze("blora").front().term};
    const SnippetStyle style{"[", "]", 240};
    const std::vector<std::string> bodies{"Banjir merendam Blora. Warga Blora mengungsi karena banjir.",
                                          "Di Blora tidak ada banjir, kata warga.", "Hujan turun tanpa henti."};
    HitSnippets page(analyzer, terms, style);
    for (const std::string& body : bodies)
        CHECK(page.of(stored_document(analyzer, body)) ==
              HitSnippets(analyzer, terms, style).of(stored_document(analyzer, body)));
    CHECK(page.of(stored_document(analyzer, bodies[1])) == "Di [Blora] tidak ada [banjir], kata warga.");
}

TEST_CASE("a page's snippets prefer the passage that writes the words as the query does, as a full analysis does",
          "[searcher][snippet]") {
    Analysis analysis(make_indonesian_stemmer(), {});
    Analyzer& analyzer = analysis.analyzer;
    QueryParser parser(analysis);
    const ParsedQuery parsed = parser.parse("menjalani");
    const std::string body = "Jalan rusak di jalan desa, jalan becek sekali. Hujan turun. Warga menjalaninya "
                             "dengan sabar di puskesmas. Perjalanan ke kota jauh.";
    const SnippetStyle style{"[", "]", 40};
    HitSnippets page(analyzer, parsed.match_terms, style, parsed.match_forms);
    const std::string snippet = page.of(stored_document(analyzer, body));
    CHECK_THAT(snippet, Catch::Contains("[menjalaninya]"));
    CHECK(snippet == make_snippet(analyzer, body, parsed.match_terms, style, parsed.match_forms));
    // Again from what the page has learnt of each word.
    CHECK(page.of(stored_document(analyzer, body)) == snippet);
}

TEST_CASE("a stored body whose word spans are damaged still gives a snippet with its words marked",
          "[searcher][snippet]") {
    Analysis analysis(make_indonesian_stemmer(), {});
    Analyzer& analyzer = analysis.analyzer;
    const std::string body = "Anak-anak mengungsi karena banjir di Kabupaten Blora.";
    const std::set<std::string> terms{analyzer.analyze("anak").front().term, analyzer.analyze("banjir").front().term};
    const SnippetStyle style{"[", "]", 240};
    const std::string snippet = HitSnippets(analyzer, terms, style).of(stored_document(analyzer, body, true));
    CHECK(snippet == "[Anak-anak] mengungsi karena [banjir] di Kabupaten Blora.");
    CHECK(snippet == HitSnippets(analyzer, terms, style).of(stored_document(analyzer, body)));
}

TEST_CASE("the parts of a reduplication kept whole are marked by its term, not by the word they spell",
          "[searcher][snippet]") {
    Analysis analysis(make_indonesian_stemmer(), {});
    Analyzer& analyzer = analysis.analyzer;
    const std::string body = "Undang-Undang itu mengundang kritik dari anak-anak muda.";
    const SnippetStyle style{"[", "]", 240};
    check_body_snippets_as_full_analysis(analyzer, body, {"undang-undang", "mengundang", "anak"}, style);
    const std::set<std::string> law{"undang-undang"}, invite{analyzer.analyze("mengundang").front().term};
    CHECK(HitSnippets(analyzer, law, style).of(stored_document(analyzer, body)) ==
          "[Undang-Undang] itu mengundang kritik dari anak-anak muda.");
    CHECK(HitSnippets(analyzer, invite, style).of(stored_document(analyzer, body)) ==
          "Undang-Undang itu [mengundang] kritik dari anak-anak muda.");
}

TEST_CASE("the parts of a word joined by a hyphen are marked by the term of the word written together",
          "[searcher][snippet]") {
    Analysis analysis(make_indonesian_stemmer(), {});
    Analyzer& analyzer = analysis.analyzer;
    const std::string body = "Penggemar K-pop dan pop Korea belanja di e-commerce, tidak di pasar-pasar-pasar.";
    const SnippetStyle style{"[", "]", 240};
    check_body_snippets_as_full_analysis(analyzer, body, {"kpop", "k-pop", "pop", "ecommerce", "commerce", "pasar"},
                                         style);
    const std::set<std::string> kpop{analyzer.analyze("kpop").front().term};
    CHECK(HitSnippets(analyzer, kpop, style).of(stored_document(analyzer, body)) ==
          "Penggemar [K-pop] dan pop Korea belanja di e-commerce, tidak di pasar-pasar-pasar.");
    const std::set<std::string> pop{analyzer.analyze("pop").front().term};
    CHECK(HitSnippets(analyzer, pop, style).of(stored_document(analyzer, body)) ==
          "Penggemar K-[pop] dan [pop] Korea belanja di e-commerce, tidak di pasar-pasar-pasar.");
}

TEST_CASE("snippets from stored words equal those of a full analysis on the sample corpus", "[searcher][snippet]") {
    std::vector<std::string> queries = sample_queries();
    REQUIRE(queries.size() > 100);
    // Hyphenated words, whole and by their parts, and an inflected form ("bimbingan" marks "membimbing").
    queries.insert(queries.end(), {"anak-anak", "anak", "Covid-19", "bimbingan", "karang taruna blora"});
    SearchOptions options;
    options.highlight_begin = "[";
    options.highlight_end = "]";
    check_snippets_as_full_analysis(telusur::test::sample_index(), queries, options);
    options.snippet_bytes = 60;
    check_snippets_as_full_analysis(telusur::test::sample_index(), queries, options);
}

TEST_CASE("snippets over a sharded index mark the words of each hit, as over one database", "[searcher][snippet]") {
    // Over several shards a hit's Document reports the id inside its own shard: positions read with that id were
    // another article's, and the snippets of most hits marked nothing.
    ScratchDir dir;
    ReindexOptions sharded;
    sharded.shards = 3;
    reindex(dir / "db", {telusur::test::sample_dir.string()}, {}, sharded);
    std::vector<std::string> queries = sample_queries();
    queries.insert(queries.end(), {"anak-anak", "bimbingan", "karang taruna blora"});
    check_snippets_as_full_analysis(dir / "db", queries, {});
}

TEST_CASE("snippets from stored words equal those of a full analysis on click-id headlines", "[shared-data][snippet]") {
    const auto corpus = telusur::test::shared_data / "corpora" / "click-id.jsonl";
    if (!std::filesystem::exists(corpus)) {
        WARN("skipped: " << corpus.string() << " is absent (../shared/data is not beside this checkout)");
        return;
    }
    // The first 400 articles, searched for by their headlines (all the words, then partial matches).
    ScratchDir dir;
    std::ifstream in(corpus);
    std::ofstream part(dir / "part.jsonl");
    std::vector<std::string> queries;
    std::string line;
    while (queries.size() < 400 && std::getline(in, line)) {
        part << line << '\n';
        const auto record = nlohmann::json::parse(line, nullptr, false);
        if (record.is_object() && !record.value("title", "").empty()) queries.push_back(record.value("title", ""));
    }
    part.close();
    Indexer(dir / "db").index_paths({dir / "part.jsonl"});
    check_snippets_as_full_analysis(dir / "db", queries, {});
}
