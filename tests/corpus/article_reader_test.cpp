// Reading article files: JSON lines record by record (a bad line is rejected with its line number, the others are
// still read), whole-file checks, and telling the two formats apart.
#include "corpus/article_reader.hpp"
#include "tests/test_support.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

namespace {

using telusur::test::contains;

struct Read {
    std::vector<std::pair<telusur::Article, std::size_t>> articles;  // with the line each came from
    std::vector<telusur::InputError> rejects;
};

Read read(std::string_view content, telusur::ArticleFormat format = telusur::ArticleFormat::detect,
          const std::string& name = "berita.jsonl") {
    Read result;
    telusur::ReadCallbacks callbacks;
    callbacks.article = [&](telusur::Article&& article, std::size_t line, std::string_view) {
        result.articles.emplace_back(std::move(article), line);
    };
    callbacks.reject = [&](const telusur::InputError& error, std::string_view) { result.rejects.push_back(error); };
    telusur::read_articles(content, name, format, callbacks);
    return result;
}

const std::string good_line = R"({"id": "a-1", "title": "Banjir di Blora", "body": "Air sungai meluap."})";

}  // namespace

TEST_CASE("a JSON line's fields are read into the article", "[corpus][jsonl]") {
    const Read r = read(
        R"({"id": " sample-001 ", "title": "  Banjir Rendam Ratusan Rumah di Blora ", )"
        R"("body": "BLORA, (warta-jateng.example) \u2013 Hujan deras mengguyur wilayah hulu.\n\nParagraf kedua.", )"
        R"("date": "2020-02-03", "source": "warta-jateng.example", "url": "https://warta-jateng.example/2020/02/banjir"})");
    REQUIRE(r.rejects.empty());
    REQUIRE(r.articles.size() == 1);
    const telusur::Article& a = r.articles[0].first;
    CHECK(r.articles[0].second == 1);
    CHECK(a.id == "sample-001");
    CHECK(a.title == "Banjir Rendam Ratusan Rumah di Blora");
    CHECK(a.body == "BLORA, (warta-jateng.example) \u2013 Hujan deras mengguyur wilayah hulu.\n\nParagraf kedua.");
    CHECK(a.date == "2020-02-03");
    CHECK(a.source == "warta-jateng.example");
    CHECK(a.url == "https://warta-jateng.example/2020/02/banjir");
    CHECK(a.dateline == "BLORA");
}

TEST_CASE("a date field written the Indonesian way is read to ISO", "[corpus][jsonl]") {
    const Read r = read(R"~({"id": "x", "body": "Isi berita.", "date": "Rabu (28/10/2020)"})~");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].first.date == "2020-10-28");
    const Read unreadable = read(R"({"id": "x", "body": "Isi berita.", "date": "kemarin"})");
    REQUIRE(unreadable.articles.size() == 1);
    CHECK(unreadable.articles[0].first.date == "");
}

TEST_CASE("without a source field, the outlet named in the dateline is the source", "[corpus][jsonl]") {
    const Read r = read(R"({"id": "x", "body": "BLORA, (blora-ekspres.com) \u2013 Dinas Sosial menggelar Bimtek."})");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].first.source == "blora-ekspres.com");
    CHECK(r.articles[0].first.dateline == "BLORA");

    const Read given = read(R"({"id": "x", "source": "kompas.com", "body": "BLORA, (blora-ekspres.com) \u2013 Isi."})");
    REQUIRE(given.articles.size() == 1);
    CHECK(given.articles[0].first.source == "kompas.com");
}

TEST_CASE("a body's paragraphs are separated by one blank line whatever the export used", "[corpus][jsonl]") {
    const Read r = read(R"({"id": "x", "body": "  Satu baris\npanjang.\n\n\n\n  Paragraf dua.  \n"})");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].first.body == "Satu baris panjang.\n\nParagraf dua.");
}

TEST_CASE("fields the reader does not know are ignored", "[corpus][jsonl]") {
    const Read r = read(R"({"id": "x", "body": "Isi.", "tags": ["banjir", "blora"], "views": 1250, )"
                        R"("meta": {"author": "Red", "draft": false}, "title": "Judul"})");
    REQUIRE(r.rejects.empty());
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].first.title == "Judul");
    CHECK(r.articles[0].first.body == "Isi.");
}

