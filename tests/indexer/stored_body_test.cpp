// The stored body: an article's body comes back from the index exactly as written, with where its words stand, and
// data that is not a stored body (damaged, or written by another program) is still read as a body, never past its end.
#include "indexer/schema.hpp"
#include "indexer/stored_body.hpp"

#include <telusur/stemmer.hpp>

#include <catch2/catch.hpp>

using namespace telusur;

namespace {

bool same_spans(const std::vector<WordSpan>& a, const std::vector<WordSpan>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].begin != b[i].begin || a[i].end != b[i].end) return false;
    return true;
}

}  // namespace

TEST_CASE("a stored body gives back the body and its word spans", "[stored_body]") {
    Analyzer analyzer(make_snowball_stemmer());
    const std::string body = std::string("Banjir di Blora.\n\nAnak-anak mengungsi ke balai desa \0 NUL.", 58);
    const std::vector<WordSpan> spans = analyzer.word_spans(body);
    const StoredBody stored = decode_stored_body(encode_stored_body(body, spans));
    CHECK(stored.body == body);
    CHECK(stored.spans_known);
    CHECK(same_spans(stored.spans, spans));
}

TEST_CASE("only the words of a long body's opening are stored, where snippets are sought", "[stored_body]") {
    Analyzer analyzer(make_snowball_stemmer());
    std::string body;
    while (body.size() < schema::snippet_search_bytes + 5000) body += "warga Blora mengungsi ke balai desa. ";
    const std::vector<WordSpan> spans = analyzer.word_spans(body);
    const StoredBody stored = decode_stored_body(encode_stored_body(body, spans));
    CHECK(stored.body == body);
    REQUIRE(stored.spans_known);
    REQUIRE_FALSE(stored.spans.empty());
    CHECK(stored.spans.back().end <= schema::snippet_search_bytes);
    CHECK(stored.spans.size() < spans.size());
    CHECK(same_spans(stored.spans, std::vector<WordSpan>(spans.begin(), spans.begin() + stored.spans.size())));
}

TEST_CASE("data that is not a stored body is read as the body, with its spans unknown", "[stored_body]") {
    // A raw body (as before schema 6): its first byte read as a length runs past the end.
    const StoredBody raw = decode_stored_body("\xff\xff\xff\xff");
    CHECK(raw.body == "\xff\xff\xff\xff");
    CHECK_FALSE(raw.spans_known);
    CHECK(decode_stored_body("").body.empty());
    // A body whose spans point past it, or overlap, keeps the body and drops the spans.
    const std::string good = encode_stored_body("abc def", {{0, 3}, {4, 7}});
    for (const std::string& bad : {encode_stored_body("abc def", {{0, 3}, {4, 9}}),
                                   encode_stored_body("abc def", {{0, 3}, {5, 4}}), good.substr(0, good.size() - 1)}) {
        const StoredBody read = decode_stored_body(bad);
        CHECK(read.body == "abc def");
        CHECK_FALSE(read.spans_known);
        CHECK(read.spans.empty());
    }
    CHECK(decode_stored_body(good).spans_known);
}
