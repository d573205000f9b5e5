// Word offsets (indexer/word_offsets.hpp): where every 16th body word starts, stored with each document.
#include "indexer/schema.hpp"
#include "indexer/word_offsets.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace telusur;

namespace {

Token word_at(std::uint32_t position, std::size_t begin) {
    Token token;
    token.position = schema::body_first_position + position;
    token.begin = begin;
    token.end = begin + 3;
    return token;
}

}  // namespace

TEST_CASE("word offsets keep where every 16th word starts and read back as written", "[word-offsets]") {
    std::vector<Token> body;
    for (std::uint32_t position = 0; position < 40; ++position) body.push_back(word_at(position, 100 * position));
    const std::vector<std::size_t> offsets = word_offsets::decode(word_offsets::encode(body));
    CHECK(offsets == std::vector<std::size_t>{0, 1600, 3200});
}

TEST_CASE("word offsets skip to the next word kept when a stride's first word was not indexed", "[word-offsets]") {
    // Positions 16 and 17 were words too long to index: the second offset is where position 18 starts.
    std::vector<Token> body{word_at(0, 0), word_at(15, 90), word_at(18, 400), word_at(40, 9000)};
    CHECK(word_offsets::decode(word_offsets::encode(body)) == std::vector<std::size_t>{0, 400, 9000});
}

TEST_CASE("word offsets that are cut short or absent read as none", "[word-offsets]") {
    CHECK(word_offsets::decode("").empty());
    std::vector<Token> body{word_at(0, 5), word_at(16, 300000)};
    const std::string value = word_offsets::encode(body);
    REQUIRE(word_offsets::decode(value).size() == 2);
    CHECK(word_offsets::decode(value.substr(0, value.size() - 1)).empty());
    CHECK(word_offsets::decode(std::string(12, '\xff')).empty());
}
