// Scraped article pages read the way a person reads them: the headline as title, the story as body, none of the page
// around it (ads, share buttons, the comment form, the editor's mark), and place, outlet and date from the dateline.
#include "corpus/article_reader.hpp"
#include "corpus/page_furniture.hpp"
#include "corpus/text.hpp"
#include "tests/test_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace {

using telusur::test::contains;

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = text.find('\n', start);
        lines.push_back(text.substr(start, end - start));
        if (end == std::string::npos) return lines;
        start = end + 1;
    }
}

// The furniture of the sample pages, none of which may reach the body.
void check_no_furniture(const telusur::Article& article) {
    INFO("body: " << article.body);
    for (const std::string furniture : {"Example floating", "\u00d7", "Sebarkan artikel ini", "Example 120x600",
                                        "Tinggalkan Balasan", "Alamat email Anda tidak akan dipublikasikan",
                                        "Ruas yang wajib ditandai", "***(Red)", "(Red)"}) {
        INFO("furniture: " << furniture);
        CHECK_FALSE(contains(article.body, furniture));
    }
    for (const std::string& line : lines_of(article.body)) {
        CHECK(line != "HL");
        CHECK(line != article.title);  // the repeated headline is not part of the story
    }
    CHECK_FALSE(contains(article.body, "\n\n\n"));
    CHECK(telusur::text::trim(article.body) == article.body);  // no stray white space at either end
}

// Reads one page through read_articles, the way the indexer does, failing the test on a reject.
telusur::Article read_one(const std::string& content, const std::string& name) {
    std::vector<telusur::Article> articles;
    std::vector<std::string> rejects;
    telusur::read_articles(content, name, telusur::ArticleFormat::detect,
                           {[&](telusur::Article&& a, std::size_t, std::string_view) { articles.push_back(std::move(a)); },
                            [&](const telusur::InputError& e, std::string_view) { rejects.push_back(e.what()); }});
    INFO((rejects.empty() ? std::string() : rejects.front()));
    REQUIRE(rejects.empty());
    REQUIRE(articles.size() == 1);
    return articles.front();
}

telusur::InputError reject_of(const std::string& content, const std::string& name = "halaman.txt") {
    std::vector<telusur::InputError> rejects;
    std::size_t articles = 0;
    telusur::read_articles(content, name, telusur::ArticleFormat::page,
                           {[&](telusur::Article&&, std::size_t, std::string_view) { ++articles; },
                            [&](const telusur::InputError& e, std::string_view) { rejects.push_back(e); }});
    CHECK(articles == 0);
    REQUIRE(rejects.size() == 1);
    return rejects.front();
}

}  // namespace

TEST_CASE("the seed page reads to its headline and story", "[corpus][page]") {
    const std::string content = telusur::test::read_file(telusur::test::seed_page);
    REQUIRE_FALSE(content.empty());
    const telusur::Article article = telusur::read_page(content, telusur::test::seed_page);

    CHECK(article.title == "Dinsos P3A Gelar Bimtek Karang Taruna Se-Kabupaten Blora");
    CHECK(article.body.starts_with("BLORA, (blora-ekspres.com) \u2013 Dinas Sosial, Pemberdayaan Perempuan"));
    CHECK(article.body.ends_with("khusus generasi muda."));
    check_no_furniture(article);
    CHECK(article.dateline == "BLORA");
    CHECK(article.source == "blora-ekspres.com");
    CHECK(article.date == "2020-10-28");
    CHECK(article.id == "000_804e0742f2996cee");
    CHECK(article.url.empty());
}

TEST_CASE("the seed page keeps its paragraphs, separated by one blank line", "[corpus][page]") {
    const telusur::Article article = telusur::read_page(telusur::test::read_file(telusur::test::seed_page), "seed.txt");
    const std::vector<std::string> lines = lines_of(article.body);
    std::size_t paragraphs = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i % 2 == 1) CHECK(lines[i].empty());
        else {
            CHECK_FALSE(lines[i].empty());
            ++paragraphs;
        }
    }
    CHECK(paragraphs == 11);
    CHECK(contains(article.body, "\n\nKegiatan yang diikuti 158 pengurus Karang Taruna"));
    CHECK(contains(article.body, "\u201cKarang Taruna memiliki potensi sosial yang sangat besar."));
    CHECK(article.id == "seed");
}

TEST_CASE("the seed page reads the same through read_articles with format detection", "[corpus][page]") {
    const std::string content = telusur::test::read_file(telusur::test::seed_page);
    const telusur::Article direct = telusur::read_page(content, telusur::test::seed_page);
    const telusur::Article detected = read_one(content, telusur::test::seed_page);
    CHECK(detected.id == direct.id);
    CHECK(detected.title == direct.title);
    CHECK(detected.body == direct.body);
    CHECK(detected.date == direct.date);
    CHECK(detected.source == direct.source);
    CHECK(detected.dateline == direct.dateline);
}

