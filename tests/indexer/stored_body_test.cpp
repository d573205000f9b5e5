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

TEST_CASE("a stored body takes less room than the body", "[stored_body]") {
    Analyzer analyzer(make_snowball_stemmer());
    std::string body;
    for (int i = 0; i < 40; ++i)
        body += "Warga desa " + std::to_string(i) + " di Kabupaten Blora mengungsi ke balai desa karena banjir. ";
    const std::string stored = encode_stored_body(body, analyzer.word_spans(body));
    CHECK(stored.size() < body.size() / 2);
    CHECK(decode_stored_body(stored).body == body);
}

TEST_CASE("data that is not a stored body gives no body, and is never read past its end", "[stored_body]") {
    const std::string good = encode_stored_body("abc def", {{0, 3}, {4, 7}});
    REQUIRE(decode_stored_body(good).spans_known);
    // Not telusur's: empty, a raw body (as an index of schema 5 kept it), the plain form schema 6 kept as document
    // data, a length beyond an article's, a block cut short or damaged.
    std::string damaged = good;
    damaged[1] = static_cast<char>(damaged[1] ^ 0xf0);  // the block's first token: how many bytes follow as they are
    const std::string beyond = "\xff\xff\xff\xff\x7f" + good.substr(1);
    for (const std::string& bad : {std::string(), std::string("\xff\xff\xff\xff"), std::string("Banjir di Blora."),
                                   std::string("\x07" "abc def\x00\x03\x01\x03", 12), beyond,
                                   good.substr(0, good.size() - 1), damaged}) {
        const StoredBody read = decode_stored_body(bad);
        CHECK(read.body.empty());
        CHECK_FALSE(read.spans_known);
    }
    // A body whose spans point past it, or overlap, keeps the body and drops the spans.
    for (const std::string& bad : {encode_stored_body("abc def", {{0, 3}, {4, 9}}),
                                   encode_stored_body("abc def", {{0, 3}, {5, 4}})}) {
        const StoredBody read = decode_stored_body(bad);
        CHECK(read.body == "abc def");
        CHECK_FALSE(read.spans_known);
        CHECK(read.spans.empty());
    }
}