TEST_CASE("null or absent optional fields read as empty", "[corpus][jsonl]") {
    const Read r = read(R"({"id": "x", "title": null, "body": "Isi.", "date": null, "source": null})");
    REQUIRE(r.rejects.empty());
    REQUIRE(r.articles.size() == 1);
    const telusur::Article& a = r.articles[0].first;
    CHECK(a.title.empty());
    CHECK(a.date.empty());
    CHECK(a.source.empty());
    CHECK(a.url.empty());
    CHECK(a.dateline.empty());
}

TEST_CASE("a whole-number id is taken as written", "[corpus][jsonl]") {
    const Read r = read(R"({"id": 804, "body": "Isi."})");
    REQUIRE(r.rejects.empty());
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].first.id == "804");
}

TEST_CASE("a line that is not JSON is rejected with its line number and the other lines are still read",
          "[corpus][jsonl]") {
    const Read r = read(good_line + "\n{\"id\": \"a-2\", \"body\": \"tanpa penutup\"\n" + good_line + "\n");
    REQUIRE(r.rejects.size() == 1);
    CHECK(r.rejects[0].file() == "berita.jsonl");
    CHECK(r.rejects[0].line() == 2);
    CHECK(contains(r.rejects[0].reason(), "not valid JSON"));
    CHECK(contains(r.rejects[0].what(), "berita.jsonl:2: "));
    REQUIRE(r.articles.size() == 2);
    CHECK(r.articles[0].second == 1);
    CHECK(r.articles[1].second == 3);
}

TEST_CASE("a line that is JSON but not an object is rejected", "[corpus][jsonl]") {
    const Read r = read(good_line + "\n[1, 2, 3]\n", telusur::ArticleFormat::jsonl);
    REQUIRE(r.rejects.size() == 1);
    CHECK(r.rejects[0].line() == 2);
    CHECK(contains(r.rejects[0].reason(), "JSON object"));
    CHECK(r.articles.size() == 1);
}

TEST_CASE("an article without a body is rejected", "[corpus][jsonl]") {
    const std::string no_body = R"({"id": "kosong", "title": "Judul saja"})";
    const std::string blank_body = R"({"id": "kosong", "title": "Judul saja", "body": " \n\n "})";
    const std::string null_body = R"({"id": "kosong", "body": null})";
    for (const std::string& line : {no_body, blank_body, null_body}) {
        INFO(line);
        const Read r = read(good_line + "\n" + line + "\n");
        REQUIRE(r.rejects.size() == 1);
        CHECK(r.rejects[0].line() == 2);
        CHECK(contains(r.rejects[0].reason(), "has no body"));
        CHECK(contains(r.rejects[0].reason(), "kosong"));
        CHECK(r.articles.size() == 1);
    }
}

TEST_CASE("an article without an id is rejected", "[corpus][jsonl]") {
    for (const std::string line : {R"({"body": "Isi."})", R"({"id": "  ", "body": "Isi."})", R"({"id": null, "body": "Isi."})"}) {
        INFO(line);
        const Read r = read(line);
        REQUIRE(r.rejects.size() == 1);
        CHECK(r.rejects[0].line() == 1);
        CHECK(contains(r.rejects[0].reason(), "no \"id\""));
        CHECK(r.articles.empty());
    }
}

TEST_CASE("a field of the wrong type is rejected, naming the field", "[corpus][jsonl]") {
    SECTION("title as a number") {
        const Read r = read(R"({"id": "x", "title": 2020, "body": "Isi."})");
        REQUIRE(r.rejects.size() == 1);
        CHECK(contains(r.rejects[0].reason(), "\"title\""));
        CHECK(contains(r.rejects[0].reason(), "must be a string"));
        CHECK(contains(r.rejects[0].reason(), "number"));
        CHECK(r.articles.empty());
    }
    SECTION("body as an array") {
        const Read r = read(R"({"id": "x", "body": ["satu", "dua"]})");
        REQUIRE(r.rejects.size() == 1);
        CHECK(contains(r.rejects[0].reason(), "\"body\""));
        CHECK(contains(r.rejects[0].reason(), "array"));
    }
    SECTION("id as a fraction") {
        const Read r = read(R"({"id": 1.5, "body": "Isi."})");
        REQUIRE(r.rejects.size() == 1);
        CHECK(contains(r.rejects[0].reason(), "\"id\""));
    }
    SECTION("date as an object") {
        const Read r = read(R"({"id": "x", "body": "Isi.", "date": {"y": 2020}})");
        REQUIRE(r.rejects.size() == 1);
        CHECK(contains(r.rejects[0].reason(), "\"date\""));
    }
}