TEST_CASE("the three sample pages read with a title, a date and a source, and no furniture", "[corpus][page]") {
    struct Expected {
        const char* file;
        const char* title;
        const char* date;  // the first date of the lead
        const char* place;
        const char* source;
        const char* last_words;
    };
    const Expected pages[] = {
        {"page_001_banjir-rembang.txt", "Tanggul Sungai Jebol, Ratusan Rumah di Kaliori Rembang Terendam Banjir",
         "2021-01-17", "REMBANG", "kabar-rembang.example", "dalam sepekan ke depan."},
        {"page_002_vaksinasi-lansia-kediri.txt", "Puskesmas di Kediri Jemput Bola Vaksinasi Lansia ke Desa-Desa",
         "2021-04-07", "KEDIRI", "kabar-kediri.example", "meskipun sudah divaksin."},
        {"page_003_pelatihan-batik-pekalongan.txt",
         "Pelatihan Pemasaran Daring untuk Perajin Batik Pekalongan Diserbu Peserta", "2020-11-05", "PEKALONGAN",
         "kabar-pantura.example", "yang diselenggarakan pemerintah provinsi."},
    };
    for (const Expected& expected : pages) {
        INFO(expected.file);
        const std::filesystem::path path = telusur::test::sample_dir / expected.file;
        const telusur::Article article = read_one(telusur::test::read_file(path), path.string());
        CHECK(article.id == std::filesystem::path(expected.file).stem().string());
        CHECK(article.title == expected.title);
        CHECK(article.date == expected.date);
        CHECK(article.dateline == expected.place);
        CHECK(article.source == expected.source);
        CHECK(article.body.starts_with(std::string(expected.place) + ", (" + expected.source + ") \u2013 "));
        CHECK(article.body.ends_with(expected.last_words));
        check_no_furniture(article);
    }
}

TEST_CASE("a page without furniture: the first short line is the headline", "[corpus][page]") {
    const telusur::Article article = telusur::read_page(
        "Harga Cabai Naik\n\nSEMARANG \u2013 Harga cabai rawit naik pada Senin (3/2/2020).\n\nPedagang mengeluh.\n",
        "cabai.txt");
    CHECK(article.title == "Harga Cabai Naik");
    CHECK(article.body == "SEMARANG \u2013 Harga cabai rawit naik pada Senin (3/2/2020).\n\nPedagang mengeluh.");
    CHECK(article.dateline == "SEMARANG");
    CHECK(article.source.empty());
    CHECK(article.date == "2020-02-03");
}

TEST_CASE("a page whose first line is a sentence has no headline: all of it is the story", "[corpus][page]") {
    const telusur::Article article =
        telusur::read_page("Harga cabai rawit naik lagi.\n\nPedagang mengeluh.\n", "cabai.txt");
    CHECK(article.title.empty());
    CHECK(article.body == "Harga cabai rawit naik lagi.\n\nPedagang mengeluh.");
    CHECK(article.date.empty());
    CHECK(article.dateline.empty());
}

TEST_CASE("without a date in the lead, the date is taken from the second paragraph only", "[corpus][page]") {
    const telusur::Article second = telusur::read_page(
        "Judul\n\nJAKARTA \u2013 Pemerintah bergerak.\n\nRapat digelar Kamis (5/11/2020).\n", "a.txt");
    CHECK(second.date == "2020-11-05");
    const telusur::Article third = telusur::read_page(
        "Judul\n\nJAKARTA \u2013 Pemerintah bergerak.\n\nRapat digelar.\n\nPada 1 Mei 2019 lalu ...\n", "a.txt");
    CHECK(third.date.empty());  // a date deep in the story speaks of another day
}

TEST_CASE("furniture anywhere in the page is skipped and the comment section ends the story", "[corpus][page]") {
    const telusur::Article article = telusur::read_page(
        "Advertisement\nJudul Berita\nBagikan:\nFacebook\nWhatsApp\n"
        "JAKARTA \u2013 Paragraf satu.\nBaca juga: Berita lain yang tidak terkait\nParagraf dua.\n"
        "Editor: Budi\nBerita Terkait\nJudul berita lain\nIsi berita lain.\n",
        "a.txt");
    CHECK(article.title == "Judul Berita");
    CHECK(article.body == "JAKARTA \u2013 Paragraf satu.\n\nParagraf dua.");
}

