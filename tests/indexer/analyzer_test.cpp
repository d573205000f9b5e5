// The Analyzer: what words of Indonesian news become in the index. Each token class a reader searches for (plain,
// affixed, hyphenated, reduplicated, acronym with digits, number, domain) must come out whole, folded, and where it was.
#include "indexer/analyzer.hpp"
#include "tests/stemmer/stemmer_fixture.hpp"

#include <telusur/stemmer.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace {

telusur::Analyzer make_analyzer() { return telusur::Analyzer(telusur::make_snowball_stemmer()); }

std::vector<std::string> words(const std::vector<telusur::Token>& tokens) {
    std::vector<std::string> result;
    for (const auto& token : tokens) result.push_back(token.word);
    return result;
}

// The token of the given word (the first, or the compound one), failing the test when there is none.
const telusur::Token& token_of(const std::vector<telusur::Token>& tokens, std::string_view word) {
    const auto it = std::find_if(tokens.begin(), tokens.end(), [&](const telusur::Token& t) { return t.word == word; });
    INFO("no token \"" << std::string(word) << "\"");
    REQUIRE(it != tokens.end());
    return *it;
}

// Every token's offsets point at the text it came from.
void check_offsets(std::string_view text, const std::vector<telusur::Token>& tokens) {
    for (const auto& token : tokens) {
        INFO(token.word);
        REQUIRE(token.begin < token.end);
        REQUIRE(token.end <= text.size());
    }
}

std::string_view source(std::string_view text, const telusur::Token& token) {
    return text.substr(token.begin, token.end - token.begin);
}

}  // namespace

TEST_CASE("words are case-folded", "[analyzer]") {
    auto analyzer = telusur::Analyzer(telusur::make_snowball_stemmer());
    const auto tokens = analyzer.analyze("BLORA Blora blora");
    REQUIRE(tokens.size() == 3);
    for (const auto& token : tokens) {
        CHECK(token.word == "blora");
        CHECK(token.term == "blora");
        CHECK_FALSE(token.compound);
    }
    CHECK(tokens[0].position == 0);
    CHECK(tokens[1].position == 1);
    CHECK(tokens[2].position == 2);
    CHECK(analyzer.fold("BLORA") == "blora");
}

TEST_CASE("a reduplicated word is kept whole and as its parts, at consecutive positions", "[analyzer]") {
    auto analyzer = make_analyzer();
    const std::string text = "anak-anak bermain";
    const auto tokens = analyzer.analyze(text);
    REQUIRE(words(tokens) == std::vector<std::string>{"anak-anak", "anak", "anak", "bermain"});
    CHECK(tokens[0].compound);
    CHECK_FALSE(tokens[1].compound);
    CHECK_FALSE(tokens[2].compound);
    CHECK(tokens[0].position == 0);  // the compound shares its first part's position
    CHECK(tokens[1].position == 0);
    CHECK(tokens[2].position == 1);
    CHECK(tokens[3].position == 2);
    CHECK(source(text, tokens[0]) == "anak-anak");
    CHECK(source(text, tokens[1]) == "anak");
    CHECK(tokens[1].begin == 0);
    CHECK(tokens[2].begin == 5);
}

