// telusur index --rejects FILE: every rejected article is kept, as read and with its reason, to repair and index again.
#include "tests/reliability/reliability_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace telusur::test;
using Json = nlohmann::json;

namespace {

std::vector<Json> records(const std::string& path) {
    std::vector<Json> result;
    std::istringstream in(read_file(path));
    for (std::string line; std::getline(in, line);) result.push_back(Json::parse(line));
    return result;
}

}  // namespace

TEST_CASE("telusur index --rejects keeps each rejected line or file with its reason, and the repaired lines index",
          "[reliability][rejects][cli]") {
    ScratchDir dir;
    const std::string no_body = R"({"id": "r2", "title": "Rapat", "body": ""})";
    const std::string broken = R"({"id": "r3", "body": "Rapat desa)";
    write_file(dir.path() / "in" / "a.jsonl", R"({"id": "r1", "body": "Posyandu dibuka kembali."})" "\n" + no_body +
                                                  "\n" + broken + "\n");
    write_file(dir.path() / "in" / "b-image.bin", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    write_file(dir.path() / "in" / "c-page.txt", "Judul Saja\n");

    const CommandRun run = run_command("index --db '" + (dir / "db") + "' --rejects '" + (dir / "rejects.jsonl") +
                                       "' '" + (dir / "in") + "'");
    CHECK(run.status == 3);
    const std::vector<Json> kept = records(dir / "rejects.jsonl");
    REQUIRE(kept.size() == 4);
    CHECK(kept[0]["file"].get<std::string>().ends_with("a.jsonl"));
    CHECK(kept[0]["line"] == 2);
    CHECK_THAT(kept[0]["reason"].get<std::string>(), Catch::Contains("no body"));
    CHECK(kept[0]["input"] == no_body);
    CHECK(kept[1]["line"] == 3);
    CHECK(kept[1]["input"] == broken);
    CHECK(kept[2]["file"].get<std::string>().ends_with("b-image.bin"));
    CHECK_THAT(kept[2]["reason"].get<std::string>(), Catch::Contains("binary"));
    CHECK(kept[2]["input"].get<std::string>().size() >= 10);  // the bytes that are not UTF-8 stand as U+FFFD
    CHECK(kept[3]["file"].get<std::string>().ends_with("c-page.txt"));
    CHECK(kept[3]["input"] == "Judul Saja\n");

    // Repair the two JSON lines from the rejects file, index them, and every article is there.
    std::string repaired;
    for (const Json& record : kept) {
        if (!record["file"].get<std::string>().ends_with(".jsonl")) continue;
        std::string line = record["input"];
        if (record["line"] == 2) line.replace(line.find(R"("body": "")"), 10, R"("body": "Rapat warga digelar.")");
        else line += R"("})";
        repaired += line + "\n";
    }
    write_file(dir.path() / "repaired.jsonl", repaired);
    const CommandRun again = run_command("index --db '" + (dir / "db") + "' --rejects '" + (dir / "rejects.jsonl") +
                                         "' '" + (dir / "repaired.jsonl") + "'");
    CHECK(again.status == 0);
    CHECK(read_file(dir.path() / "rejects.jsonl").empty());  // this run's rejects: none
    const auto contents = index_contents(dir / "db");
    CHECK(contents.size() == 3);
    CHECK(contents.count("r2") == 1);
    CHECK(contents.count("r3") == 1);
}

TEST_CASE("telusur index --rejects to a file that cannot be written stops before indexing, with one line naming it",
          "[reliability][rejects][cli]") {
    ScratchDir dir;
    write_file(dir.path() / "a.jsonl", R"({"id": "r1", "body": "Posyandu dibuka kembali."})" "\n");
    const CommandRun run = run_command("index --db '" + (dir / "db") + "' --rejects '" + (dir / "no-such-dir/r.jsonl") +
                                       "' '" + (dir / "a.jsonl") + "'");
    CHECK(run.status == 1);
    CHECK(run.error_lines() == 1);
    CHECK_THAT(run.err, Catch::Contains("no-such-dir/r.jsonl"));
    CHECK(index_contents(dir / "db").empty());
}

TEST_CASE("index --help documents the rejects file", "[reliability][rejects][cli]") {
    const CommandRun run = run_command("index --help");
    CHECK(run.status == 0);
    CHECK_THAT(run.out, Catch::Contains("--rejects") && Catch::Contains("\"reason\"") && Catch::Contains("\"input\""));
}
