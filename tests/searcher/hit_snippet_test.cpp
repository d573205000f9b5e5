// Snippets cut from the text around the matched positions (searcher/hit_snippet.hpp) are the snippets the whole
// body gives, which is also what an index written before word offsets shows.
#include "tests/test_support.hpp"

#include "indexer/schema.hpp"

#include <telusur/indexer.hpp>
#include <telusur/searcher.hpp>

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

// A copy of the index at `from` as telusur wrote it before word offsets: the same documents without them.
std::string without_word_offsets(const std::string& from, const ScratchDir& dir) {
    const std::string to = dir / "old";
    std::filesystem::copy(from, to, std::filesystem::copy_options::recursive);
    Xapian::WritableDatabase db(to, Xapian::DB_OPEN);
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        Xapian::Document doc = db.get_document(*it);
        REQUIRE_FALSE(doc.get_value(schema::word_offsets_slot).empty());
        doc.remove_value(schema::word_offsets_slot);
        db.replace_document(*it, doc);
    }
    db.commit();
    return to;
}

// Every snippet of every query, from both indexes, hit by hit.
void check_same_snippets(const std::string& index, const std::string& old_index, const std::vector<std::string>& queries,
                         const SearchOptions& options) {
    Searcher searcher(index), old_searcher(old_index);
    std::size_t compared = 0;
    for (const std::string& query : queries) {
        const Results results = searcher.search(query, options), old_results = old_searcher.search(query, options);
        REQUIRE(results.hits.size() == old_results.hits.size());
        for (std::size_t i = 0; i < results.hits.size(); ++i) {
            INFO("query: " << query << ", hit " << results.hits[i].id);
            CHECK(results.hits[i].snippet == old_results.hits[i].snippet);
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

}  // namespace

TEST_CASE("snippets from word offsets equal those from the whole body on the sample corpus", "[searcher][snippet]") {
    ScratchDir dir;
    const std::string old_index = without_word_offsets(telusur::test::sample_index(), dir);
    const std::vector<std::string> queries = sample_queries();
    REQUIRE(queries.size() > 100);
    SearchOptions options;
    options.highlight_begin = "[";
    options.highlight_end = "]";
    check_same_snippets(telusur::test::sample_index(), old_index, queries, options);
    options.snippet_bytes = 60;  // windows far shorter than the passages read around each match
    check_same_snippets(telusur::test::sample_index(), old_index, queries, options);
}

TEST_CASE("an index without word offsets still shows snippets with inflected forms highlighted", "[searcher][snippet]") {
    ScratchDir dir;
    Searcher old_searcher(without_word_offsets(telusur::test::sample_index(), dir));
    SearchOptions options;
    options.highlight_begin = "[";
    options.highlight_end = "]";
    const Results results = old_searcher.search("karang taruna blora", options);
    REQUIRE_FALSE(results.hits.empty());
    CHECK_THAT(results.hits.front().snippet, Catch::Contains("[Karang] [Taruna]"));
}

TEST_CASE("snippets from word offsets equal those from the whole body on click-id headlines", "[shared-data][snippet]") {
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
        if (record.is_object() && record.value("title", "").size() > 0) queries.push_back(record.value("title", ""));
    }
    part.close();
    Indexer(dir / "db").index_paths({dir / "part.jsonl"});
    check_same_snippets(dir / "db", without_word_offsets(dir / "db", dir), queries, {});
}
