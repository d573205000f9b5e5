// Hostile input to the indexer, end to end: each class of bad or strange input is rejected with its file and line,
// or indexed and searchable; the run goes on, nothing crashes, and nothing already in the index is lost.
// (tests/corpus/ checks the readers' messages line by line; here whole runs over such input are checked.)
#include "tests/reliability/reliability_support.hpp"

#include "corpus/article_reader.hpp"

#include <telusur/indexer.hpp>
#include <telusur/searcher.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <random>
#include <sys/stat.h>

using namespace telusur;
using namespace telusur::test;

namespace {

std::string json_line(const std::string& id, const std::string& body, const std::string& title = "Berita") {
    nlohmann::json record = {{"id", id}, {"title", title}, {"body", body}};
    return record.dump() + "\n";
}

struct IndexRun {
    IndexSummary summary;
    std::vector<InputError> rejects;
    bool rejected(const std::string& file_suffix, std::size_t line) const {
        for (const auto& e : rejects)
            if (e.file().ends_with(file_suffix) && e.line() == line) return true;
        return false;
    }
};

IndexRun index(const std::string& db, const std::vector<std::string>& paths) {
    IndexRun run;
    IndexOptions options;
    options.on_reject = [&](const InputError& e) { run.rejects.push_back(e); };
    Indexer indexer(db);
    run.summary = indexer.index_paths(paths, options);
    return run;
}

std::vector<std::string> sorted_ids_for(const std::string& db, const std::string& query) {
    Searcher searcher(db);
    std::vector<std::string> ids;
    for (const Hit& hit : searcher.search(query, {.limit = 100}).hits) ids.push_back(hit.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

// An index that already holds an article, to check that no later run loses it.
void index_keeper(const std::string& db) {
    Indexer indexer(db);
    Article keeper;
    keeper.id = "keeper";
    keeper.body = "Arsip lama tentang embung desa yang tidak boleh hilang.";
    indexer.add(keeper);
}

void check_keeper_kept(const std::string& db) { CHECK(sorted_ids_for(db, "embung") == std::vector<std::string>{"keeper"}); }

}  // namespace

TEST_CASE("invalid UTF-8 anywhere in a line or a page rejects that line or page, naming file and line",
          "[reliability][hostile]") {
    ScratchDir dir;
    index_keeper(dir / "db");
    // Broken, truncated, overlong, surrogate, past U+10FFFF, lone continuation byte; in the id, a key, a value.
    const std::vector<std::string> bad = {"\xC3\x28", "\xE2\x82", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80"};
    std::string lines = json_line("ok-1", "Posyandu dibuka kembali.");
    for (const std::string& b : bad) lines += R"({"id": "x)" + b + R"(", "body": "isi"})" "\n";
    lines += "{\"i" + bad[0] + "d\": \"y\", \"body\": \"isi\"}\n";
    lines += R"({"id": "z", "body": "isi )" + bad[3] + "\"}\n";
    lines += json_line("ok-2", "Puskesmas menambah jam layanan.");
    write_file(dir.path() / "in" / "lines.jsonl", lines);
    write_file(dir.path() / "in" / "page.txt", "Judul Berita\n\nBLORA - Paragraf pertama.\n\nParagraf \xFF kedua.\n");

    const IndexRun run = index(dir / "db", {(dir.path() / "in").string()});
    CHECK(run.summary.indexed == 2);
    CHECK(run.summary.rejected == bad.size() + 3);
    for (std::size_t line = 2; line <= bad.size() + 3; ++line) CHECK(run.rejected("lines.jsonl", line));
    CHECK(run.rejected("page.txt", 5));
    for (const auto& e : run.rejects) CHECK_THAT(e.reason(), Catch::Contains("invalid UTF-8"));
    CHECK(sorted_ids_for(dir / "db", "posyandu OR puskesmas") == std::vector<std::string>{"ok-1", "ok-2"});
    check_keeper_kept(dir / "db");
}

TEST_CASE("NUL bytes: raw ones reject their line or file, escaped ones are text", "[reliability][hostile]") {
    ScratchDir dir;
    index_keeper(dir / "db");
    std::string lines;
    for (int i = 0; i < 200; ++i) lines += json_line("pad-" + std::to_string(i), "Rapat warga ke " + std::to_string(i) + ".");
    lines += std::string(R"({"id": "raw", "body": "a)") + '\0' + "b\"}\n";        // line 201
    lines += R"({"id": "escaped", "body": "Lumbung\u0000padi desa terisi."})" "\n";  // line 202
    write_file(dir.path() / "lines.jsonl", lines);
    write_file(dir.path() / "page.txt", std::string("Judul\n\nIsi berita\0 yang rusak.\n", 31));

    const IndexRun run = index(dir / "db", {dir / "lines.jsonl", dir / "page.txt"});
    CHECK(run.summary.indexed == 201);
    CHECK(run.summary.rejected == 2);
    CHECK(run.rejected("lines.jsonl", 201));
    CHECK(run.rejected("page.txt", 3));
    CHECK(sorted_ids_for(dir / "db", "lumbung") == std::vector<std::string>{"escaped"});
    check_keeper_kept(dir / "db");
}

TEST_CASE("a 50 MB article is refused by name and line, and the articles around it are indexed",
          "[reliability][hostile]") {
    ScratchDir dir;
    index_keeper(dir / "db");
    std::string huge_body;
    huge_body.reserve(50u << 20);
    while (huge_body.size() < (50u << 20)) huge_body += "Warga gotong royong membersihkan saluran air. ";
    write_file(dir.path() / "big.jsonl", json_line("before", "Pasar murah digelar.") + json_line("huge", huge_body) +
                                             json_line("after", "Pasar malam dibuka."));
    // A page just over the limit is refused the same way (a smaller file keeps the test quick).
    write_file(dir.path() / "big-page.txt", "Judul Panjang\n\n" + huge_body.substr(0, max_article_bytes + 1) + "\n");

    const IndexRun run = index(dir / "db", {dir / "big.jsonl", dir / "big-page.txt"});
    CHECK(run.summary.indexed == 2);
    CHECK(run.summary.rejected == 2);
    CHECK(run.rejected("big.jsonl", 2));
    CHECK(run.rejected("big-page.txt", 0));
    for (const auto& e : run.rejects) CHECK_THAT(e.reason(), Catch::Contains("larger than"));
    CHECK(sorted_ids_for(dir / "db", "pasar") == std::vector<std::string>{"after", "before"});
    check_keeper_kept(dir / "db");
}

TEST_CASE("a long article under the size limit is indexed whole", "[reliability][hostile]") {
    ScratchDir dir;
    std::string body;
    while (body.size() < (1u << 20)) body += "Warga gotong royong membersihkan saluran air. ";
    body += "Kalimat terakhir menyebut lumbung.";
    write_file(dir.path() / "long.jsonl", json_line("long", body));
    const IndexRun run = index(dir / "db", {dir / "long.jsonl"});
    CHECK(run.summary.indexed == 1);
    CHECK(sorted_ids_for(dir / "db", "lumbung") == std::vector<std::string>{"long"});
}

TEST_CASE("100,000-character words are left out of the index and the rest of the article is searchable",
          "[reliability][hostile]") {
    ScratchDir dir;
    const std::string hyphenated = [] {
        std::string s = "a";
        while (s.size() < 100000) s += "-a";
        return s;
    }();
    std::string accented;
    while (accented.size() < 200000) accented += "\u00e9";
    // U+FDFA is one character that NFKC case folding writes as 18: short as written, too long once normalised.
    std::string expanding;
    for (int i = 0; i < 21; ++i) expanding += "\uFDFA";
    write_file(dir.path() / "words.jsonl",
               json_line("ascii", "Sungai " + std::string(100000, 'a') + " meluap.") +
                   json_line("digits", "Nomor " + std::string(100000, '7') + " dicatat.") +
                   json_line("accented", "Kata " + accented + " panjang di waduk.") +
                   json_line("hyphens", "Daftar " + hyphenated + " di lumbung.") +
                   json_line("expanding", "Doa " + expanding + " di musala."));
    const IndexRun run = index(dir / "db", {dir / "words.jsonl"});
    for (const auto& e : run.rejects) INFO(e.what());
    CHECK(run.summary.indexed == 5);
    CHECK(sorted_ids_for(dir / "db", "sungai meluap") == std::vector<std::string>{"ascii"});
    CHECK(sorted_ids_for(dir / "db", "nomor dicatat") == std::vector<std::string>{"digits"});
    CHECK(sorted_ids_for(dir / "db", "waduk") == std::vector<std::string>{"accented"});
    CHECK(sorted_ids_for(dir / "db", "lumbung") == std::vector<std::string>{"hyphens"});
    CHECK(sorted_ids_for(dir / "db", "musala") == std::vector<std::string>{"expanding"});
}

TEST_CASE("right-to-left text, combining characters and emoji are indexed and found", "[reliability][hostile]") {
    ScratchDir dir;
    std::string zalgo = "z";
    for (int i = 0; i < 5000; ++i) zalgo += "\u0301";
    write_file(dir.path() / "scripts.jsonl",
               json_line("rtl", "Pengajian \u0628\u0633\u0645 \u0627\u0644\u0644\u0647 di masjid \u202Eterbalik\u202C \u05e9\u05dc\u05d5\u05dd.") +
                   json_line("combining", "Kafe\u0301 baru di alun-alun, " + zalgo + " katanya.") +
                   json_line("emoji", "Banjir \U0001F30A\U0001F30A di Demak \U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F1EE\U0001F1E9 \u2764\uFE0F.",
                             "\U0001F6A8 Siaga banjir"));
    const IndexRun run = index(dir / "db", {dir / "scripts.jsonl"});
    CHECK(run.summary.indexed == 3);
    CHECK(sorted_ids_for(dir / "db", "pengajian") == std::vector<std::string>{"rtl"});
    CHECK(sorted_ids_for(dir / "db", "\u0628\u0633\u0645") == std::vector<std::string>{"rtl"});
    CHECK(sorted_ids_for(dir / "db", "\u05e9\u05dc\u05d5\u05dd") == std::vector<std::string>{"rtl"});
    // A decomposed é (e + combining acute) and a precomposed one are the same word.
    CHECK(sorted_ids_for(dir / "db", "kaf\u00e9") == std::vector<std::string>{"combining"});
    CHECK(sorted_ids_for(dir / "db", "banjir \U0001F30A") == std::vector<std::string>{"emoji"});
    CHECK(sorted_ids_for(dir / "db", "\u202Ebanjir\u202C demak") == std::vector<std::string>{"emoji"});
}

TEST_CASE("JSON with wrong types or duplicate keys is rejected by line and deep nesting does no harm", "[reliability][hostile]") {
    ScratchDir dir;
    index_keeper(dir / "db");
    const std::vector<std::string> bad = {
        R"({"id": ["a"], "body": "isi"})",
        R"({"id": {"x": 1}, "body": "isi"})",
        R"({"id": true, "body": "isi"})",
        R"({"id": "a", "body": 12})",
        R"({"id": "a", "body": {"teks": "isi"}})",
        R"({"id": "a", "body": "isi", "title": [1, 2]})",
        R"({"id": "a", "body": "isi", "source": false})",
        R"({"id": "a", "body": "isi", "url": 3.5})",
        R"({"id": "a", "id": "b", "body": "isi"})",
        R"({"id": "a", "body": "isi", "body": "lain"})",
        R"(["id", "a", "body", "isi"])",
        R"("hanya teks")",
        R"({"id": "a", "body": "isi"} {"id": "b", "body": "isi"})",
        R"({"id": "a", "body": "isi", "jumlah": 1E999999})",  // a number no double holds (found by fuzzing)
        "{\"id\": \"a\", \"body\": \"isi\", \"x\": " + std::string(100000, '[') + "}",
    };
    std::string lines = json_line("ok-1", "Posyandu dibuka kembali.");
    for (const auto& line : bad) lines += line + "\n";
    lines += json_line("ok-2", "Puskesmas menambah jam layanan.");
    // Deep nesting in a field the reader does not use is read (without recursion) and ignored.
    lines += "{\"id\": \"ok-3\", \"body\": \"Lumbung padi.\", \"x\": " + std::string(100000, '[') +
             std::string(100000, ']') + "}\n";
    write_file(dir.path() / "types.jsonl", lines);

    const IndexRun run = index(dir / "db", {dir / "types.jsonl"});
    CHECK(run.summary.indexed == 3);
    CHECK(run.summary.rejected == bad.size());
    for (std::size_t i = 0; i < bad.size(); ++i) {
        INFO("line " << i + 2 << ": " << bad[i].substr(0, 80));
        CHECK(run.rejected("types.jsonl", i + 2));
    }
    CHECK_THAT(run.rejects.at(8).reason(), Catch::Contains("\"id\"") && Catch::Contains("more than once"));
    CHECK_THAT(run.rejects.at(9).reason(), Catch::Contains("\"body\"") && Catch::Contains("more than once"));
    CHECK(sorted_ids_for(dir / "db", "posyandu OR puskesmas OR lumbung") == std::vector<std::string>{"ok-1", "ok-2", "ok-3"});
    check_keeper_kept(dir / "db");
}

TEST_CASE("a directory with binary files, symbolic link loops and a pipe is read to the end", "[reliability][hostile]") {
    ScratchDir dir;
    index_keeper(dir / "db");
    const auto in = dir.path() / "in";
    write_file(in / "a.jsonl", json_line("a", "Posyandu dibuka kembali."));
    std::mt19937 random(7);
    std::string noise;
    for (int i = 0; i < 100000; ++i) noise += static_cast<char>(random() & 0xFF);
    write_file(in / "b-noise.bin", noise);
    std::string no_nul = noise;
    std::replace(no_nul.begin(), no_nul.end(), '\0', 'x');
    write_file(in / "c-noise-without-nul.dat", no_nul);
    std::filesystem::create_directories(in / "d-sub");
    std::filesystem::create_directory_symlink("..", in / "d-sub" / "loop-up");  // a loop back to the top
    std::filesystem::create_symlink("e-self", in / "e-self");                   // a link to itself
    std::filesystem::create_symlink("f-other", in / "f-one");                   // two links to each other
    std::filesystem::create_symlink("f-one", in / "f-other");
    std::filesystem::create_symlink("nowhere", in / "g-dangling");
    REQUIRE(mkfifo((in / "h-pipe").c_str(), 0644) == 0);  // reading it would wait forever
    write_file(in / "z.jsonl", json_line("z", "Puskesmas menambah jam layanan."));

    const IndexRun run = index(dir / "db", {in.string()});
    for (const auto& e : run.rejects) INFO(e.what());
    CHECK(run.summary.indexed == 2);
    // The two noise files are rejected by name; links that lead nowhere and the pipe hold no article to reject.
    REQUIRE(run.rejects.size() == 2);
    CHECK(run.rejects[0].file().ends_with("b-noise.bin"));
    CHECK(run.rejects[1].file().ends_with("c-noise-without-nul.dat"));
    CHECK(sorted_ids_for(dir / "db", "posyandu OR puskesmas") == std::vector<std::string>{"a", "z"});
    check_keeper_kept(dir / "db");
}
