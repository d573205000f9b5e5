// The stored body: an article's body comes back from the index exactly as written, with where its words stand and
// the print of each one's term, and data that is not a stored body (damaged, or written by another program) is read
// as no body, never past its end.
#include "indexer/schema.hpp"
#include "indexer/stored_body.hpp"

#include <telusur/stemmer.hpp>

#include <catch2/catch.hpp>
#include <lz4.h>

#include <set>

using namespace telusur;

namespace {

bool same_spans(const std::vector<WordSpan>& a, const std::vector<WordSpan>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].begin != b[i].begin || a[i].end != b[i].end) return false;
    return true;
}

// A plain form (the body's length and bytes, then the spans) stored as encode_stored_body stores one.
std::string stored_plain(const std::string& plain) {
    std::string out(1, static_cast<char>(plain.size()));  // a one-byte varint: these are short
    out.resize(1 + static_cast<std::size_t>(LZ4_compressBound(static_cast<int>(plain.size()))));
    const int written = LZ4_compress_default(plain.data(), out.data() + 1, static_cast<int>(plain.size()),
                                             static_cast<int>(out.size() - 1));
    out.resize(1 + static_cast<std::size_t>(written));
    return out;
}

// The stored form of `body`, as the indexer writes it.
std::string stored_form(Analyzer& analyzer, std::string_view body) {
    const std::vector<WordSpan> spans = analyzer.word_spans(body);
    return encode_stored_body(body, spans, term_prints(spans.size(), analyzer.analyze(body, spans, 0), 0));
}

}  // namespace

TEST_CASE("a stored body gives back the body, its word spans and their term prints", "[stored_body]") {
    Analyzer analyzer(make_snowball_stemmer());
    const std::string body = std::string("Banjir di Blora.\n\nAnak-anak mengungsi ke balai desa \0 NUL.", 58);
    const std::vector<WordSpan> spans = analyzer.word_spans(body);
    const StoredBody stored = decode_stored_body(stored_form(analyzer, body));
    CHECK(stored.body == body);
    CHECK(stored.spans_known);
    CHECK(same_spans(stored.spans, spans));
    // Each word's print is its own term's: "anak-anak" is indexed whole and by its parts, and each part is printed.
    REQUIRE(stored.prints.size() == spans.size());
    const std::vector<Token> tokens = analyzer.analyze(body, spans, 0);
    std::size_t printed = 0;
    for (const Token& token : tokens) {
        if (token.compound) continue;
        INFO(token.word);
        CHECK(stored.prints[token.position] == term_print(token.term));
        CHECK(stored.prints[token.position] != 0);
        ++printed;
    }
    CHECK(printed == spans.size());
    CHECK(stored.prints[3] == term_print(analyzer.analyze("anak").front().term));
    CHECK(stored.prints[4] == stored.prints[3]);
}

TEST_CASE("term prints tell most terms apart, never print 0 and leave unindexed words at 0", "[stored_body]") {
    CHECK(term_print("blora") != term_print("bora"));
    CHECK(term_print("blora") == term_print("blora"));
    CHECK(term_print("") != 0);
    std::set<TermPrint> prints;
    for (int i = 0; i < 1000; ++i) prints.insert(term_print("kata" + std::to_string(i)));
    CHECK(prints.size() > 990);
    CHECK_FALSE(prints.contains(0));
    // A word too long to index has no token, so no print: positions still count it.
    Token last;
    last.position = 12;
    last.term = "desa";
    const std::vector<TermPrint> printed = term_prints(3, {last}, 10);
    CHECK(printed == std::vector<TermPrint>{0, 0, term_print("desa")});
}

TEST_CASE("only the words of a long body's opening are stored, where snippets are sought", "[stored_body]") {
    Analyzer analyzer(make_snowball_stemmer());
    std::string body;
    while (body.size() < schema::snippet_search_bytes + 5000) body += "warga Blora mengungsi ke balai desa. ";
    const std::vector<WordSpan> spans = analyzer.word_spans(body);
    const StoredBody stored = decode_stored_body(stored_form(analyzer, body));
    CHECK(stored.body == body);
    REQUIRE(stored.spans_known);
    REQUIRE_FALSE(stored.spans.empty());
    CHECK(stored.prints.size() == stored.spans.size());
    CHECK(stored.spans.back().end <= schema::snippet_search_bytes);
    CHECK(stored.spans.size() < spans.size());
    CHECK(same_spans(stored.spans, std::vector<WordSpan>(spans.begin(), spans.begin() + stored.spans.size())));
}

TEST_CASE("a stored body takes less room than the body", "[stored_body]") {
    Analyzer analyzer(make_snowball_stemmer());
    std::string body;
    for (int i = 0; i < 40; ++i)
        body += "Warga desa " + std::to_string(i) + " di Kabupaten Blora mengungsi ke balai desa karena banjir. ";
    const std::string stored = stored_form(analyzer, body);
    CHECK(stored.size() < body.size() / 2);
    CHECK(decode_stored_body(stored).body == body);
}

TEST_CASE("data that is not a stored body gives no body, and is never read past its end", "[stored_body]") {
    const std::string good = encode_stored_body("abc def", {{0, 3}, {4, 7}}, {term_print("abc"), term_print("def")});
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
    // A body whose spans point past it, or overlap, or whose last print is cut short (the spans as schema 8 kept
    // them: no prints), keeps the body and drops the spans and prints.
    const std::string unprinted = std::string("\x07" "abc def\x00\x03\x01\x03", 11);
    for (const std::string& bad : {encode_stored_body("abc def", {{0, 3}, {4, 9}}, {1, 2}),
                                   encode_stored_body("abc def", {{0, 3}, {5, 4}}, {1, 2}),
                                   stored_plain(unprinted)}) {
        const StoredBody read = decode_stored_body(bad);
        CHECK(read.body == "abc def");
        CHECK_FALSE(read.spans_known);
        CHECK(read.spans.empty());
        CHECK(read.prints.empty());
    }
}
