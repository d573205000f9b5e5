// The ASCII word finder puts word boundaries exactly where ICU's word segmentation does: on tricky strings, on
// random strings of the characters that decide boundaries, and on the plain-ASCII bodies of real news.
#include "tests/test_support.hpp"

#include "indexer/ascii_words.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>

using namespace telusur;

namespace {

struct Span {
    std::size_t begin, end;
    bool operator==(const Span&) const = default;
};

// ICU's words (segments with letters or digits) of text[begin, end).
void icu_words(std::string_view text, std::size_t begin, std::size_t end, std::vector<Span>& out) {
    UErrorCode status = U_ZERO_ERROR;
    static std::unique_ptr<icu::BreakIterator> words(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    UText* utext = utext_openUTF8(nullptr, text.data() + begin, static_cast<int64_t>(end - begin), &status);
    words->setText(utext, status);
    for (int32_t from = words->first(), to = words->next(); to != icu::BreakIterator::DONE; from = to, to = words->next())
        if (words->getRuleStatus() != UBRK_WORD_NONE)
            out.push_back({begin + static_cast<std::size_t>(from), begin + static_cast<std::size_t>(to)});
    words->setText(icu::UnicodeString());
    utext_close(utext);
}

std::vector<Span> by_icu(std::string_view text) {
    std::vector<Span> out;
    icu_words(text, 0, text.size(), out);
    return out;
}

std::vector<Span> by_ascii_words(std::string_view text, std::size_t* handed_back = nullptr) {
    std::vector<Span> out;
    ascii_words::find(
        text, [&](WordSpan word) { out.push_back({word.begin, word.end}); },
        [&](std::size_t begin, std::size_t end) {
            if (handed_back) ++*handed_back;
            icu_words(text, begin, end, out);
        });
    return out;
}

std::vector<std::string> words_of(std::string_view text, const std::vector<Span>& spans) {
    std::vector<std::string> words;
    for (const Span& span : spans) words.emplace_back(text.substr(span.begin, span.end - span.begin));
    return words;
}

}  // namespace

TEST_CASE("ASCII words end where ICU's do on numbers, abbreviations, hyphens and punctuation", "[analyzer]") {
    for (const std::string text :
         {"Rp1.250.000,50 dan 3,5 persen; 1;2 1'000 2.a a.2 a1.5 5G", "kompas.com, e.g. Jum'at 'kutip' a..b a.'b",
          "anak-anak (Blora) \"Cepu\" #tagar @akun 100% a/b x_y 12:30 a:b _x ...", ".5 a. .a ' , ; 1, ,1 a' 'a",
          "\r\n\tbaris\rbaru\n\nakhir", "", "   ", "x"}) {
        INFO(text);
        std::size_t handed_back = 0;
        CHECK(words_of(text, by_ascii_words(text, &handed_back)) == words_of(text, by_icu(text)));
    }
    std::size_t handed_back = 0;
    by_ascii_words("x_y 12:30 anak-anak @akun 1.250", &handed_back);
    CHECK(handed_back == 3);  // the runs with an underscore, a colon or an at sign, and only those
}

TEST_CASE("ASCII words end where ICU's do on random strings of the characters that decide", "[analyzer]") {
    // Every printable ASCII character, letters and digits more often, and the line breaks.
    std::string alphabet = "aaaZZZ00099  \n\r\t";
    for (char c = ' '; c <= '~'; ++c) alphabet += c;
    std::mt19937 random(20261130);
    for (int round = 0; round < 50000; ++round) {
        std::string text(random() % 24, ' ');
        for (char& c : text) c = alphabet[random() % alphabet.size()];
        INFO("\"" << text << "\"");
        REQUIRE(words_of(text, by_ascii_words(text)) == words_of(text, by_icu(text)));
    }
}

TEST_CASE("ASCII words end where ICU's do in plain-ASCII news bodies", "[analyzer][shared-data]") {
    for (const char* corpus_name : {"click-id.jsonl", "indosum.jsonl"}) {
        const auto corpus = test::shared_data / "corpora" / corpus_name;
        if (!std::filesystem::exists(corpus)) {
            WARN("skipped: " << corpus.string() << " is absent (../shared/data is not beside this checkout)");
            continue;
        }
        std::ifstream in(corpus);
        std::size_t compared = 0;
        for (std::string line; compared < 2000 && std::getline(in, line);) {
            const std::string body = nlohmann::json::parse(line).value("body", "");
            if (std::any_of(body.begin(), body.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
                continue;
            ++compared;
            INFO(corpus_name << " body " << compared);
            const std::vector<Span> ours = by_ascii_words(body), icu = by_icu(body);
            const auto differ = std::mismatch(ours.begin(), ours.end(), icu.begin(), icu.end());
            if (differ.first != ours.end() || differ.second != icu.end()) {
                const std::size_t at = differ.first != ours.end() ? differ.first->begin : differ.second->begin;
                FAIL_CHECK("first difference near \"" << body.substr(at > 20 ? at - 20 : 0, 60) << "\"");
                break;
            }
        }
        CHECK(compared > 1000);  // of the first bodies, up to 2,000
    }
}