TEST_CASE("a line that is not valid UTF-8 is rejected with its line number", "[corpus][jsonl]") {
    // "\xC3\x28" is a broken two-byte sequence, "\xC0\xAF" an overlong '/', "\xED\xA0\x80" a surrogate.
    for (const std::string bad : {"\xC3\x28", "\xC0\xAF", "\xED\xA0\x80", "\xFF"}) {
        const std::string line = R"({"id": "rusak", "body": "Isi )" + bad + R"( berita."})";
        const Read r = read(good_line + "\n" + good_line + "\n" + line + "\n" + good_line + "\n");
        REQUIRE(r.rejects.size() == 1);
        CHECK(r.rejects[0].line() == 3);
        CHECK(contains(r.rejects[0].reason(), "invalid UTF-8"));
        CHECK(r.articles.size() == 3);
    }
}

TEST_CASE("an empty file is rejected as a whole", "[corpus][jsonl][page]") {
    for (const std::string content : {"", "   ", "\n\n\r\n\t\n"}) {
        for (const auto format : {telusur::ArticleFormat::detect, telusur::ArticleFormat::jsonl, telusur::ArticleFormat::page}) {
            const Read r = read(content, format);
            REQUIRE(r.rejects.size() == 1);
            CHECK(r.rejects[0].line() == 0);
            CHECK(contains(r.rejects[0].reason(), "empty file"));
            CHECK(r.articles.empty());
        }
    }
}

