// Near-duplicates: the same text republished with small edits is recognised, different reports of one event are
// not, and the index groups recognised articles into one cluster as they are written.
#include "tests/test_support.hpp"

#include "indexer/analyzer.hpp"
#include "indexer/hit_card.hpp"
#include "indexer/near_duplicates.hpp"
#include "indexer/schema.hpp"

#include <telusur/indexer.hpp>
#include <telusur/reindex.hpp>
#include <telusur/stemmer.hpp>

#include <catch2/catch.hpp>

#include <xapian.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

using namespace telusur;
namespace nd = telusur::near_duplicates;

namespace {

// Bodies of the sample corpus's JSON-lines articles, by id.
const std::map<std::string, std::string>& sample_bodies() {
    static const std::map<std::string, std::string> bodies = [] {
        std::map<std::string, std::string> result;
        std::ifstream in(test::sample_dir / "articles.jsonl");
        for (std::string line; std::getline(in, line);) {
            const auto article = nlohmann::json::parse(line);
            result[article["id"]] = article["body"];
        }
        return result;
    }();
    return bodies;
}

nd::Signature signature_of(const std::string& text) {
    static Analyzer analyzer(make_snowball_stemmer());
    return nd::signature(analyzer.analyze(text));
}

Article titled_article(const std::string& id, const std::string& body) {
    Article a;
    a.id = id;
    a.title = "Judul " + id;
    a.body = body;
    return a;
}

// One JSON line of an article with this id and body, as a batch reindex reads it.
std::string jsonl_line(const std::string& id, const std::string& body) {
    return nlohmann::json{{"id", id}, {"title", "Judul " + id}, {"body", body}}.dump() + "\n";
}

// The cluster label of each article in the index, by id.
std::map<std::string, std::string> clusters(const std::string& db_path) {
    Xapian::Database db(db_path);
    std::map<std::string, std::string> labels;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        const Xapian::Document doc = db.get_document(*it);
        labels[HitCard::decode(doc.get_value(schema::hit_card_slot)).id] = doc.get_value(schema::duplicate_slot);
    }
    return labels;
}

}  // namespace

TEST_CASE("a report republished with a new dateline and a few words changed resembles the original", "[near_duplicates]") {
    const double alike = nd::resemblance(signature_of(sample_bodies().at("sample-001")),
                                         signature_of(sample_bodies().at("sample-038")));
    CHECK(alike >= nd::same_text);
    CHECK(alike < 1.0);
}

TEST_CASE("two outlets reporting the same flood in their own words are not near-duplicates", "[near_duplicates]") {
    // sample-006 and sample-007: floods in Bekasi on the same day, written independently.
    CHECK(nd::resemblance(signature_of(sample_bodies().at("sample-006")), signature_of(sample_bodies().at("sample-007"))) <
          0.3);
}

TEST_CASE("identical bodies resemble each other fully, whatever their case", "[near_duplicates]") {
    const std::string& body = sample_bodies().at("sample-001");
    std::string shouted = body;
    for (char& c : shouted) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    CHECK(nd::resemblance(signature_of(body), signature_of(shouted)) == 1.0);
}

TEST_CASE("a body too short to judge has no signature and resembles nothing", "[near_duplicates]") {
    const nd::Signature none = signature_of("Banjir melanda Blora pada hari Senin pagi.");
    CHECK(none.empty());
    CHECK(nd::band_terms(none).empty());
    CHECK(nd::resemblance(none, none) == 0.0);
}

TEST_CASE("a signature survives being stored, and a stored value of the wrong size is not one", "[near_duplicates]") {
    const nd::Signature signature = signature_of(sample_bodies().at("sample-001"));
    REQUIRE(signature.size() == nd::signature_size);
    CHECK(nd::decode(nd::encode(signature)) == signature);
    CHECK(nd::decode("not a signature").empty());
    CHECK(nd::band_terms(signature).size() == nd::bands);
}

TEST_CASE("the index groups a republished article with the original, within one batch and across commits", "[near_duplicates]") {
    test::ScratchDir dir;
    const std::string& original = sample_bodies().at("sample-001");
    const std::string& republished = sample_bodies().at("sample-038");
    const std::string& other = sample_bodies().at("sample-006");
    {
        Indexer indexer(dir / "db");
        indexer.add(titled_article("a", original));
        indexer.add(titled_article("b", republished));  // not committed yet: the writer still sees "a"
        indexer.add(titled_article("c", other));
        indexer.commit();
        indexer.add(titled_article("d", republished));
    }
    const auto labels = clusters(dir / "db");
    REQUIRE_FALSE(labels.at("a").empty());
    CHECK(labels.at("b") == labels.at("a"));
    CHECK(labels.at("d") == labels.at("a"));
    CHECK(labels.at("c").empty());  // nothing to fold it with, so no label for searches to read
}