TEST_CASE("the parts of a reduplication the stemmer keeps whole take its term, so they find no other word",
          "[analyzer]") {
    SKIP_WITHOUT_HUNSPELL_ID();
    telusur::Analyzer analyzer(telusur::make_indonesian_stemmer());
    const std::string text = "Undang-Undang itu mengundang kritik, anak-anak di Jawa-Bali berpura-pura";
    const auto tokens = analyzer.analyze(text);
    REQUIRE(words(tokens) == std::vector<std::string>{"undang-undang", "undang", "undang", "itu", "mengundang",
                                                      "kritik", "anak-anak", "anak", "anak", "di", "jawa-bali",
                                                      "jawa", "bali", "berpura-pura", "berpura", "pura"});
    // undang-undang ("law") is one word: its parts are not undang, the root of mengundang ("to invite").
    CHECK(tokens[0].term == "undang-undang");
    CHECK(tokens[1].term == "undang-undang");
    CHECK(tokens[2].term == "undang-undang");
    CHECK(tokens[4].term == "undang");
    CHECK(tokens[1].position == 0);  // positions as for any joined word
    CHECK(tokens[2].position == 1);
    CHECK_FALSE(tokens[0].echoes_whole);
    CHECK(tokens[1].echoes_whole);  // no occurrence of their own: the whole counts once
    CHECK(tokens[2].echoes_whole);
    // A plural's parts keep their own term, as do the parts of a word that is no reduplication.
    CHECK(tokens[6].term == "anak");
    CHECK(tokens[7].term == "anak");
    CHECK(tokens[11].term == "jawa");
    CHECK(tokens[12].term == "bali");
    // anak-anak is one written word: its parts repeat the whole's term, so they are no occurrences of their own,
    // while jawa and bali are words the whole is not.
    CHECK(tokens[7].echoes_whole);
    CHECK(tokens[8].echoes_whole);
    CHECK_FALSE(tokens[11].echoes_whole);
    CHECK_FALSE(tokens[12].echoes_whole);
    // berpura-pura ("pretending") stems to the reduplication pura-pura: its parts are no temple (pura).
    CHECK(tokens[13].term == "pura-pura");
    CHECK(tokens[14].term == "pura-pura");
    CHECK(tokens[15].term == "pura-pura");
    // The snippet's lookup of a part gives what analyze() gave it.
    const auto spans = analyzer.word_spans(text);
    CHECK(analyzer.reduplication_term(text, spans[0], spans[1]) == "undang-undang");
    CHECK(analyzer.reduplication_term(text, spans[5], spans[6]).empty());  // anak-anak
    CHECK(analyzer.reduplication_term(text, spans[8], spans[9]).empty());  // jawa-bali
    CHECK(analyzer.reduplication_term(text, spans[10], spans[11]) == "pura-pura");
}

TEST_CASE("a reduplication kept whole, written with a space for its hyphen, is read as if hyphenated",
          "[analyzer]") {
    SKIP_WITHOUT_HUNSPELL_ID();
    telusur::Analyzer analyzer(telusur::make_indonesian_stemmer());
    const std::string text = "Undang Undang itu untuk anak anak, bukan hati hati hati.";
    const auto tokens = analyzer.analyze(text);
    REQUIRE(words(tokens) == std::vector<std::string>{"undang-undang", "undang", "undang", "itu", "untuk", "anak",
                                                      "anak", "bukan", "hati", "hati", "hati"});
    CHECK(tokens[0].compound);
    CHECK(source(text, tokens[0]) == "Undang Undang");
    CHECK(tokens[0].term == "undang-undang");
    CHECK(tokens[1].term == "undang-undang");  // as the parts of undang-undang
    CHECK(tokens[2].position == 1);
    CHECK(tokens[3].position == 2);
    // A plural written with a space stays two words, as before: their stem is the base word anyway.
    CHECK_FALSE(tokens[5].compound);
    CHECK(tokens[5].term == "anak");
    // The same rule where a snippet or a query asks which words are one.
    const auto spans = analyzer.word_spans(text);
    CHECK(analyzer.joins_words(text, spans[0], spans[1]));
    CHECK_FALSE(analyzer.joins_words(text, spans[1], spans[2]));
    CHECK_FALSE(analyzer.joins_words(text, spans[4], spans[5]));  // anak anak
    CHECK(analyzer.reduplication_term(text, spans[0], spans[1]) == "undang-undang");
    // Said three times, a word is no reduplication, even one the stemmer keeps whole.
    const std::string thrice = "undang undang undang";
    const auto three = analyzer.word_spans(thrice);
    CHECK_FALSE(analyzer.joins_words(thrice, three[0], three[1]));
    CHECK_FALSE(analyzer.joins_words(thrice, three[1], three[2]));
}

