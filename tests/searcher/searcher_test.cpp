// Searching the sample corpus: ranking, phrases, exclusion, OR, filters, partial matches, snippets, pages, stats.
#include "tests/test_support.hpp"

#include <telusur/indexer.hpp>
#include <telusur/searcher.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>

using namespace telusur;
using telusur::test::ScratchDir;

namespace {

using telusur::test::sample_index;

using telusur::test::search_sample;

bool contains_id(const Results& results, const std::string& id) {
    return std::any_of(results.hits.begin(), results.hits.end(), [&](const Hit& h) { return h.id == id; });
}

// An index of articles given as id and body, in `dir`.
std::string index_of(const ScratchDir& dir, std::initializer_list<std::pair<const char*, const char*>> articles) {
    Indexer indexer(dir / "db");
    for (const auto& [id, body] : articles) {
        Article a;
        a.id = id;
        a.body = body;
        indexer.add(a);
    }
    return dir / "db";
}

// An index of one article with this body, in `dir`.
std::string index_of_one(const ScratchDir& dir, const std::string& body) {
    return index_of(dir, {{"one", body.c_str()}});
}

using telusur::test::full_match_ids;

// Highlights as [brackets], so a test reads which words were marked.
SearchOptions bracketed() {
    SearchOptions options;
    options.highlight_begin = "[";
    options.highlight_end = "]";
    return options;
}

}  // namespace

TEST_CASE("karang taruna blora ranks the seed article first", "[searcher]") {
    const Results results = search_sample("karang taruna blora");
    REQUIRE_FALSE(results.hits.empty());
    CHECK(results.hits.front().id == "000_804e0742f2996cee");
    CHECK(results.hits.front().title == "Dinsos P3A Gelar Bimtek Karang Taruna Se-Kabupaten Blora");
    CHECK(results.total >= 2);
}

TEST_CASE("all words are required, and partial matches follow marked as partial", "[searcher]") {
    const Results results = search_sample("karang taruna blora", {.limit = 20});
    bool seen_partial = false;
    for (const Hit& hit : results.hits) {
        if (hit.partial) seen_partial = true;
        else CHECK_FALSE(seen_partial);  // every complete match ranks above every partial one
    }
    CHECK(seen_partial);
    CHECK(contains_id(results, "sample-002"));  // Karang Taruna in Rembang, no Blora: partial
    for (const Hit& hit : results.hits)
        if (hit.id == "sample-002") CHECK(hit.partial);
}

TEST_CASE("a phrase matches the words in order only", "[searcher]") {
    const Results phrase = search_sample("\"karang taruna\"");
    CHECK(contains_id(phrase, "000_804e0742f2996cee"));
    const Results reversed = search_sample("\"taruna karang\"");
    CHECK_FALSE(contains_id(reversed, "000_804e0742f2996cee"));
}

TEST_CASE("exclusion removes articles with the word", "[searcher]") {
    const Results with = search_sample("karang taruna");
    REQUIRE(contains_id(with, "000_804e0742f2996cee"));
    CHECK_FALSE(contains_id(search_sample("karang taruna -blora"), "000_804e0742f2996cee"));
    CHECK_FALSE(contains_id(search_sample("karang taruna NOT bimtek"), "000_804e0742f2996cee"));
    CHECK(search_sample("-banjir").total > 0);  // exclusion alone searches everything else
}

TEST_CASE("OR finds articles with either word", "[searcher]") {
    const Results either = search_sample("bimtek OR stunting");
    const Results one = search_sample("bimtek"), other = search_sample("stunting");
    CHECK(either.total == one.total + other.total);
}

TEST_CASE("AND joins words as a plain space does, and parentheses group", "[searcher]") {
    CHECK(search_sample("bimtek AND blora").total == search_sample("bimtek blora").total);
    const Results grouped = search_sample("(bimtek OR stunting) blora", {.limit = 50});
    CHECK(contains_id(grouped, "000_804e0742f2996cee"));
    CHECK_FALSE(grouped.hits.front().partial);
    auto complete = [](const Results& results) {
        return std::count_if(results.hits.begin(), results.hits.end(), [](const Hit& hit) { return !hit.partial; });
    };
    // The group is one required part: the articles with Blora and either word.
    CHECK(complete(grouped) >= complete(search_sample("bimtek blora", {.limit = 50})));
    CHECK(complete(grouped) < complete(search_sample("blora", {.limit = 50})));
}

