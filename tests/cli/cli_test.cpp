// The telusur command end to end: it is run as a user runs it, and its output, errors and exit status checked.
#include "tests/command_runner.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>


using telusur::test::ScratchDir;
using telusur::test::write_file;

namespace {

using Run = telusur::test::CommandRun;

std::string quoted(const std::string& arg) {
    std::string q = "'";
    for (char c : arg) {
        if (c == '\'') q.append("'\\''");
        else q.push_back(c);
    }
    q.push_back('\'');
    return q;
}

// Runs `telusur ARGS...`, each argument quoted for the shell, optionally with `input` on standard input.
Run run_telusur(const std::vector<std::string>& args, const std::string& input = {}) {
    std::string arguments;
    for (const auto& arg : args) arguments.append(arguments.empty() ? "" : " ").append(quoted(arg));
    return telusur::test::run_command(arguments, input);
}

const std::string& sample_db() {
    static ScratchDir dir;
    static const std::string db = [] {
        const Run run = run_telusur({"index", "--db", dir / "db", telusur::test::sample_dir.string()});
        INFO(run.err);
        REQUIRE(run.status == 0);
        return dir / "db";
    }();
    return db;
}

}  // namespace

TEST_CASE("telusur index prints a summary of the run", "[cli]") {
    ScratchDir dir;
    const Run run = run_telusur({"index", "--db", dir / "db", telusur::test::sample_dir.string()});
    CHECK(run.status == 0);
    CHECK_THAT(run.out, Catch::Matches("read (\\d+), indexed \\1 \\(replaced 0\\), rejected 0 in [0-9.]+ s, \\d+ docs/s\n"));
    SECTION("and running it again replaces every article") {
        const Run again = run_telusur({"index", "--db", dir / "db", telusur::test::sample_dir.string()});
        CHECK_THAT(again.out, Catch::Matches("read (\\d+), indexed \\1 \\(replaced \\1\\).*\n"));
    }
}

TEST_CASE("telusur search --json ranks the seed article first for karang taruna blora", "[cli]") {
    const Run run = run_telusur({"search", "--db", sample_db(), "--json", "karang taruna blora"});
    REQUIRE(run.status == 0);
    const auto json = nlohmann::json::parse(run.out);
    CHECK(json["query"] == "karang taruna blora");
    CHECK(json["total"].get<int>() >= 2);
    CHECK(json["complete"].get<int>() >= 1);
    CHECK(json["complete"].get<int>() <= json["total"].get<int>());
    const auto& first = json["hits"].at(0);
    CHECK(first["id"] == "000_804e0742f2996cee");
    CHECK(first["rank"] == 1);
    CHECK(first["title"] == "Dinsos P3A Gelar Bimtek Karang Taruna Se-Kabupaten Blora");
    CHECK(first["date"] == "2020-10-28");
    CHECK(first["source"] == "blora-ekspres.com");
    CHECK(first["url"].is_null());
    CHECK(first["score"].get<double>() > 0);
    CHECK_THAT(first["snippet"].get<std::string>(), Catch::Contains("**Blora**"));
}

TEST_CASE("telusur search prints ranked hits with plain highlight markers when not on a terminal", "[cli]") {
    const Run run = run_telusur({"search", "--db", sample_db(), "--limit", "3", "karang", "taruna", "blora"});
    REQUIRE(run.status == 0);
    CHECK_THAT(run.out, Catch::StartsWith("  1. Dinsos P3A Gelar Bimtek Karang Taruna Se-Kabupaten Blora\n"));
    CHECK_THAT(run.out, Catch::Contains("2020-10-28 \u00b7 blora-ekspres.com"));
    CHECK_THAT(run.out, Catch::Contains("**Karang** **Taruna**"));
    CHECK_THAT(run.out, Catch::Contains("Matches: "));
    CHECK(run.out.find("\033[") == std::string::npos);
}

TEST_CASE("telusur search --auto-correct says which query it shows", "[cli]") {
    const Run run = run_telusur({"search", "--db", sample_db(), "--auto-correct", "kabupatn", "blora"});
    REQUIRE(run.status == 0);
    CHECK_THAT(run.out,
               Catch::Contains("No article has every word of \"kabupatn blora\"; showing \"kabupaten blora\"."));
    CHECK_THAT(run.out, !Catch::Contains("-- matching some of the words --\n\n  1."));
    CHECK_THAT(run_telusur({"search", "--db", sample_db(), "kabupatn", "blora"}).out,
               Catch::Contains("Did you mean: kabupaten blora") && Catch::StartsWith("-- matching some of the words --"));
}