TEST_CASE("with a stemmer that leaves every reduplication whole, the parts keep their own terms", "[analyzer]") {
    SKIP_WITHOUT_HUNSPELL_ID();
    telusur::StemmerOptions light;
    light.mode = telusur::StemMode::light;
    std::vector<std::unique_ptr<telusur::Stemmer>> stemmers;
    stemmers.push_back(telusur::make_indonesian_stemmer(light));
    stemmers.push_back(telusur::make_snowball_stemmer());
    for (auto& stemmer : stemmers) {
        telusur::Analyzer analyzer(std::move(stemmer));
        const auto tokens = analyzer.analyze("anak-anak undang-undang");
        REQUIRE(tokens.size() == 6);
        CHECK(tokens[0].term == "anak-anak");  // left whole: a plural, for all this stemmer knows
        CHECK(tokens[1].term == "anak");
        CHECK(tokens[4].term == "undang");
        CHECK(tokens[5].term == "undang");
    }
}

TEST_CASE("positions count on from the given first position", "[analyzer]") {
    auto analyzer = make_analyzer();
    const auto tokens = analyzer.analyze("Karang Taruna", 100);
    REQUIRE(tokens.size() == 2);
    CHECK(tokens[0].position == 100);
    CHECK(tokens[1].position == 101);
}

TEST_CASE("se- with a capitalised noun: the whole and its parts", "[analyzer]") {
    auto analyzer = make_analyzer();
    const auto tokens = analyzer.analyze("se-Kabupaten Blora");
    REQUIRE(words(tokens) == std::vector<std::string>{"se-kabupaten", "se", "kabupaten", "blora"});
    CHECK(tokens[0].compound);
    CHECK(tokens[0].position == tokens[1].position);
    CHECK(tokens[2].position == tokens[1].position + 1);
}

TEST_CASE("a hyphenated name with digits stays as written, unstemmed", "[analyzer]") {
    auto analyzer = make_analyzer();
    const auto tokens = analyzer.analyze("vaksinasi Covid-19");
    REQUIRE(words(tokens) == std::vector<std::string>{"vaksinasi", "covid-19", "covid", "19"});
    const auto& whole = token_of(tokens, "covid-19");
    CHECK(whole.compound);
    CHECK(whole.term == "covid19");  // as Covid19 is written too
    CHECK(token_of(tokens, "covid").term == "covid");
    CHECK(token_of(tokens, "19").term == "19");
}

TEST_CASE("a word joined by a hyphen has the term of its letters written together, as news writes it both ways",
          "[analyzer]") {
    SKIP_WITHOUT_HUNSPELL_ID();
    telusur::Analyzer analyzer(telusur::make_indonesian_stemmer());
    const auto term_of = [&](std::string_view text) { return analyzer.analyze(text).at(0).term; };
    for (const auto& [hyphenated, together] : std::vector<std::pair<std::string, std::string>>{
             {"K-pop", "Kpop"}, {"e-commerce", "ecommerce"}, {"E-KTP", "eKTP"}, {"non-aktif", "nonaktif"},
             {"pasca-gempa", "pascagempa"}, {"anti-korupsi", "antikorupsi"}, {"Covid-19", "Covid19"},
             {"co-working", "coworking"}, {"G-20", "G20"}}) {
        INFO(hyphenated);
        const auto tokens = analyzer.analyze(hyphenated);
        REQUIRE(tokens.size() == 3);
        CHECK(tokens[0].compound);
        CHECK(tokens[0].term == term_of(together));
        CHECK(tokens[0].term.find('-') == std::string::npos);
        // The parts keep their own terms: korupsi finds anti-korupsi.
        CHECK_FALSE(tokens[1].echoes_whole);
        CHECK(tokens[2].term == term_of(std::string(hyphenated.substr(hyphenated.find('-') + 1))));
    }
    // A reduplication the stemmer keeps whole keeps its hyphen, one it reads has its root, and numbers stay as
    // written: 1-0 is a score, not ten.
    CHECK(term_of("kupu-kupu") == "kupu-kupu");
    CHECK(term_of("Undang-Undang") == "undang-undang");
    CHECK(term_of("anak-anak") == "anak");
    CHECK(term_of("se-Kabupaten") == "kabupaten");
    CHECK(term_of("1-0") == "1-0");
    CHECK(term_of("2019-2020") == "2019-2020");
    // Words of more parts, or joined by a dot, keep their joins.
    CHECK(term_of("kompas.com") == "kompas.com");
    CHECK(term_of("jawa-bali-nusa") == "jawa-bali-nusa");
    // The snippet's lookup of a joined word gives what analyze() gave it.
    const std::string text = "konser K-pop";
    const auto spans = analyzer.word_spans(text);
    CHECK(analyzer.whole_term(text, spans[1], spans[2]) == term_of("kpop"));
}