TEST_CASE("judul: and title: search the headline only", "[searcher]") {
    // The seed's headline names Bimtek; its body, not its headline, names kesejahteraan.
    CHECK(contains_id(search_sample("judul:bimtek"), "000_804e0742f2996cee"));
    CHECK(contains_id(search_sample("title:\"karang taruna\""), "000_804e0742f2996cee"));
    CHECK(contains_id(search_sample("kesejahteraan", {.limit = 50}), "000_804e0742f2996cee"));
    CHECK_FALSE(contains_id(search_sample("judul:kesejahteraan", {.limit = 50}), "000_804e0742f2996cee"));
}

TEST_CASE("source and date filters restrict the matches", "[searcher]") {
    CHECK(search_sample("karang taruna source:blora-ekspres.com").hits.size() == 1);
    CHECK(search_sample("karang taruna sumber:BLORA-EKSPRES.COM").hits.size() == 1);
    CHECK(search_sample("karang taruna source:nowhere.example").hits.empty());
    CHECK(contains_id(search_sample("karang taruna date:2020-10-28"), "000_804e0742f2996cee"));
    CHECK(contains_id(search_sample("karang taruna date:2020-10"), "000_804e0742f2996cee"));
    CHECK(contains_id(search_sample("karang taruna tanggal:2020-10-01..2020-10-31"), "000_804e0742f2996cee"));
    CHECK(contains_id(search_sample("karang taruna date:..2020"), "000_804e0742f2996cee"));
    CHECK_FALSE(contains_id(search_sample("karang taruna date:2019"), "000_804e0742f2996cee"));
    CHECK_FALSE(contains_id(search_sample("karang taruna date:2020-11-01.."), "000_804e0742f2996cee"));
    for (const Hit& hit : search_sample("banjir date:2021", {.limit = 50}).hits) CHECK(hit.date.starts_with("2021"));
}

TEST_CASE("sumber: takes an outlet's name without its domain", "[searcher]") {
    CHECK(search_sample("karang taruna sumber:blora-ekspres").hits.size() == 1);  // blora-ekspres.com
    CHECK(search_sample("karang taruna sumber:BLORA-EKSPRES").hits.size() == 1);
    CHECK(search_sample("karang taruna sumber:blora").hits.empty());  // a name, not the start of one
    CHECK(search_sample("karang taruna sumber:ekspres.com").hits.empty());
}

TEST_CASE("a query of filters alone lists the newest articles first", "[searcher]") {
    ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        for (const auto& [id, date] : {std::pair{"middle", "2019-09-12"}, {"oldest", "2019-09-01"},
                                        {"newest", "2019-09-30"}, {"elsewhere", "2019-09-20"}}) {
            Article a;
            a.id = id;
            a.title = "Berita";
            a.body = "Isi berita hari ini.";
            a.date = date;
            a.source = a.id == std::string("elsewhere") ? "tempo.co" : "kompas.com";
            indexer.add(a);
        }
    }
    Searcher searcher(dir / "db");
    auto order = [&](const std::string& query) {
        std::vector<std::string> ids;
        for (const Hit& hit : searcher.search(query).hits) ids.push_back(hit.id);
        return ids;
    };
    CHECK(order("sumber:kompas") == std::vector<std::string>{"newest", "middle", "oldest"});
    CHECK(order("tanggal:2019-09") == std::vector<std::string>{"newest", "elsewhere", "middle", "oldest"});
    CHECK(order("tanggal:2019-09 -sumber:tempo.co") == std::vector<std::string>{"newest", "middle", "oldest"});
}

TEST_CASE("a query word finds the inflected forms of the same stem", "[searcher]") {
    // "gelar" and "menggelar" share a stem; the seed says "menggelar".
    CHECK(contains_id(search_sample("gelar bimtek"), "000_804e0742f2996cee"));
}

TEST_CASE("hyphenated words match whole and by their parts", "[searcher]") {
    CHECK(contains_id(search_sample("se-kabupaten blora"), "000_804e0742f2996cee"));
    CHECK(search_sample("covid-19").total > 0);
    CHECK(search_sample("covid-19").total == search_sample("\"covid 19\"").total);
}