TEST_CASE("a page with CRLF line endings and no-break spaces reads like a clean one", "[corpus][page]") {
    const telusur::Article article = telusur::read_page(
        "HL\r\n\r\n\u00a0Judul Berita\u00a0\r\n\r\nJudul Berita\r\n\r\nJAKARTA \u2013 Isi berita.\r\n\r\n"
        "Paragraf dua. (Red)\r\n",
        "a.txt");
    CHECK(article.title == "Judul Berita");
    CHECK(article.body == "JAKARTA \u2013 Isi berita.\n\nParagraf dua.");
}

TEST_CASE("a page read from standard input is named by its headline", "[corpus][page]") {
    const std::string page = "Judul Berita\n\nJAKARTA \u2013 Isi berita.\n";
    const telusur::Article a = telusur::read_page(page, "-");
    const telusur::Article b = telusur::read_page(page, "-");
    const telusur::Article other = telusur::read_page("Judul Lain\n\nJAKARTA \u2013 Isi berita.\n", "-");
    CHECK(a.id.starts_with("page-"));
    CHECK(a.id == b.id);
    CHECK(a.id != other.id);
}

TEST_CASE("a page of furniture only is rejected", "[corpus][page]") {
    const telusur::InputError error =
        reject_of("Example floating\n\nHL\n\n\u00d7\n\nSebarkan artikel ini\n\nExample 120x600\n");
    CHECK(error.file() == "halaman.txt");
    CHECK(error.line() == 0);
    CHECK(contains(error.reason(), "no article text"));
}

TEST_CASE("a page where the comment form comes before any text is rejected", "[corpus][page]") {
    const telusur::InputError error =
        reject_of("Tinggalkan Balasan\n\nJAKARTA \u2013 Ini komentar pembaca, bukan berita.\n");
    CHECK(contains(error.reason(), "no article text"));
}

TEST_CASE("a page with a headline but no story is rejected with the line where it stops", "[corpus][page]") {
    const telusur::InputError error = reject_of("Example floating\n\nJudul Berita\n\n\u00d7\n\nJudul Berita\n\n"
                                                "Sebarkan artikel ini\n\nTinggalkan Balasan\n");
    CHECK(error.line() == 7);
    CHECK(contains(error.reason(), "headline but no story"));
    CHECK_THROWS_AS(telusur::read_page("Judul Berita\n", "a.txt"), telusur::InputError);
}

TEST_CASE("a page with invalid UTF-8 is rejected with the line of the bad byte", "[corpus][page]") {
    const telusur::InputError error = reject_of("Judul Berita\n\nJAKARTA \u2013 Isi \xC3\x28 berita.\n");
    CHECK(error.line() == 3);
    CHECK(contains(error.reason(), "invalid UTF-8"));
}

TEST_CASE("a page with a NUL byte anywhere is rejected as binary", "[corpus][page]") {
    std::string content = "Judul Berita\n\nJAKARTA \u2013 Isi berita.\n" + std::string(20000, 'x') + "\n";
    content += '\0';
    const telusur::InputError error = reject_of(content);
    CHECK(error.line() == 5);
    CHECK(contains(error.reason(), "binary"));
}

TEST_CASE("furniture rules: a bad rule names its line", "[corpus][page]") {
    CHECK_NOTHROW(telusur::PageFurniture("# a comment\nline\tIklan\n\nstop\tKomentar\n", "rules.txt"));
    try {
        telusur::PageFurniture("line\tIklan\nline\t(unclosed\n", "rules.txt");
        FAIL("a bad pattern was accepted");
    } catch (const telusur::InputError& e) {
        CHECK(e.file() == "rules.txt");
        CHECK(e.line() == 2);
    }
    CHECK_THROWS_AS(telusur::PageFurniture("banner\tIklan\n", "rules.txt"), telusur::InputError);
    CHECK_THROWS_AS(telusur::PageFurniture("line Iklan\n", "rules.txt"), telusur::InputError);
}

TEST_CASE("the editor's mark is cut from the end of the story, in its usual spellings", "[corpus][page]") {
    const telusur::PageFurniture& furniture = telusur::PageFurniture::builtin();
    CHECK(furniture.strip_tail("khusus generasi muda.***(Red)") == "khusus generasi muda.");
    CHECK(furniture.strip_tail("khusus generasi muda. *** (Red)") == "khusus generasi muda.");
    CHECK(furniture.strip_tail("pemerintah provinsi.(Red)") == "pemerintah provinsi.");
    CHECK(furniture.strip_tail("pemerintah provinsi. (red)") == "pemerintah provinsi.");
    CHECK(furniture.strip_tail("pemerintah provinsi. (ant/gib)") == "pemerintah provinsi.");
    // Brackets that are part of the story stay.
    CHECK(furniture.strip_tail("dipimpin Dinas Sosial (Dinsos)") == "dipimpin Dinas Sosial (Dinsos)");
    CHECK(furniture.strip_tail("kata Sulikah (47)") == "kata Sulikah (47)");
}