TEST_CASE("an acronym with digits is one token, unchanged by stemming", "[analyzer]") {
    auto analyzer = make_analyzer();
    const std::string text = "Dinsos P3A Blora";
    const auto tokens = analyzer.analyze(text);
    REQUIRE(words(tokens) == std::vector<std::string>{"dinsos", "p3a", "blora"});
    const auto& p3a = token_of(tokens, "p3a");
    CHECK(p3a.term == "p3a");
    CHECK(source(text, p3a) == "P3A");
}

TEST_CASE("numbers with thousands and decimal separators stay whole", "[analyzer]") {
    auto analyzer = make_analyzer();
    const std::string text = "Sebanyak 1.250 warga, 57,8 persen, pada 2019.";
    const auto tokens = analyzer.analyze(text);
    CHECK(words(tokens) == std::vector<std::string>{"sebanyak", "1.250", "warga", "57,8", "persen", "pada", "2019"});
    for (const char* number : {"1.250", "57,8", "2019"}) {
        const auto& token = token_of(tokens, number);
        CHECK(token.term == number);
        CHECK(source(text, token) == number);
    }
}

TEST_CASE("a domain is one token, and also its parts", "[analyzer]") {
    auto analyzer = make_analyzer();
    const std::string text = "BLORA, (blora-ekspres.com) \u2013 Dinas Sosial";
    const auto tokens = analyzer.analyze(text);
    const auto& domain = token_of(tokens, "blora-ekspres.com");
    CHECK(domain.compound);
    CHECK(source(text, domain) == "blora-ekspres.com");
    CHECK(domain.term == "blora-ekspres.com");
    // The parts follow the whole, at its position and the next.
    const auto at = static_cast<std::size_t>(&domain - tokens.data());
    REQUIRE(at + 2 < tokens.size());
    CHECK(tokens[at + 1].word == "blora");
    CHECK(tokens[at + 1].position == domain.position);
    CHECK(tokens[at + 2].word == "ekspres");
    CHECK(tokens[at + 2].position == domain.position + 1);
    REQUIRE(at + 3 < tokens.size());
    CHECK(tokens[at + 3].word == "com");
    CHECK(tokens[at + 3].position == domain.position + 2);
    const std::vector<std::string> all = words(tokens);
    CHECK(std::count(all.begin(), all.end(), "blora-ekspres.com") == 1);
}

TEST_CASE("words a dot joins are kept whole and also as their parts", "[analyzer]") {
    auto analyzer = make_analyzer();
    // A space missed after a full stop, as scraped text often has it: both words must still be found.
    const std::string text = "Hujan di Blora.Warga mengungsi";
    const auto tokens = analyzer.analyze(text);
    REQUIRE(words(tokens) == std::vector<std::string>{"hujan", "di", "blora.warga", "blora", "warga", "mengungsi"});
    const auto& whole = token_of(tokens, "blora.warga");
    CHECK(whole.compound);
    CHECK(source(text, whole) == "Blora.Warga");
    CHECK(source(text, token_of(tokens, "warga")) == "Warga");
    CHECK(token_of(tokens, "blora").position == whole.position);
    CHECK(token_of(tokens, "warga").position == whole.position + 1);
    CHECK(token_of(tokens, "mengungsi").position == whole.position + 2);
}