TEST_CASE("a word news writes with a hyphen and without is found either way, and marked", "[searcher]") {
    ScratchDir dir;
    Searcher searcher(index_of(dir, {{"hyphen", "Penggemar K-pop memadati konser di Jakarta."},
                                     {"together", "Konser Kpop kembali digelar tahun depan."},
                                     {"spaced", "Musik K pop disukai remaja."},
                                     {"shop", "Belanja e-commerce naik saat pandemi Covid-19."},
                                     {"shop2", "Transaksi ecommerce dan Covid19 dibahas."},
                                     {"inactive", "Kepala desa itu dinonaktifkan, lalu pejabat non-aktif diperiksa."},
                                     {"score", "Persib menang 1-0 atas tim tamu."}}));
    const auto ids = [&](const std::string& query) { return full_match_ids(searcher, query); };
    CHECK(ids("kpop") == std::vector<std::string>{"hyphen", "together"});
    CHECK(ids("K-pop") == std::vector<std::string>{"hyphen", "spaced", "together"});  // also "K pop", as before
    CHECK(ids("ecommerce") == std::vector<std::string>{"shop", "shop2"});
    CHECK(ids("e-commerce") == std::vector<std::string>{"shop", "shop2"});
    CHECK(ids("covid19") == std::vector<std::string>{"shop", "shop2"});
    CHECK(ids("nonaktif") == std::vector<std::string>{"inactive"});
    CHECK(ids("pop") == std::vector<std::string>{"hyphen", "spaced"});  // the parts keep their own words
    CHECK(ids("10").empty());  // a score is no number ten
    const Results marked = searcher.search("kpop", bracketed());
    REQUIRE(marked.hits.size() == 2);
    for (const Hit& hit : marked.hits) {
        INFO(hit.id);
        CHECK(hit.snippet == (hit.id == "hyphen" ? "Penggemar [K-pop] memadati konser di Jakarta."
                                                 : "Konser [Kpop] kembali digelar tahun depan."));
    }
}

TEST_CASE("a reduplication the stemmer keeps whole is not found by the word its parts spell", "[searcher]") {
    // undang-undang ("law") is one word; undang is the root of mengundang ("to invite").
    ScratchDir dir;
    Searcher searcher(index_of(dir, {{"law", "DPR mengesahkan Undang-Undang Cipta Kerja kemarin."},
                                     {"invitation", "Panitia mengundang warga ke pesta pernikahan."}}));
    const auto ids = [&](const std::string& query, const SearchOptions& options = {}) {
        std::vector<std::string> found;
        for (const Hit& hit : searcher.search(query, options).hits) found.push_back(hit.id);
        return found;
    };
    CHECK(ids("mengundang") == std::vector<std::string>{"invitation"});
    CHECK(ids("undangan") == std::vector<std::string>{"invitation"});
    CHECK(ids("undang-undang") == std::vector<std::string>{"law"});
    CHECK(ids("Undang-Undang") == std::vector<std::string>{"law"});
    CHECK(ids("\"undang-undang cipta kerja\"") == std::vector<std::string>{"law"});
    CHECK(ids("undang undang") == std::vector<std::string>{"law"});  // the hyphen left out, as users type it
    const Results marked = searcher.search("undang-undang", bracketed());
    REQUIRE(marked.hits.size() == 1);
    CHECK(marked.hits[0].snippet == "DPR mengesahkan [Undang-Undang] Cipta Kerja kemarin.");
}

TEST_CASE("a word the lexicon lacks finds its plural, and the plural finds the word", "[searcher]") {
    ScratchDir dir;
    Searcher searcher(index_of(dir, {{"plural", "Ponsel itu membawa fitur-fitur baru untuk kamera."},
                                     {"single", "Satu fitur kamera dihapus dari ponsel lama."},
                                     {"other", "Harga ponsel naik bulan ini."}}));
    const auto ids = [&](const std::string& query) { return full_match_ids(searcher, query); };
    CHECK(ids("fitur") == std::vector<std::string>{"plural", "single"});
    CHECK(ids("fitur-fitur") == std::vector<std::string>{"plural", "single"});
    CHECK(ids("fitur kamera") == std::vector<std::string>{"plural", "single"});
    const Results marked = searcher.search("fitur", bracketed());
    for (const Hit& hit : marked.hits)
        if (hit.id == "plural") CHECK_THAT(hit.snippet, Catch::Contains("[fitur-fitur]"));
}

TEST_CASE("a derived word is not found by the function word its root spells", "[searcher]") {
    ScratchDir dir;
    Searcher searcher(index_of(dir, {{"assault", "Polisi menangkap pelaku pemukulan terhadap sopir angkot."},
                                     {"meeting", "Rapat dimulai pukul 10.00 WIB di balai desa."},
                                     {"event", "Karang taruna mengadakan lomba di balai desa."},
                                     {"there", "Ada lomba di balai desa kemarin."}}));
    const auto ids = [&](const std::string& query) { return full_match_ids(searcher, query); };
    CHECK(ids("pemukulan") == std::vector<std::string>{"assault"});
    CHECK(ids("memukul") == std::vector<std::string>{"assault"});
    CHECK(ids("\"pukul 10.00\"") == std::vector<std::string>{"meeting"});
    CHECK(ids("pukul 10.00") == std::vector<std::string>{"meeting"});
    CHECK(ids("mengadakan lomba") == std::vector<std::string>{"event"});
    CHECK(ids("diadakan") == std::vector<std::string>{"event"});
    const Results marked = searcher.search("pukul", bracketed());
    REQUIRE(marked.hits.size() == 1);
    CHECK_THAT(marked.hits[0].snippet, Catch::Contains("[pukul]"));
}

