// The content hash decides that an article is unchanged: every stored field must move it, and text moved from one
// field to the next must too.
#include "indexer/content_hash.hpp"

#include <catch2/catch.hpp>

using telusur::Article;
using telusur::content_hash;

namespace {

Article sample() {
    return {"a1", "Banjir di Blora", "Warga mengungsi.", "2020-10-28", "warta.example", "https://warta.example/a1",
            "BLORA"};
}

}  // namespace

TEST_CASE("the content hash is sixteen hex digits and the same for the same article", "[reindex]") {
    const std::string hash = content_hash(sample());
    CHECK(hash.size() == 16);
    CHECK(hash.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(content_hash(sample()) == hash);
}

TEST_CASE("every field of an article changes its content hash", "[reindex]") {
    const std::string original = content_hash(sample());
    for (std::string Article::*field : {&Article::id, &Article::title, &Article::body, &Article::date,
                                        &Article::source, &Article::url, &Article::dateline}) {
        Article changed = sample();
        (changed.*field).append("x");
        CHECK(content_hash(changed) != original);
    }
}

TEST_CASE("text moved from one field into the next changes the content hash", "[reindex]") {
    Article a = sample(), b = sample();
    a.title = "Banjir di ";
    a.body = "Blora. Warga mengungsi.";
    b.title = "Banjir di Blora";
    b.body = ". Warga mengungsi.";
    REQUIRE(a.title + a.body == b.title + b.body);
    CHECK(content_hash(a) != content_hash(b));
}
