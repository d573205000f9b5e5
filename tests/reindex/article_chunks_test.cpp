// A big JSON-lines file is read in pieces of whole lines, so a reindex's memory does not grow with its input; the
// pieces add up to the file and know their first line number.
#include "indexer/article_files.hpp"
#include "tests/test_support.hpp"

#include <catch2/catch.hpp>

using telusur::InputError;
using telusur::test::ScratchDir;
using telusur::test::write_file;

namespace {

struct Piece {
    std::string content;
    std::size_t lines_before;
};

std::vector<Piece> pieces_of(const std::string& path, std::size_t chunk_bytes) {
    std::vector<Piece> pieces;
    telusur::for_each_article_chunk(
        {path}, chunk_bytes,
        [&](const std::string&, const std::string& content, std::size_t lines) { pieces.push_back({content, lines}); },
        [](const InputError& e) { FAIL(e.what()); });
    return pieces;
}

}  // namespace

TEST_CASE("a JSON-lines file comes in pieces of whole lines that add up to it", "[reindex]") {
    ScratchDir dir;
    std::string text;
    for (int i = 1; i <= 40; ++i) text += R"({"id": ")" + std::to_string(i) + R"(", "body": "isi berita"})" "\n";
    text += "\n\n\n";  // trailing blank lines: a piece of them alone is skipped
    write_file(dir.path() / "big.jsonl", text);

    const auto pieces = pieces_of(dir / "big.jsonl", 100);
    REQUIRE(pieces.size() > 5);
    std::string joined;
    std::size_t line = 0;
    for (const Piece& piece : pieces) {
        CHECK(piece.lines_before == line);
        CHECK(piece.content.back() == '\n');
        CHECK(piece.content.find_first_not_of(" \t\r\n") != std::string::npos);
        CHECK(piece.content.front() == '{');
        joined += piece.content;
        line += static_cast<std::size_t>(std::count(piece.content.begin(), piece.content.end(), '\n'));
    }
    CHECK(text.compare(0, joined.size(), joined) == 0);
    CHECK(joined.size() >= text.size() - 3);
}

TEST_CASE("a scraped page and a small file come whole", "[reindex]") {
    ScratchDir dir;
    const std::string page(500, 'x');
    write_file(dir.path() / "page.txt", page);
    const auto pieces = pieces_of(dir / "page.txt", 100);
    REQUIRE(pieces.size() == 1);
    CHECK(pieces[0].content == page);
    write_file(dir.path() / "small.jsonl", "{\"id\": \"1\"}\n");
    CHECK(pieces_of(dir / "small.jsonl", 100).size() == 1);
}