TEST_CASE("a function word that is itself a derived word keeps apart from its root's sense", "[searcher]") {
    ScratchDir dir;
    Searcher searcher(index_of(dir, {{"refund", "Bank wajib mengembalikan dana nasabah dalam sepekan."},
                                     {"again", "Harga cabai kembali naik, termasuk di pasar kota."},
                                     {"enter", "Siswa baru masuk sekolah pada hari Senin."},
                                     {"about", "Polisi menjelaskan mengenai kasus itu."},
                                     {"hit", "Rumah warga terkena banjir kiriman."}}));
    const auto ids = [&](const std::string& query) { return full_match_ids(searcher, query); };
    CHECK(ids("pengembalian dana") == std::vector<std::string>{"refund"});
    CHECK(ids("kembali naik") == std::vector<std::string>{"again"});
    CHECK(ids("masuk") == std::vector<std::string>{"enter"});  // termasuk ("including") is no entering
    CHECK(ids("termasuk") == std::vector<std::string>{"again"});
    CHECK(ids("kena") == std::vector<std::string>{"hit"});  // mengenai ("about") is not being hit
    CHECK(ids("mengenai kasus") == std::vector<std::string>{"about"});
}

TEST_CASE("depth, admitting, fruit, opposing and participants are not found by the function words their roots spell",
          "[searcher]") {
    ScratchDir dir;
    Searcher searcher(index_of(dir, {{"depth", "Tim mengukur kedalaman sungai yang meluap."},
                                     {"deep", "Polisi mendalami kasus di sungai itu."},
                                     {"in", "Warga berada di dalam rumah saat sungai meluap."},
                                     {"admit", "Tersangka mengakui perbuatannya di depan penyidik."},
                                     {"quote", "\"Saya tidak tahu,\" kata aku kepada penyidik."},
                                     {"fruit", "Petani memanen buah naga di kebun."},
                                     {"a", "Sebuah truk terguling di kebun warga."},
                                     {"oppose", "Warga menentang rencana tambang di kebun itu."},
                                     {"about", "Warga bercerita tentang rencana tambang itu."},
                                     {"participant", "Peserta lomba berkumpul di kebun."},
                                     {"and", "Warga serta petani berkumpul di kebun."}}));
    const auto ids = [&](const std::string& query) { return full_match_ids(searcher, query); };
    CHECK(ids("kedalaman sungai") == std::vector<std::string>{"deep", "depth"});
    CHECK(ids("\"di dalam rumah\"") == std::vector<std::string>{"in"});
    CHECK(ids("pengakuan penyidik") == std::vector<std::string>{"admit"});
    CHECK(ids("buah kebun") == std::vector<std::string>{"fruit"});
    CHECK(ids("sebuah truk") == std::vector<std::string>{"a"});
    CHECK(ids("bertentangan rencana") == std::vector<std::string>{"oppose"});
    CHECK(ids("tentang rencana") == std::vector<std::string>{"about", "oppose"});  // a stopword only ranks
    CHECK(ids("peserta kebun") == std::vector<std::string>{"participant"});
}

TEST_CASE("a query in spoken Indonesian finds the articles that write the formal word", "[searcher]") {
    ScratchDir dir;
    Searcher searcher(index_of(dir, {{"jobs", "Ribuan lulusan mencari pekerjaan di bursa kerja Kota Bekasi."},
                                     {"quote", "\"Saya nyari kerja dari pagi,\" kata seorang pelamar."},
                                     {"other", "Warga menonton pertandingan sepak bola di alun-alun."}}));
    const auto ids = [&](const std::string& query) { return full_match_ids(searcher, query); };
    CHECK(ids("nyari kerja") == std::vector<std::string>{"jobs", "quote"});
    CHECK(ids("mencari pekerjaan") == std::vector<std::string>{"jobs", "quote"});
    CHECK(ids("nonton bola") == std::vector<std::string>{"other"});
    // Spoken function words only rank, as their formal counterparts do: every hit holds the words that matter.
    const Results spoken = searcher.search("gimana nyari kerja");
    REQUIRE(spoken.hits.size() == 2);
    for (const Hit& hit : spoken.hits) CHECK_FALSE(hit.partial);
    CHECK(ids("gimana nyari kerja") == ids("bagaimana mencari kerja"));
    const Results marked = searcher.search("nonton", bracketed());
    REQUIRE(marked.hits.size() == 1);
    CHECK_THAT(marked.hits[0].snippet, Catch::Contains("[menonton]"));
}