TEST_CASE("a long chain of dotted words is its words", "[analyzer]") {
    auto analyzer = make_analyzer();
    // A headline slug: too many parts to be one word, so only the parts are kept.
    const auto tokens = analyzer.analyze("liverpool.jeda.bertanding.16.hari");
    CHECK(words(tokens) == std::vector<std::string>{"liverpool", "jeda", "bertanding", "16", "hari"});
    for (const auto& token : tokens) CHECK_FALSE(token.compound);
}

TEST_CASE("a dot between digits, or at the end of a word, joins nothing", "[analyzer]") {
    auto analyzer = make_analyzer();
    CHECK(words(analyzer.analyze("Rp1.250.000 dan 3.14")) == std::vector<std::string>{"rp1.250.000", "dan", "3.14"});
    CHECK(words(analyzer.analyze("Selesai. Warga pulang.")) == std::vector<std::string>{"selesai", "warga", "pulang"});
}

TEST_CASE("byte offsets point at the word in the original text", "[analyzer]") {
    auto analyzer = make_analyzer();
    // Multi-byte characters before the words: the offsets are bytes, not characters.
    const std::string text = "\u201cKarang Taruna\u201d \u2013 Dinsos P3A menggelar Bimtek di Cepu, Blora";
    const auto tokens = analyzer.analyze(text);
    check_offsets(text, tokens);
    REQUIRE(tokens.size() == 9);
    for (const auto& token : tokens) {
        INFO(token.word);
        CHECK(analyzer.fold(source(text, token)) == token.word);
    }
    CHECK(source(text, token_of(tokens, "karang")) == "Karang");
    CHECK(token_of(tokens, "karang").begin == 3);
    CHECK(source(text, token_of(tokens, "menggelar")) == "menggelar");
}

TEST_CASE("an affixed word is stored under its stem", "[analyzer]") {
    auto analyzer = make_analyzer();
    const auto tokens = analyzer.analyze("menggelar digelar");
    REQUIRE(tokens.size() == 2);
    CHECK(tokens[0].word == "menggelar");
    CHECK(tokens[0].term != "menggelar");
    CHECK_FALSE(tokens[0].term.empty());
    CHECK(tokens[0].term == analyzer.stemmer().stem("menggelar"));
    // The same root with another affix meets it.
    CHECK(tokens[1].term == tokens[0].term);
}

TEST_CASE("a function word spelled as a root is indexed apart from the root's derived words", "[analyzer]") {
    SKIP_WITHOUT_HUNSPELL_ID();
    telusur::Analyzer analyzer(telusur::make_indonesian_stemmer());
    // ada ("there is") is no mengadakan ("to hold"); pukul ("o'clock") no pemukulan ("assault").
    const auto tokens = analyzer.analyze("Ada warga yang mengadakan rapat pukul 10.00, lalu terjadi pemukulan.");
    CHECK(token_of(tokens, "ada").term == "XFada");
    CHECK(token_of(tokens, "mengadakan").term == "ada");
    CHECK(token_of(tokens, "pukul").term == "XFpukul");
    CHECK(token_of(tokens, "pemukulan").term == "pukul");
    CHECK(token_of(tokens, "ada").stopword);  // still a stopword for the query
    for (const char* word : {"bagi", "baginya", "sebagian", "dapat", "sampai", "tetap", "paling", "adanya", "diri",
                             "dirinya", "kala", "lalu", "dalam", "dalamnya", "didalam", "aku", "sebuah", "seekor", "nanti",
                             "tentang", "hampir", "sudah", "untuk", "kecuali", "sesuai", "serta", "amat"}) {
        INFO(word);
        CHECK(analyzer.analyze(word).at(0).term == std::string("XF") + word);
    }
    for (const auto& [word, root] : std::vector<std::pair<const char*, const char*>>{
             {"pembagian", "bagi"}, {"mendapatkan", "dapat"}, {"menyampaikan", "sampai"}, {"menetapkan", "tetap"},
             {"berpaling", "paling"}, {"berdiri", "diri"}, {"mendirikan", "diri"}, {"berkala", "kala"},
             {"dilalui", "lalu"}, {"kedalaman", "dalam"}, {"mendalami", "dalam"}, {"mengakui", "aku"},
             {"pengakuan", "aku"}, {"akunya", "aku"}, {"buah-buahan", "buah"}, {"ekornya", "ekor"},
             {"menantikan", "nanti"}, {"bertentangan", "tentang"}, {"menghampiri", "hampir"}, {"menyudahi", "sudah"},
             {"diperuntukkan", "untuk"}, {"pengecualian", "kecuali"}, {"penyesuaian", "sesuai"}, {"peserta", "serta"},
             {"pengamat", "amat"}}) {
        INFO(word);
        CHECK(analyzer.analyze(word).at(0).term == root);
    }
    // The term of a word span gives the same, for snippets.
    const std::string text = "pukul 10.00";
    CHECK(analyzer.term(text, analyzer.word_spans(text).at(0)) == "XFpukul");
}