TEST_CASE("binary content is rejected as a whole", "[corpus][jsonl][page]") {
    SECTION("NUL bytes in a file that is not text") {
        const std::string binary("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16);
        const Read r = read(binary);
        REQUIRE(r.rejects.size() == 1);
        CHECK(contains(r.rejects[0].reason(), "binary"));
        CHECK(r.articles.empty());
    }
    SECTION("NUL bytes near the start of a file that opens like JSON") {
        const std::string binary = "{\"id\"" + std::string(8, '\0') + "\n" + good_line + "\n";
        const Read r = read(binary);
        REQUIRE(r.rejects.size() == 1);
        CHECK(r.rejects[0].line() == 1);
        CHECK(contains(r.rejects[0].reason(), "binary"));
        CHECK(r.articles.empty());
    }
    SECTION("a NUL byte deep in a JSON-lines file spoils only its line") {
        std::string content;
        std::size_t lines = 0;
        while (content.size() < 10000) {
            content += good_line + "\n";
            ++lines;
        }
        content += std::string(R"({"id": "nul", "body": "a)") + '\0' + "b\"}\n" + good_line + "\n";
        const Read r = read(content);
        REQUIRE(r.rejects.size() == 1);
        CHECK(r.rejects[0].line() == lines + 1);
        CHECK(contains(r.rejects[0].reason(), "NUL"));
        CHECK(r.articles.size() == lines + 1);
    }
}

TEST_CASE("blank lines are skipped but still counted for line numbers", "[corpus][jsonl]") {
    const Read r = read("\n" + good_line + "\n\n   \n\t\n{bad json\n\n" + good_line + "\n\n");
    REQUIRE(r.articles.size() == 2);
    CHECK(r.articles[0].second == 2);
    CHECK(r.articles[1].second == 8);
    REQUIRE(r.rejects.size() == 1);
    CHECK(r.rejects[0].line() == 6);
}

TEST_CASE("CRLF line endings read like LF", "[corpus][jsonl]") {
    const Read r = read(good_line + "\r\n\r\n" + R"({"id": "a-2", "title": "Judul", "body": "Satu.\r\n\r\nDua."})" + "\r\n");
    REQUIRE(r.rejects.empty());
    REQUIRE(r.articles.size() == 2);
    CHECK(r.articles[0].first.id == "a-1");
    CHECK(r.articles[0].first.body == "Air sungai meluap.");
    CHECK(r.articles[1].second == 3);
    CHECK(r.articles[1].first.title == "Judul");
    CHECK(r.articles[1].first.body == "Satu.\n\nDua.");
}

TEST_CASE("a last line without a newline is read", "[corpus][jsonl]") {
    const Read r = read(good_line + "\n" + good_line);
    CHECK(r.rejects.empty());
    CHECK(r.articles.size() == 2);
}

TEST_CASE("read_json_article throws an InputError naming the file and line", "[corpus][jsonl]") {
    CHECK_THROWS_AS(telusur::read_json_article("{", "x.jsonl", 7), telusur::InputError);
    try {
        telusur::read_json_article(R"({"id": "x"})", "x.jsonl", 7);
        FAIL("an article without a body was accepted");
    } catch (const telusur::InputError& e) {
        CHECK(e.file() == "x.jsonl");
        CHECK(e.line() == 7);
        CHECK(std::string(e.what()).starts_with("x.jsonl:7: "));
    }
    const telusur::Article a = telusur::read_json_article(good_line, "x.jsonl", 7);
    CHECK(a.id == "a-1");
}

TEST_CASE("the bundled sample articles.jsonl reads whole, without rejects", "[corpus][jsonl]") {
    const std::string path = (telusur::test::sample_dir / "articles.jsonl").string();
    const Read r = read(telusur::test::read_file(path), telusur::ArticleFormat::detect, path);
    CHECK(r.rejects.empty());
    REQUIRE(r.articles.size() == 38);
    std::size_t undated = 0;
    for (const auto& [article, line] : r.articles) {
        CHECK(!article.id.empty());
        CHECK(!article.title.empty());
        CHECK(!article.body.empty());
        CHECK(!article.source.empty());
        if (article.date.empty()) ++undated;
    }
    CHECK(undated == 2);  // the two articles whose date is null
}

TEST_CASE("the format is detected from the first non-blank byte", "[corpus][format]") {
    SECTION("'{' first: JSON lines") {
        const Read r = read("\n  \r\n" + good_line + "\n", telusur::ArticleFormat::detect, "masuk.txt");
        REQUIRE(r.rejects.empty());
        REQUIRE(r.articles.size() == 1);
        CHECK(r.articles[0].first.id == "a-1");
        CHECK(r.articles[0].second == 3);
    }
    SECTION("anything else: the text of one page, named after its file") {
        const Read r = read("Banjir di Blora\n\nBLORA \u2013 Air sungai meluap sejak Senin (3/2/2020).\n",
                            telusur::ArticleFormat::detect, "/arsip/2020/banjir_blora.txt");
        REQUIRE(r.rejects.empty());
        REQUIRE(r.articles.size() == 1);
        CHECK(r.articles[0].first.id == "banjir_blora");
        CHECK(r.articles[0].first.title == "Banjir di Blora");
        CHECK(r.articles[0].first.date == "2020-02-03");
    }
    SECTION("a page forced to be read as JSON lines is rejected line by line, not read as an article") {
        const Read r = read("Banjir di Blora\n\nBLORA \u2013 Air sungai meluap.\n", telusur::ArticleFormat::jsonl);
        CHECK(r.articles.empty());
        REQUIRE(r.rejects.size() == 2);
        CHECK(r.rejects[0].line() == 1);
        CHECK(r.rejects[1].line() == 3);
    }
}

TEST_CASE("format names parse, and an unknown one is an ArgumentError", "[corpus][format]") {
    CHECK(telusur::parse_article_format("auto") == telusur::ArticleFormat::detect);
    CHECK(telusur::parse_article_format("jsonl") == telusur::ArticleFormat::jsonl);
    CHECK(telusur::parse_article_format("page") == telusur::ArticleFormat::page);
    CHECK_THROWS_AS(telusur::parse_article_format("xml"), telusur::ArgumentError);
    CHECK_THROWS_AS(telusur::parse_article_format(""), telusur::ArgumentError);
    CHECK_THROWS_WITH(telusur::parse_article_format("csv"), Catch::Contains("csv") && Catch::Contains("jsonl"));
}