TEST_CASE("words joined by dots match whole, and as partial matches when no article has them all", "[searcher]") {
    // A headline slug pasted as the query: its words are words, not one unknown token.
    CHECK(contains_id(search_sample("karang.taruna.blora"), "000_804e0742f2996cee"));
    const Results slug = search_sample("dinsos.gelar.bimtek.karang.taruna.zzyzxwq");
    REQUIRE_FALSE(slug.hits.empty());
    CHECK(slug.hits.front().id == "000_804e0742f2996cee");
    CHECK(slug.hits.front().partial);
    // Quoted, the words must still stand together.
    CHECK(search_sample("\"karang.taruna.zzyzxwq\"").hits.empty());
}

TEST_CASE("snippets show the matched words highlighted, cut at word boundaries", "[searcher]") {
    SearchOptions options;
    options.highlight_begin = "[";
    options.highlight_end = "]";
    const Results results = search_sample("karang taruna blora", options);
    const std::string& snippet = results.hits.front().snippet;
    CHECK_THAT(snippet, Catch::Contains("[Karang] [Taruna]"));
    CHECK_THAT(snippet, Catch::Contains("[Blora]"));
    CHECK(snippet.size() <= options.snippet_bytes + 2 * 3 + 10 * 2);  // room for ellipses and markers
    CHECK(snippet.find('\n') == std::string::npos);
}

TEST_CASE("each hit's snippet is cut from its own article, as it would be on a page of its own", "[searcher]") {
    for (const char* query : {"banjir", "warga desa", "blora"}) {
        const Results page = search_sample(query);
        REQUIRE(page.hits.size() >= 3);
        for (std::size_t i = 0; i < page.hits.size(); ++i) {
            const Results alone = search_sample(query, {.limit = 1, .offset = i});
            REQUIRE(alone.hits.size() == 1);
            CHECK(alone.hits[0].id == page.hits[i].id);
            CHECK(alone.hits[0].snippet == page.hits[i].snippet);
        }
    }
}

TEST_CASE("pages follow on from each other", "[searcher]") {
    const Results all = search_sample("banjir", {.limit = 6});
    REQUIRE(all.hits.size() >= 4);
    const Results second = search_sample("banjir", {.limit = 2, .offset = 2});
    REQUIRE(second.hits.size() == 2);
    CHECK(second.hits[0].id == all.hits[2].id);
    CHECK(second.hits[0].rank == 3);
    CHECK(second.total == all.total);
}

TEST_CASE("a query that cannot be parsed is refused with its position", "[searcher]") {
    CHECK_THROWS_AS(search_sample("\"karang taruna"), QueryError);
    CHECK_THROWS_AS(search_sample(""), QueryError);
    CHECK_THROWS_AS(search_sample("banjir", {.limit = 1000000}), ArgumentError);
}

TEST_CASE("stats describe the index", "[searcher]") {
    Searcher searcher(sample_index());
    const IndexStats stats = searcher.stats();
    CHECK(stats.documents >= 31);
    CHECK(stats.first_date <= "2020-10-28");
    CHECK(stats.last_date >= "2020-10-28");
    CHECK(stats.bytes > 0);
    CHECK(std::any_of(stats.sources.begin(), stats.sources.end(),
                      [](const auto& s) { return s.first == "blora-ekspres.com" && s.second == 1; }));
}