TEST_CASE("telusur search pages with --offset", "[cli]") {
    const auto page = [](const char* offset) {
        return nlohmann::json::parse(run_telusur({"search", "--db", sample_db(), "--json", "--limit", "2", "--offset", offset, "banjir"}).out);
    };
    CHECK(page("2")["hits"].at(0)["rank"] == 3);
    CHECK(page("0")["hits"].at(0)["id"] != page("2")["hits"].at(0)["id"]);
    // A page past the matches is not "no articles match": the text says which it is, and counts the matches.
    const Run past = run_telusur({"search", "--db", sample_db(), "--offset", "1000", "banjir"});
    CHECK(past.status == 0);
    CHECK_THAT(past.out, Catch::Contains("--offset 1000 is past the matches") && !Catch::Contains("No articles match"));
    CHECK_THAT(run_telusur({"search", "--db", sample_db(), "--limit", "0", "banjir"}).out,
               !Catch::Contains("No articles") && Catch::Contains("Matches"));
    CHECK_THAT(run_telusur({"search", "--db", sample_db(), "zzzzqqqq"}).out, Catch::Contains("No articles match"));
}

TEST_CASE("telusur search folds near-duplicates into one hit and --no-collapse shows them apart", "[cli][duplicates]") {
    const auto ids = [](const nlohmann::json& out) {
        std::vector<std::string> result;
        for (const auto& hit : out["hits"]) result.push_back(hit["id"]);
        return result;
    };
    const auto folded = nlohmann::json::parse(run_telusur({"search", "--db", sample_db(), "--json", "banjir", "blora", "bpbd"}).out);
    REQUIRE_FALSE(folded["hits"].empty());
    CHECK(folded["hits"].at(0)["id"] == "sample-001");
    CHECK(folded["hits"].at(0)["duplicates"] == nlohmann::json::array({"sample-038"}));
    const auto all = nlohmann::json::parse(
        run_telusur({"search", "--db", sample_db(), "--json", "--no-collapse", "banjir", "blora", "bpbd"}).out);
    const auto shown = ids(all);
    CHECK(std::count(shown.begin(), shown.end(), "sample-038") == 1);
    CHECK(all["total"] == folded["total"].get<int>() + 1);
    CHECK_THAT(run_telusur({"search", "--db", sample_db(), "banjir", "blora", "bpbd"}).out,
               Catch::Contains("+ 1 near-identical: sample-038"));
}

TEST_CASE("telusur search shows the first six places of a hit and counts the rest", "[cli]") {
    ScratchDir dir;
    write_file(dir / "roundup.jsonl",
               R"({"id": "roundup", "title": "Daerah rawan kekeringan", "body": "Kekeringan melanda Kabupaten Blora, )"
               R"(Kabupaten Rembang, Kabupaten Pati, Kabupaten Kudus, Kabupaten Jepara, Kabupaten Demak, Kabupaten )"
               R"(Grobogan dan Kabupaten Cilacap."})"
               "\n");
    REQUIRE(run_telusur({"index", "--db", dir / "db", dir / "roundup.jsonl"}).status == 0);
    const auto json = nlohmann::json::parse(run_telusur({"search", "--db", dir / "db", "--json", "kekeringan"}).out);
    const auto places = json["hits"].at(0)["places"].get<std::vector<std::string>>();
    REQUIRE(places.size() >= 8);  // --json lists them all
    std::string first_six;
    for (std::size_t i = 0; i < 6; ++i) first_six.append(i ? "; " : "").append(places[i]);
    const Run text = run_telusur({"search", "--db", dir / "db", "kekeringan"});
    CHECK_THAT(text.out, Catch::Contains("     places: " + first_six + " (and " + std::to_string(places.size() - 6) +
                                         " more)\n"));
}

TEST_CASE("telusur stats describes the index", "[cli]") {
    const Run run = run_telusur({"stats", "--db", sample_db(), "--json"});
    REQUIRE(run.status == 0);
    const auto json = nlohmann::json::parse(run.out);
    CHECK(json["documents"].get<int>() >= 31);
    CHECK(json["first_date"].get<std::string>() < json["last_date"].get<std::string>());
    CHECK(json["bytes"].get<long>() > 0);
    CHECK(json["sources"].size() >= 2);
    CHECK_THAT(run_telusur({"stats", "--db", sample_db()}).out, Catch::Contains("documents"));
}