TEST_CASE("a derived word keeps its form as written beside its stem, without its clitics", "[analyzer]") {
    SKIP_WITHOUT_HUNSPELL_ID();
    telusur::Analyzer analyzer(telusur::make_indonesian_stemmer());
    const auto tokens =
        analyzer.analyze("Warga Bekasi menjalaninya di jalan, bukunya ada, ada-ada saja, perjalanannya 2019.");
    CHECK(token_of(tokens, "menjalaninya").term == "jalan");
    CHECK(token_of(tokens, "menjalaninya").form == "menjalani");
    CHECK(token_of(tokens, "perjalanannya").term == "jalan");
    CHECK(token_of(tokens, "perjalanannya").form == "perjalanan");
    // A word that is its own term, or differs from it by its clitics only, needs none: its term says it all.
    CHECK(token_of(tokens, "jalan").form.empty());
    CHECK(token_of(tokens, "bukunya").form.empty());
    CHECK(token_of(tokens, "warga").form.empty());
    // Nor a stopword, a function word, a number, or a joined whole (its parts have theirs).
    CHECK(token_of(tokens, "di").form.empty());
    CHECK(token_of(tokens, "ada").form.empty());
    CHECK(token_of(tokens, "2019").form.empty());
    CHECK(token_of(tokens, "ada-ada").form.empty());
    // Letters of the root that spell a clitic stay (bertanya is ber- + tanya), and a derived word loses its clitics
    // whether or not the dictionary lists it.
    const auto more = analyzer.analyze("Dia bertanya, membuatku menikah.");
    CHECK(token_of(more, "bertanya").form == "bertanya");
    CHECK(token_of(more, "membuatku").form == "membuat");
    CHECK(token_of(more, "menikah").form == "menikah");
    CHECK(token_of(more, "menikah").term == "nikah");
    // Nor a name the stemmer would take for a derived word: it is left whole.
    analyzer.set_proper_nouns({"pemalang"});
    CHECK(analyzer.analyze("Pemalang").at(0).term == "pemalang");
    CHECK(analyzer.analyze("Pemalang").at(0).form.empty());
    // Snowball has no clitics to take off: the word as written.
    telusur::Analyzer snowball(telusur::make_snowball_stemmer());
    CHECK(snowball.analyze("menjalaninya").at(0).form == "menjalaninya");
}