TEST_CASE("every token class written in a document is found by a query typed as a user types it", "[searcher]") {
    // One analysis path for documents and queries: each class of word must meet itself.
    struct Case {
        const char* token_class;
        const char* in_document;
        const char* query;
    };
    const Case cases[] = {
        {"plain", "Warga membersihkan Sungai Lusi.", "sungai"},
        {"affixed", "Dinas menggelar pelatihan.", "menggelar"},
        {"affixed, other form", "Dinas menggelar pelatihan.", "digelar"},
        {"hyphenated", "Peserta se-Kabupaten Blora hadir.", "se-kabupaten"},
        {"reduplicated", "Anak-anak bermain di taman.", "anak-anak"},
        {"reduplicated, by its base", "Anak-anak bermain di taman.", "anak"},
        {"reduplication of its own", "Undang-Undang Dasar 1945 berlaku.", "undang-undang"},
        {"reduplication of its own, typed without its hyphen", "Undang-Undang Dasar 1945 berlaku.", "undang undang"},
        {"reduplication written without its hyphen", "Undang Undang Dasar 1945 berlaku.", "undang-undang"},
        {"acronym with digits", "Kepala Dinsos P3A hadir.", "p3a"},
        {"number", "Sebanyak 1.250 keluarga menerima bantuan.", "1.250"},
        {"decimal number", "Inflasi mencapai 57,8 persen.", "57,8"},
        {"domain", "Dikutip dari blora-ekspres.com kemarin.", "blora-ekspres.com"},
        {"domain in part", "Dikutip dari blora-ekspres.com kemarin.", "ekspres.com"},
        {"outlet named by its domain", "Dikutip dari kompas.com kemarin.", "kompas"},
        {"space missed after a full stop", "Hujan deras di Rembang.Warga mengungsi.", "rembang"},
        {"proper noun", "Banjir melanda Pekalongan.", "pekalongan"},
        {"upper case", "BLORA, (warta) - Hujan deras.", "Blora"},
        {"full-width", "Banjir di \xEF\xBC\xA2\xEF\xBC\xAC\xEF\xBC\xAF\xEF\xBC\xB2\xEF\xBC\xA1.", "blora"},
    };
    ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        int n = 0;
        for (const Case& c : cases) {
            Article article;
            article.id = "case-" + std::to_string(n++);
            article.body = c.in_document;
            indexer.add(article);
        }
    }
    Searcher searcher(dir / "db");
    int n = 0;
    for (const Case& c : cases) {
        INFO(c.token_class << ": \"" << c.query << "\" in \"" << c.in_document << "\"");
        const Results results = searcher.search(c.query);
        const std::string id = "case-" + std::to_string(n++);
        CHECK(std::any_of(results.hits.begin(), results.hits.end(), [&](const Hit& h) { return h.id == id && !h.partial; }));
    }
}

TEST_CASE("results sort by date either way, undated articles last", "[searcher]") {
    ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        auto add = [&](const char* id, const char* date) {
            Article a;
            a.id = id;
            a.body = "Banjir merendam permukiman warga.";
            a.date = date;
            indexer.add(a);
        };
        add("old", "2019-01-05");
        add("undated", "");
        add("new", "2021-06-30");
        add("mid", "2020-03-01");
    }
    Searcher searcher(dir / "db");
    auto order = [&](SortOrder sort) {
        SearchOptions options;
        options.sort = sort;
        std::vector<std::string> ids;
        for (const Hit& hit : searcher.search("banjir", options).hits) ids.push_back(hit.id);
        return ids;
    };
    CHECK(order(SortOrder::newest_first) == std::vector<std::string>{"new", "mid", "old", "undated"});
    CHECK(order(SortOrder::oldest_first) == std::vector<std::string>{"old", "mid", "new", "undated"});

    SECTION("recency lifts newer articles of equal relevance, without dropping any") {
        SearchOptions recent;
        recent.recent_days = 90;
        const Results results = searcher.search("banjir", recent);
        REQUIRE(results.hits.size() == 4);
        CHECK(results.hits.front().id == "new");
        CHECK(results.hits[1].id == "mid");
        // Equal words, so the scores differ by the blend alone: the full weight (2) for the newest day, halving
        // every 90 days back (mid is 486 days older), none for the undated.
        std::map<std::string, double> score;
        for (const Hit& hit : results.hits) score[hit.id] = hit.score;
        CHECK(score["new"] - score["undated"] == Approx(2.0));
        CHECK(score["mid"] - score["undated"] == Approx(2.0 * std::exp2(-486.0 / 90)));
        recent.recent_days = -1;
        CHECK_THROWS_AS(searcher.search("banjir", recent), ArgumentError);
    }
}

TEST_CASE("snippets highlight the inflected forms of a query word", "[searcher]") {
    ScratchDir dir;
    Searcher searcher(index_of_one(dir, "Para relawan membimbing anak-anak belajar membaca setiap sore."));
    const Results results = searcher.search("bimbingan", bracketed());
    REQUIRE(results.hits.size() == 1);
    CHECK_THAT(results.hits.front().snippet, Catch::Contains("[membimbing]"));
}

