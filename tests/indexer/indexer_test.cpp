// Indexing: articles in, replace by id, bad input reported and counted while the rest goes on, nothing lost.
#include "corpus/article_reader.hpp"
#include "indexer/database.hpp"
#include "tests/test_support.hpp"

#include <telusur/indexer.hpp>
#include <telusur/searcher.hpp>

#include <catch2/catch.hpp>
#include <xapian.h>

#include <vector>

using namespace telusur;
using telusur::test::ScratchDir;
using telusur::test::write_file;

namespace {

Article dated_article(const std::string& id, const std::string& title, const std::string& body) {
    Article a;
    a.id = id;
    a.title = title;
    a.body = body;
    a.date = "2020-10-28";
    a.source = "warta-jateng.example";
    return a;
}

using telusur::test::ids_for;

}  // namespace

TEST_CASE("an indexed article is found by its words and returns its stored fields", "[indexer]") {
    ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        CHECK_FALSE(indexer.add(dated_article("a1", "Banjir Rendam Blora", "Banjir merendam ratusan rumah di Kecamatan Cepu.")));
    }
    Searcher searcher(dir / "db");
    const Results results = searcher.search("banjir cepu");
    REQUIRE(results.hits.size() == 1);
    const Hit& hit = results.hits.front();
    CHECK(hit.id == "a1");
    CHECK(hit.title == "Banjir Rendam Blora");
    CHECK(hit.date == "2020-10-28");
    CHECK(hit.source == "warta-jateng.example");
    CHECK(hit.rank == 1);
    CHECK(hit.score > 0);
}

TEST_CASE("a word written in another spelling finds the standard one and the other way round", "[indexer]") {
    ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        CHECK_FALSE(indexer.add(dated_article("a1", "Warga Sesak", "Warga sulit bernafas karena asap; resiko penyakit naik.")));
        CHECK_FALSE(indexer.add(dated_article("a2", "Sekolah Berdiri", "Siswa mempraktikkan cara menelepon ambulans.")));
        CHECK_FALSE(indexer.add(dated_article("a3", "Pasien Baru", "Dua warga didiagnosa demam berdarah.")));
    }
    CHECK(ids_for(dir / "db", "napas") == std::vector<std::string>{"a1"});  // bernafas: nafas, folded to napas
    CHECK(ids_for(dir / "db", "berisiko") == std::vector<std::string>{"a1"});
    CHECK(ids_for(dir / "db", "dipraktekkan") == std::vector<std::string>{"a2"});
    CHECK(ids_for(dir / "db", "telpon") == std::vector<std::string>{"a2"});
    CHECK(ids_for(dir / "db", "diagnosis") == std::vector<std::string>{"a3"});
}

TEST_CASE("a reduplication kept whole counts once in its article, its parts holding positions only", "[indexer]") {
    ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        CHECK_FALSE(indexer.add(dated_article("a1", "Undang-Undang Baru", "DPR mengesahkan undang-undang itu.")));
    }
    Xapian::Database db(dir / "db");
    const Xapian::docid doc = *db.postlist_begin("Qa1");
    const auto wdf = [&](const std::string& term) {
        Xapian::TermIterator it = db.termlist_begin(doc);
        it.skip_to(term);
        return it != db.termlist_end(doc) && *it == term ? it.get_wdf() : 0;
    };
    CHECK(wdf("undang-undang") == 3 + 1);  // the title's whole (title weight 3) and the body's whole
    CHECK(wdf("Sundang-undang") == 1);
    CHECK(wdf("undang") == 0);
    const std::vector<Xapian::termpos> positions(db.positionlist_begin(doc, "undang-undang"),
                                                 db.positionlist_end(doc, "undang-undang"));
    CHECK(positions.size() == 4);  // each part's position, in the title and in the body
}

TEST_CASE("re-indexing an article with the same id replaces it and never duplicates it", "[indexer]") {
    ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        CHECK_FALSE(indexer.add(dated_article("a1", "Judul lama", "Warga membersihkan lumpur sisa banjir.")));
        CHECK(indexer.add(dated_article("a1", "Judul baru", "Petani memanen jagung di Grobogan.")));
    }
    CHECK(Searcher(dir / "db").stats().documents == 1);
    CHECK(ids_for(dir / "db", "lumpur").empty());
    CHECK(ids_for(dir / "db", "jagung") == std::vector<std::string>{"a1"});

    SECTION("also across runs of index_paths, counted as replaced") {
        write_file(dir.path() / "in.jsonl", R"({"id": "a1", "title": "T", "body": "Harga cabai naik di Pekalongan."})" "\n"
                                            R"({"id": "a2", "title": "U", "body": "Harga bawang turun."})" "\n");
        Indexer indexer(dir / "db");
        const IndexSummary summary = indexer.index_paths({dir / "in.jsonl"});
        CHECK(summary.read == 2);
        CHECK(summary.indexed == 2);
        CHECK(summary.replaced == 1);
        CHECK(summary.rejected == 0);
        indexer.commit();
        CHECK(Searcher(dir / "db").stats().documents == 2);
    }
}