TEST_CASE("stopwords are flagged and still kept", "[analyzer]") {
    auto analyzer = make_analyzer();
    const auto tokens = analyzer.analyze("warga yang tinggal di Blora");
    REQUIRE(words(tokens) == std::vector<std::string>{"warga", "yang", "tinggal", "di", "blora"});
    CHECK(token_of(tokens, "yang").stopword);
    CHECK(token_of(tokens, "di").stopword);
    CHECK_FALSE(token_of(tokens, "blora").stopword);
    CHECK_FALSE(token_of(tokens, "warga").stopword);
    CHECK(analyzer.analyze("YANG").at(0).stopword);  // after case folding
    // Spoken forms of the list's words, as readers type them
    for (const char* spoken : {"gimana", "gak", "udah", "aja", "banget", "kalo"}) {
        INFO(spoken);
        CHECK(analyzer.analyze(spoken).at(0).stopword);
    }
    CHECK_FALSE(analyzer.analyze("nyari").at(0).stopword);
}

TEST_CASE("a word too long to be searched for gives no token and does not stop the rest", "[analyzer]") {
    auto analyzer = make_analyzer();
    const std::string huge(100000, 'a');
    CHECK(analyzer.analyze(huge).empty());
    const auto tokens = analyzer.analyze("banjir " + huge + " blora");
    CHECK(words(tokens) == std::vector<std::string>{"banjir", "blora"});
    for (const auto& token : tokens) CHECK(token.word.size() <= telusur::Analyzer::max_word_bytes);
    // A hyphenated whole too long to keep: only its short parts are kept.
    const auto parts = analyzer.analyze("anak-" + std::string(200, 'b') + "-anak");
    CHECK(words(parts) == std::vector<std::string>{"anak", "anak"});
}

TEST_CASE("emoji and punctuation give no tokens", "[analyzer]") {
    auto analyzer = make_analyzer();
    CHECK(analyzer.analyze("\U0001F600\U0001F44D \u2764\uFE0F").empty());
    CHECK(analyzer.analyze("!!! ... -- \u2013 \u2014 (?) \u201c\u201d ***").empty());
    CHECK(words(analyzer.analyze("banjir \U0001F30A lagi!!!")) == std::vector<std::string>{"banjir", "lagi"});
}

TEST_CASE("empty, blank and invalid input give no tokens", "[analyzer]") {
    auto analyzer = make_analyzer();
    CHECK(analyzer.analyze("").empty());
    CHECK(analyzer.analyze(std::string_view()).empty());
    CHECK(analyzer.analyze(" \t\r\n\u00a0").empty());
    CHECK(analyzer.analyze("\xFF\xFE\xC3").empty());
    CHECK(analyzer.analyze("-").empty());
}

TEST_CASE("full-width letters fold to the ASCII word (NFKC)", "[analyzer]") {
    auto analyzer = make_analyzer();
    const std::string text = "\uFF22\uFF2C\uFF2F\uFF32\uFF21";  // ＢＬＯＲＡ
    const auto tokens = analyzer.analyze(text);
    REQUIRE(tokens.size() == 1);
    CHECK(tokens[0].word == "blora");
    CHECK(tokens[0].term == "blora");
    CHECK(tokens[0].begin == 0);
    CHECK(tokens[0].end == text.size());
    CHECK(analyzer.fold(text) == "blora");
}

TEST_CASE("a non-breaking hyphen joins a word like the ASCII hyphen", "[analyzer]") {
    auto analyzer = make_analyzer();
    const std::string text = "anak\u2011anak";
    const auto tokens = analyzer.analyze(text);
    REQUIRE(words(tokens) == std::vector<std::string>{"anak-anak", "anak", "anak"});
    CHECK(tokens[0].compound);
    CHECK(tokens[0].term == analyzer.analyze("anak-anak").at(0).term);
    CHECK(source(text, tokens[0]) == text);
    CHECK(words(analyzer.analyze("anak\u2010anak")).at(0) == "anak-anak");  // U+2010 HYPHEN as well
}

TEST_CASE("a dash between spaces separates words rather than joining them", "[analyzer]") {
    auto analyzer = make_analyzer();
    CHECK(words(analyzer.analyze("Blora - Cepu")) == std::vector<std::string>{"blora", "cepu"});
    CHECK(words(analyzer.analyze("Blora \u2013 Cepu")) == std::vector<std::string>{"blora", "cepu"});
    CHECK(words(analyzer.analyze("Blora--Cepu")) == std::vector<std::string>{"blora", "cepu"});
}