TEST_CASE("snippets mark the words that were sought, not the stopwords between them", "[searcher]") {
    ScratchDir dir;
    Searcher searcher(index_of_one(dir, "Warga yang tinggal di tepi sungai sudah mengungsi sejak pagi. Hujan yang "
                                        "turun di hulu membuat banjir merendam Blora hingga malam."));
    SearchOptions options = bracketed();
    options.snippet_bytes = 60;
    // The passage with the words sought, not the opening, where "yang" and "di" stand too.
    const std::string snippet = searcher.search("banjir di Blora yang", options).hits.at(0).snippet;
    CHECK_THAT(snippet, Catch::Contains("[banjir]"));
    CHECK_THAT(snippet, Catch::Contains("[Blora]"));
    CHECK_THAT(snippet, !Catch::Contains("[di]") && !Catch::Contains("[yang]"));
    // Inside a quoted phrase a stopword is part of what was sought; a query of stopwords alone marks them.
    CHECK_THAT(searcher.search("\"tinggal di tepi\"", options).hits.at(0).snippet, Catch::Contains("[di]"));
    CHECK_THAT(searcher.search("yang di", options).hits.at(0).snippet, Catch::Contains("[yang]"));
}

TEST_CASE("snippets mark a hyphenated word as one, and two sentences as two", "[searcher]") {
    ScratchDir dir;
    Searcher searcher(
        index_of_one(dir, "Hujan lebat menyebabkan banjir. Banjir juga menutup jalan. Anak-anak diliburkan."));
    CHECK_THAT(searcher.search("banjir", bracketed()).hits.at(0).snippet, Catch::Contains("[banjir]. [Banjir] juga"));
    CHECK_THAT(searcher.search("anak", bracketed()).hits.at(0).snippet, Catch::Contains("[Anak-anak]"));
}

TEST_CASE("searching for any word (--any) ranks articles in one list, none marked partial", "[searcher]") {
    SearchOptions any;
    any.any_word = true;
    any.limit = 50;
    const Results all_first = search_sample("karang taruna blora", {.limit = 50});
    const Results either = search_sample("karang taruna blora", any);
    CHECK(either.total == all_first.total);  // the same articles
    for (const Hit& hit : either.hits) CHECK_FALSE(hit.partial);
    CHECK(either.hits.front().id == "000_804e0742f2996cee");
}

TEST_CASE("a misspelled query gets a suggestion from the index's own words, and --auto-correct uses it", "[searcher]") {
    CHECK(search_sample("kesejahtraan").suggestion == "kesejahteraan");
    CHECK(search_sample("pemberdayan").suggestion == "pemberdayaan");
    CHECK(search_sample("kabupatn blora").suggestion == "kabupaten blora");
    CHECK(search_sample("\"karang tarna\" -banjir").suggestion == "\"karang taruna\" -banjir");  // the rest kept as typed
    CHECK(search_sample("karang taruna blora").suggestion.empty());   // nothing unknown
    CHECK(search_sample("sumber:nowhere.example karang").suggestion.empty());  // field values are not words to correct
    CHECK(search_sample("zzzzqqqq").suggestion.empty());              // nothing near it
    // A place the sample never names is a name typed as meant, not a slip for the nearest known word.
    CHECK(search_sample("pemalang").hits.empty());
    CHECK(search_sample("pemalang").suggestion.empty());             // not "pemasang"
    CHECK(search_sample("kesejahtraan pemalang").suggestion == "kesejahteraan pemalang");
    // Known words are told from the search's own statistics, and from the index for a word the search left out
    // (a stopword most articles have ranks no partial match): either way they are not corrected.
    SearchOptions any;
    any.any_word = true;
    CHECK(search_sample("kabupatn di blora", any).suggestion == "kabupaten di blora");
    CHECK(search_sample("karang taruna di blora", any).suggestion.empty());
    CHECK(search_sample("kabupatn di blora").suggestion == "kabupaten di blora");

    SearchOptions correct;
    correct.auto_correct = true;
    const Results results = search_sample("kesejahtraan", correct);
    CHECK(results.auto_corrected);
    CHECK(results.query == "kesejahtraan");
    CHECK(results.total > 0);
    CHECK_FALSE(search_sample("kesejahtraan").auto_corrected);
}