TEST_CASE("bad input is reported with file and line, counted, and the rest is indexed", "[indexer]") {
    ScratchDir dir;
    write_file(dir.path() / "in" / "good.jsonl",
               R"({"id": "g1", "title": "Satu", "body": "Posyandu dibuka kembali."})" "\n"
               "{not json\n"
               R"({"id": "g2", "title": "Dua", "body": ""})" "\n"
               "{\"id\": \"g3\", \"title\": \"Tiga\", \"body\": \"bad \xff byte\"}\n"
               R"({"id": "g4", "title": "Empat", "body": "Puskesmas menambah jam layanan."})" "\n");
    write_file(dir.path() / "in" / "empty.jsonl", "");
    write_file(dir.path() / "in" / "image.bin", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));

    std::vector<InputError> rejects;
    IndexOptions options;
    options.on_reject = [&](const InputError& e) { rejects.push_back(e); };
    Indexer indexer(dir / "db");
    const IndexSummary summary = indexer.index_paths({(dir.path() / "in").string(), dir / "missing.jsonl"}, options);
    indexer.commit();

    CHECK(summary.indexed == 2);
    CHECK(summary.rejected == 6);
    CHECK(summary.read == summary.indexed + summary.rejected);
    auto rejected_at = [&](const std::string& file, std::size_t line) {
        for (const auto& e : rejects)
            if (e.file().ends_with(file) && e.line() == line) return true;
        return false;
    };
    CHECK(rejected_at("good.jsonl", 2));  // bad JSON
    CHECK(rejected_at("good.jsonl", 3));  // no body
    CHECK(rejected_at("good.jsonl", 4));  // invalid UTF-8
    CHECK(rejected_at("empty.jsonl", 0));
    CHECK(rejected_at("image.bin", 3));  // the line of the first NUL byte
    CHECK(rejected_at("missing.jsonl", 0));
    for (const auto& e : rejects) CHECK_THAT(e.what(), Catch::Contains(e.file()));
    CHECK(ids_for(dir / "db", "posyandu OR puskesmas").size() == 2);
}

TEST_CASE("a failed run loses nothing already indexed", "[indexer]") {
    ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        indexer.add(dated_article("keep", "Arsip", "Arsip lama tentang embung desa."));
    }
    write_file(dir.path() / "bad.jsonl", "{garbage\n{\"id\": 5}\n");
    {
        Indexer indexer(dir / "db");
        const IndexSummary summary = indexer.index_paths({dir / "bad.jsonl"});
        CHECK(summary.rejected == 2);
        CHECK(summary.indexed == 0);
    }
    CHECK(ids_for(dir / "db", "embung") == std::vector<std::string>{"keep"});
}

TEST_CASE("articles that cannot be indexed are refused with a reason", "[indexer]") {
    ScratchDir dir;
    Indexer indexer(dir / "db");
    CHECK_THROWS_AS(indexer.add(dated_article("", "T", "Isi berita.")), InputError);
    CHECK_THROWS_WITH(indexer.add(dated_article("x", "T", "  \n ")), Catch::Contains("has no body"));
    CHECK_THROWS_AS(indexer.add(dated_article(std::string(300, 'x'), "T", "Isi berita.")), InputError);
    // A body larger than any reader lets through is refused by the library too, and names the article.
    CHECK_THROWS_WITH(indexer.add(dated_article("besar", "T", std::string(max_article_bytes + 1, 'x'))),
                      Catch::Contains("'besar'") && Catch::Contains("larger than an article can be"));
}

TEST_CASE("a second writer is refused with a message naming the lock", "[indexer]") {
    ScratchDir dir;
    Indexer first(dir / "db");
    CHECK_THROWS_WITH(Indexer(dir / "db"), Catch::Contains("locked"));
}