TEST_CASE("a long hyphenated list is kept as its parts only", "[analyzer]") {
    auto analyzer = make_analyzer();
    const auto tokens = analyzer.analyze("2019-2020-2021-2022-2023");
    CHECK(words(tokens) == std::vector<std::string>{"2019", "2020", "2021", "2022", "2023"});
    for (const auto& token : tokens) CHECK_FALSE(token.compound);
}

TEST_CASE("the same word gives the same term however it is written", "[analyzer]") {
    auto analyzer = make_analyzer();
    const auto document = analyzer.analyze("Dinsos P3A menggelar Bimtek Karang Taruna Se-Kabupaten Blora");
    const auto query = analyzer.analyze("\uFF33\uFF25\u2011KABUPATEN MENGGELAR p3a");
    auto term_of = [](const std::vector<telusur::Token>& tokens, std::string_view word) {
        return token_of(tokens, word).term;
    };
    CHECK(term_of(query, "se-kabupaten") == term_of(document, "se-kabupaten"));
    CHECK(term_of(query, "menggelar") == term_of(document, "menggelar"));
    CHECK(term_of(query, "p3a") == term_of(document, "p3a"));
}

TEST_CASE("each word span holds the word of its position, and term gives the term analyze gives it", "[analyzer]") {
    auto analyzer = make_analyzer();
    // A word that case folding lengthens past what is indexed (U+FDFA: 3 bytes, 18 letters folded) is left out but
    // keeps its position; a joined whole shares its first part's.
    const std::string text = "Anak-anak MENGGELAR lomba di Covid-19, kata Dinsos Blora.  Sekolah-sekolah ditutup "
                             "\uFDFA\uFDFA\uFDFA s\u00E9kolah.";
    const std::vector<telusur::WordSpan> spans = analyzer.word_spans(text);
    const std::vector<telusur::Token> analysed = analyzer.analyze(text, spans, 1000);
    const std::size_t lengthened = text.find("\xEF\xB7\xBA");
    CHECK(std::none_of(analysed.begin(), analysed.end(), [&](const auto& t) { return t.begin == lengthened; }));
    CHECK(token_of(analysed, "sékolah").position == 1000 + spans.size() - 1);
    for (const telusur::Token& token : analysed) {
        INFO(token.word);
        REQUIRE(token.position - 1000 < spans.size());
        const telusur::WordSpan& span = spans[token.position - 1000];
        CHECK(token.begin == span.begin);
        if (token.compound) continue;
        CHECK(token.end == span.end);
        CHECK(analyzer.term(text, span) == token.term);
    }
}

TEST_CASE("the word spans of a text, found once, give the same tokens as analysing the text", "[analyzer]") {
    auto analyzer = make_analyzer();
    // Joined words, a dotted slug, a number, a word too long to index (it still takes a position), emoji.
    const std::string text = "Anak-anak di blora-ekspres.com: 1.250 warga " + std::string(80, 'x') +
                             " liverpool.jeda.bertanding \xF0\x9F\x98\x80 Se-Kabupaten Blora.";
    const std::vector<telusur::WordSpan> spans = analyzer.word_spans(text);
    const std::vector<telusur::Token> analysed = analyzer.analyze(text, 1000);
    const std::vector<telusur::Token> from_spans = analyzer.analyze(text, spans, 1000);
    REQUIRE(from_spans.size() == analysed.size());
    for (std::size_t i = 0; i < analysed.size(); ++i) {
        INFO(analysed[i].word);
        CHECK(from_spans[i].term == analysed[i].term);
        CHECK(from_spans[i].position == analysed[i].position);
        CHECK(from_spans[i].begin == analysed[i].begin);
        CHECK(from_spans[i].end == analysed[i].end);
        CHECK(from_spans[i].compound == analysed[i].compound);
    }
    CHECK(token_of(analysed, "liverpool").position == 1009);  // after the over-long word, which counted one
}