TEST_CASE("an article rewritten under its own id leaves the cluster it no longer resembles", "[near_duplicates]") {
    test::ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        indexer.add(titled_article("a", sample_bodies().at("sample-001")));
        indexer.add(titled_article("b", sample_bodies().at("sample-038")));
        indexer.commit();
        indexer.add(titled_article("b", sample_bodies().at("sample-006")));  // the same id, now another story
    }
    const auto labels = clusters(dir / "db");
    CHECK(labels.at("b").empty());
    CHECK_FALSE(labels.at("a").empty());  // alone in its cluster now: searches find nothing to fold into it
}

TEST_CASE("re-adding an unchanged article keeps its cluster and does not pair it with itself", "[near_duplicates]") {
    test::ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        indexer.add(titled_article("a", sample_bodies().at("sample-001")));
        indexer.commit();
        indexer.add(titled_article("a", sample_bodies().at("sample-001")));
    }
    {
        Xapian::Database db(dir / "db");
        CHECK(db.get_doccount() == 1);
        CHECK(clusters(dir / "db").at("a").empty());
    }
    {
        Indexer indexer(dir / "db");
        indexer.add(titled_article("b", sample_bodies().at("sample-038")));
        indexer.commit();
        indexer.add(titled_article("a", sample_bodies().at("sample-001")));
        indexer.add(titled_article("b", sample_bodies().at("sample-038")));
    }
    Xapian::Database db(dir / "db");
    CHECK(db.get_doccount() == 2);
    const auto labels = clusters(dir / "db");
    REQUIRE_FALSE(labels.at("a").empty());
    CHECK(labels.at("b") == labels.at("a"));
    CHECK(db.get_termfreq(schema::term(schema::cluster_prefix, labels.at("a"))) == 2);
}

TEST_CASE("the band filter keeps every band it is given and rules out nearly all others", "[near_duplicates]") {
    // A shard of a large archive: 20,000 articles of 12 bands.
    const auto band = [](std::size_t i) { return "XB" + std::to_string(i); };
    nd::BandFilter filter;
    for (std::size_t i = 0; i < 240000; ++i) filter.add(band(i));
    std::size_t forgotten = 0;
    for (std::size_t i = 0; i < 240000; ++i) forgotten += !filter.may_hold(band(i));
    CHECK(forgotten == 0);
    std::size_t wrongly_held = 0;
    for (std::size_t i = 240000; i < 340000; ++i) wrongly_held += filter.may_hold(band(i));
    CHECK(wrongly_held < 100);  // under 0.1%: those are looked up in the index, which says no
}

TEST_CASE("a full rebuild groups near-duplicates written in one batch and across commits", "[near_duplicates][reindex]") {
    test::ScratchDir dir;
    test::write_file(dir / "in.jsonl", jsonl_line("a", sample_bodies().at("sample-001")) +
                                           jsonl_line("b", sample_bodies().at("sample-006")) +
                                           jsonl_line("c", sample_bodies().at("sample-038")) +
                                           jsonl_line("d", sample_bodies().at("sample-038")));
    for (const std::size_t commit_every : {1, 1000}) {
        INFO("commit every " << commit_every);
        ReindexOptions options;
        options.full = true;
        options.commit_every = commit_every;
        reindex(dir / "db", {dir / "in.jsonl"}, {}, options);
        const auto labels = clusters(dir / "db");
        REQUIRE_FALSE(labels.at("a").empty());
        CHECK(labels.at("c") == labels.at("a"));
        CHECK(labels.at("d") == labels.at("a"));
        CHECK(labels.at("b").empty());
    }
}

TEST_CASE("a batch reindex groups near-duplicates too, incremental or full", "[near_duplicates][reindex]") {
    test::ScratchDir dir;
    test::write_file(dir / "in.jsonl", jsonl_line("a", sample_bodies().at("sample-001")) +
                                           jsonl_line("b", sample_bodies().at("sample-006")) +
                                           jsonl_line("c", sample_bodies().at("sample-038")));
    for (const bool full : {false, true}) {
        INFO((full ? "full" : "incremental"));
        ReindexOptions options;
        options.jobs = 2;
        options.full = full;
        reindex(dir / "db", {dir / "in.jsonl"}, {}, options);
        const auto labels = clusters(dir / "db");
        CHECK(labels.at("c") == labels.at("a"));
        CHECK(labels.at("b") != labels.at("a"));
    }
}