TEST_CASE("auto-correct takes the suggestion when no article has every word and the suggestion's articles do",
          "[searcher]") {
    SearchOptions correct;
    correct.auto_correct = true;
    // blora alone matches: the misspelt word leaves only partial matches, and the suggestion has complete ones.
    const Results as_typed = search_sample("kabupatn blora");
    REQUIRE(as_typed.total > 0);
    CHECK(as_typed.complete == 0);
    CHECK(as_typed.hits.at(0).partial);
    const Results corrected = search_sample("kabupatn blora", correct);
    CHECK(corrected.auto_corrected);
    CHECK(corrected.query == "kabupatn blora");
    CHECK(corrected.suggestion == "kabupaten blora");
    CHECK(corrected.complete > 0);
    CHECK_FALSE(corrected.hits.at(0).partial);
    CHECK(corrected.hits.at(0).id == search_sample("kabupaten blora").hits.at(0).id);
    // A suggestion no better than the query (its articles lack a word too) is offered, not taken.
    const Results kept = search_sample("kabupatn blora zzzzqqqq", correct);
    CHECK_FALSE(kept.auto_corrected);
    CHECK(kept.suggestion == "kabupaten blora zzzzqqqq");
    CHECK(kept.total == search_sample("kabupatn blora zzzzqqqq").total);
    // A query with complete matches is never corrected, whatever the suggestion.
    CHECK(search_sample("karang taruna blora").complete > 0);
    CHECK_FALSE(search_sample("karang taruna blora", correct).auto_corrected);
    // With any_word every match is complete.
    SearchOptions any;
    any.any_word = true;
    const Results either = search_sample("karang taruna blora", any);
    CHECK(either.complete == either.total);
}

TEST_CASE("a slip that lands on a rare word of the index is corrected when the correction finds every word",
          "[searcher]") {
    // "kabut asp" for kabut asap ("haze"): asp is a reporter's initials at the foot of an article.
    ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        const char* const numbers[] = {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"};
        for (int i = 0; i < 121; ++i) {
            Article article;
            article.id = "asap-" + std::to_string(i);
            article.title = std::string("Kabut asap hari ") + numbers[i % 11] + " " + numbers[i / 11];
            article.body = std::string("Kabut asap menyelimuti kota pada hari ") + numbers[i % 11] + " pekan " +
                           numbers[i / 11] + ".";
            indexer.add(article);
        }
        test::add_bodies(indexer, {{"bank", "Dana nasabah tetap aman, kata direktur bank. (asp)"},
                                   {"sawah", "Petani menanam padi di sawah."},
                                   {"asa-1", "Petani menaruh asa pada hujan."},
                                   {"asa-2", "Warga menaruh asa pada musim panen."}});
    }
    Searcher searcher(dir / "db");
    CHECK(searcher.search("kabut asp").suggestion == "kabut asap");
    SearchOptions correct;
    correct.auto_correct = true;
    const Results corrected = searcher.search("kabut asp", correct);
    CHECK(corrected.auto_corrected);
    CHECK(corrected.complete == 121);
    // Not when an article has every word as typed, nor when the correction finds no such article either.
    CHECK(searcher.search("nasabah asp").suggestion.empty());
    CHECK(searcher.search("sawah asp").suggestion.empty());
    // Not a word in two articles, whose correction is in only sixty times as many.
    CHECK(searcher.search("kabut asa").suggestion.empty());
    // Not in a long query, which often lacks an article with every word.
    CHECK(searcher.search("kabut asp kota hari pekan").suggestion.empty());
    // A word the index never saw is corrected as before, rare words aside.
    CHECK(searcher.search("kabut asapp").suggestion == "kabut asap");
}

TEST_CASE("an article can be read in full by its id, as the index holds it", "[searcher]") {
    ScratchDir dir;
    Article written;
    written.id = "kab-blora-01";
    written.title = "Embung Baru untuk Petani Blora";
    written.body = "Pemerintah membangun embung di Desa Sumber.\n\nPetani menyambutnya dengan gembira: \"Air cukup.\"";
    written.date = "2021-03-04";
    written.source = "blora-ekspres.com";
    written.url = "https://blora-ekspres.com/embung";
    written.dateline = "BLORA";
    {
        Indexer indexer(dir / "db");
        indexer.add(written);
        Article undated;
        undated.id = "tanpa-tanggal";
        undated.body = "Isi berita saja.";
        indexer.add(undated);
    }
    Searcher searcher(dir / "db");
    const std::optional<Article> read = searcher.article("kab-blora-01");
    REQUIRE(read);
    CHECK(read->id == written.id);
    CHECK(read->title == written.title);
    CHECK(read->body == written.body);
    CHECK(read->date == written.date);
    CHECK(read->source == written.source);
    CHECK(read->url == written.url);
    CHECK(read->dateline == written.dateline);
    const std::optional<Article> bare = searcher.article("tanpa-tanggal");
    REQUIRE(bare);
    CHECK(bare->date.empty());
    CHECK(bare->title.empty());
    CHECK_FALSE(searcher.article("tidak-ada"));
    CHECK_FALSE(searcher.article(""));
}