TEST_CASE("telusur eval prints MRR, nDCG and recall and writes a run file", "[cli]") {
    ScratchDir dir;
    write_file(dir.path() / "topics.tsv", "q1\tkarang taruna blora\n");
    write_file(dir.path() / "qrels.txt", "q1 0 000_804e0742f2996cee 1\n");
    const Run run = run_telusur({"eval", "--db", sample_db(), "--topics", dir / "topics.tsv", "--qrels", dir / "qrels.txt",
                             "--run", dir / "run.txt"});
    REQUIRE(run.status == 0);
    CHECK(run.out == "MRR@10 1.0000\nnDCG@10 1.0000\nRecall@100 1.0000\n");
    CHECK_THAT(telusur::test::read_file(dir.path() / "run.txt"), Catch::StartsWith("q1 Q0 000_804e0742f2996cee 1 "));
}

TEST_CASE("telusur index reads standard input", "[cli]") {
    ScratchDir dir;
    const Run run = run_telusur({"index", "--db", dir / "db", "-"},
                            R"({"id": "s1", "title": "Dari stdin", "body": "Embung baru di Kediri."})" "\n");
    CHECK(run.status == 0);
    const auto json = nlohmann::json::parse(run_telusur({"search", "--db", dir / "db", "--json", "embung"}).out);
    CHECK(json["hits"].at(0)["id"] == "s1");
}

TEST_CASE("telusur remove takes articles out by id, from the command line, a file or standard input", "[cli]") {
    ScratchDir dir;
    std::string lines;
    for (int i = 1; i <= 5; ++i)
        lines += R"({"id": "b)" + std::to_string(i) + R"(", "body": "Embung nomor)" + std::to_string(i) + R"( di Kediri."})" "\n";
    write_file(dir / "in.jsonl", lines);
    REQUIRE(run_telusur({"index", "--db", dir / "db", dir / "in.jsonl"}).status == 0);
    const auto found = [&] {
        std::vector<std::string> ids;
        const auto json = nlohmann::json::parse(run_telusur({"search", "--db", dir / "db", "--json", "embung"}).out);
        for (const auto& hit : json["hits"]) ids.push_back(hit["id"]);
        std::sort(ids.begin(), ids.end());
        return ids;
    };

    const Run run = run_telusur({"remove", "--db", dir / "db", "b1"});
    CHECK(run.status == 0);
    CHECK(run.out == "removed 1, not in the index 0\n");
    CHECK(found() == std::vector<std::string>{"b2", "b3", "b4", "b5"});

    write_file(dir / "takedown.txt", "b2\n\n  b3  \n");
    const Run listed = run_telusur({"remove", "--db", dir / "db", "--ids", dir / "takedown.txt", "b9"});
    CHECK(listed.status == 3);  // done, but an id was not in the index: named on stderr
    CHECK(listed.out == "removed 2, not in the index 1\n");
    CHECK(listed.err == "not in the index: b9\n");
    CHECK(found() == std::vector<std::string>{"b4", "b5"});

    CHECK(run_telusur({"remove", "--db", dir / "db", "--ids", "-"}, "b4\n").status == 0);
    CHECK(found() == std::vector<std::string>{"b5"});

    SECTION("mistakes: no ids, an unreadable list, no index") {
        const Run none = run_telusur({"remove", "--db", dir / "db"});
        CHECK(none.status == 2);
        CHECK(none.error_lines() == 1);
        const Run unreadable = run_telusur({"remove", "--db", dir / "db", "--ids", dir / "absent.txt"});
        CHECK(unreadable.status == 1);
        CHECK_THAT(unreadable.err, Catch::Contains("absent.txt") && Catch::Contains("cannot read"));
        const Run absent = run_telusur({"remove", "--db", dir / "absent", "b5"});
        CHECK(absent.status == 1);
        CHECK_THAT(absent.err, Catch::Contains("no index here"));
        CHECK(found() == std::vector<std::string>{"b5"});
    }
}

TEST_CASE("telusur show prints articles in full by id, as text or JSON", "[cli]") {
    const Run text = run_telusur({"show", "--db", sample_db(), "000_804e0742f2996cee"});
    CHECK(text.status == 0);
    CHECK_THAT(text.out, Catch::StartsWith("Dinsos P3A Gelar Bimtek Karang Taruna Se-Kabupaten Blora\n2020-10-28 \u00b7 "
                                           "blora-ekspres.com"));
    CHECK_THAT(text.out, Catch::Contains("Karang Taruna"));
    const Run json = run_telusur({"show", "--db", sample_db(), "--json", "000_804e0742f2996cee", "tidak-ada"});
    CHECK(json.status == 3);  // done, but an id was not in the index: named on stderr
    CHECK(json.err == "not in the index: tidak-ada\n");
    const auto shown = nlohmann::json::parse(json.out);
    REQUIRE(shown.size() == 1);
    CHECK(shown[0]["id"] == "000_804e0742f2996cee");
    CHECK(shown[0]["date"] == "2020-10-28");
    CHECK(shown[0]["url"].is_null());
    CHECK(shown[0]["body"].get<std::string>().size() > 500);
    CHECK(run_telusur({"show", "--db", sample_db()}).status == 2);
}