TEST_CASE("a directory that is not a telusur index is refused for reading", "[indexer]") {
    ScratchDir dir;
    CHECK_THROWS_AS(Searcher(dir / "nowhere"), DatabaseError);
    CHECK_THROWS_WITH(Searcher(dir / "nowhere"), Catch::Contains("no index"));
}

TEST_CASE("an index remembers its gazetteer: searches use it, and a different one is refused", "[indexer]") {
    ScratchDir dir;
    write_file(dir.path() / "mine.tsv", "id\tkind\ttype\tname\tacronyms\tvariants\ttakes_place\n"
                                        "kartar\tagency\tlainnya\tKarang Taruna\tKartar\t\tyes\n");
    write_file(dir.path() / "other.tsv", "id\tkind\ttype\tname\tacronyms\tvariants\ttakes_place\n"
                                         "pkk\tagency\tlainnya\tPemberdayaan Kesejahteraan Keluarga\tPKK\t\tyes\n");
    IndexSettings settings;
    settings.gazetteer_files = {dir / "mine.tsv"};
    {
        Indexer indexer(dir / "db", settings);
        indexer.add(dated_article("k1", "Kartar", "Kartar desa menggelar kerja bakti."));
    }
    Searcher searcher(dir / "db");  // no gazetteer given: the one the index records
    CHECK(ids_for(dir / "db", "lembaga:kartar") == std::vector<std::string>{"k1"});
    CHECK_THROWS_WITH(Searcher(dir / "db", SearchSettings{{dir / "other.tsv"}}), Catch::Contains("another gazetteer"));
    CHECK_THROWS_WITH(Indexer(dir / "db"), Catch::Contains("another gazetteer"));
}

TEST_CASE("an index built with telusur's own gazetteer of another version is refused with what to do", "[indexer]") {
    // The same extra files (none), another fingerprint: telusur's places or agencies changed since the index was built.
    const IndexProfile recorded{"telusur-id", "old", {}, "15", "s"}, used{"telusur-id", "new", {}, "15", "s"};
    CHECK_THROWS_WITH(check_profile("db", recorded, used),
                      Catch::Contains("another telusur's places") && Catch::Contains("telusur reindex"));
    CHECK_NOTHROW(check_profile("db", used, used));
}

TEST_CASE("an index to which nothing was added can still be searched", "[indexer]") {
    ScratchDir dir;
    { Indexer indexer(dir / "db"); }
    CHECK(Searcher(dir / "db").search("banjir").hits.empty());
}

TEST_CASE("an index is stemmed with the Indonesian stemmer unless asked otherwise, and keeps its choice", "[indexer]") {
    ScratchDir dir;
    {
        Indexer indexer(dir / "db");  // full, the default
        indexer.add(dated_article("p1", "Pelatihan", "Dinas menggelar pelatihan bagi pengurus di Pemalang."));
    }
    CHECK(ids_for(dir / "db", "gelar") == std::vector<std::string>{"p1"});       // menggelar -> gelar
    CHECK(ids_for(dir / "db", "dilatih") == std::vector<std::string>{"p1"});     // pelatihan, dilatih -> latih
    CHECK(ids_for(dir / "db", "pemalang") == std::vector<std::string>{"p1"});    // a known place, never reduced
    CHECK(ids_for(dir / "db", "palang").empty());
    { Indexer again(dir / "db"); }  // no stemmer given: the index's own
    IndexSettings light;
    light.stemmer = "light";
    CHECK_THROWS_WITH(Indexer(dir / "db", light), Catch::Contains("stemmer"));
    IndexSettings unknown;
    unknown.stemmer = "porter";
    CHECK_THROWS_AS(Indexer(dir / "other", unknown), ArgumentError);
}

TEST_CASE("the light and snowball stemmers can be chosen for a new index", "[indexer]") {
    ScratchDir dir;
    IndexSettings light;
    light.stemmer = "light";
    {
        Indexer indexer(dir / "light", light);
        indexer.add(dated_article("l1", "Buku", "Bukunya menggelar cerita."));
    }
    CHECK(ids_for(dir / "light", "buku") == std::vector<std::string>{"l1"});  // -nya removed
    CHECK(ids_for(dir / "light", "gelar").empty());                          // meN- kept
    IndexSettings snowball;
    snowball.stemmer = "snowball";
    {
        Indexer indexer(dir / "snowball", snowball);
        indexer.add(dated_article("s1", "Buku", "Dinas menggelar pelatihan."));
    }
    CHECK(ids_for(dir / "snowball", "gelar") == std::vector<std::string>{"s1"});
}