TEST_CASE("help explains the commands and their options", "[cli]") {
    const Run help = run_telusur({"--help"});
    CHECK(help.status == 0);
    for (const char* command : {"index", "search", "show", "eval", "stats", "remove"})
        CHECK_THAT(help.out, Catch::Contains(command));
    const Run search = run_telusur({"search", "--help"});
    CHECK(search.status == 0);
    for (const char* option : {"--db", "--limit", "--offset", "--json"}) CHECK_THAT(search.out, Catch::Contains(option));
    CHECK_THAT(run_telusur({"index", "--help"}).out, Catch::Contains("--format"));
    CHECK_THAT(run_telusur({"eval", "--help"}).out, Catch::Contains("--qrels"));
}

TEST_CASE("mistakes get one clear line on stderr and the documented exit status", "[cli]") {
    ScratchDir dir;
    SECTION("a bad option is a usage error") {
        const Run run = run_telusur({"search", "--db", sample_db(), "--bogus", "banjir"});
        CHECK(run.status == 2);
        CHECK(run.error_lines() == 1);
        CHECK_THAT(run.err, Catch::Contains("--bogus"));
    }
    SECTION("a word to leave out, written before --, reads as an option: the message says where it goes") {
        const Run run = run_telusur({"search", "--db", sample_db(), "banjir", "-bekasi"});
        CHECK(run.status == 2);
        CHECK(run.error_lines() == 1);
        CHECK_THAT(run.err, Catch::Contains("-- '... -bekasi'"));
        const Run after = run_telusur({"search", "--db", sample_db(), "--", "banjir -bekasi"});
        CHECK(after.status == 0);
    }
    SECTION("a day no calendar has is a usage error naming its position, not an empty result") {
        const Run run = run_telusur({"search", "--db", sample_db(), "banjir tanggal:2019-02-30"});
        CHECK(run.status == 2);
        CHECK(run.error_lines() == 1);
        CHECK_THAT(run.err, Catch::Contains("position 16"));
    }
    SECTION("a negative ranking weight is a usage error naming the option") {
        const Run run = run_telusur({"search", "--db", sample_db(), "--form-weight", "-1", "banjir"});
        CHECK(run.status == 2);
        CHECK(run.error_lines() == 1);
        CHECK_THAT(run.err, Catch::Contains("--form-weight"));
        CHECK(run_telusur({"search", "--db", sample_db(), "--form-weight", "0", "banjir"}).status == 0);
    }
    SECTION("an unknown command is a usage error") {
        CHECK(run_telusur({"serch"}).status == 2);
    }
    SECTION("a missing --db is a usage error") {
        const Run run = run_telusur({"search", "banjir"});
        CHECK(run.status == 2);
        CHECK_THAT(run.err, Catch::Contains("db"));
    }
    SECTION("an unknown format is a usage error") {
        CHECK(run_telusur({"index", "--db", dir / "db", "--format", "xml", "x"}).status == 2);
    }
    SECTION("a missing index is a runtime error") {
        const Run run = run_telusur({"search", "--db", dir / "absent", "banjir"});
        CHECK(run.status == 1);
        CHECK(run.error_lines() == 1);
        CHECK_THAT(run.err, Catch::Contains("no index"));
    }
    SECTION("a query that cannot be parsed names the position") {
        const Run run = run_telusur({"search", "--db", sample_db(), "banjir \"bekasi"});
        CHECK(run.status == 2);
        CHECK(run.error_lines() == 1);
        CHECK_THAT(run.err, Catch::Contains("position 8"));
    }
    SECTION("an unreadable path and bad lines are rejected by name, the rest indexed, status 3") {
        write_file(dir.path() / "mixed.jsonl", R"({"id": "m1", "body": "Pasar murah digelar."})" "\n{oops\n");
        const Run run = run_telusur({"index", "--db", dir / "db", dir / "mixed.jsonl", dir / "absent.jsonl"});
        CHECK(run.status == 3);
        CHECK_THAT(run.err, Catch::Contains("mixed.jsonl:2"));
        CHECK_THAT(run.err, Catch::Contains("absent.jsonl"));
        CHECK_THAT(run.out, Catch::Contains("indexed 1"));
        CHECK_THAT(run.out, Catch::Contains("rejected 2"));
    }
}
