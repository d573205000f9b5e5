// telusur index --rejects FILE (and telusur reindex's): every rejected article is kept, as read and with its reason,
// to repair and index again.
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

TEST_CASE("telusur reindex --rejects keeps each rejected line, and a repaired rerun indexes them",
          "[reliability][rejects][cli][reindex]") {
    ScratchDir dir;
    const std::string blank_body = R"({"id": "r2", "title": "Rapat", "body": " "})";
    const std::string broken = R"({"id": "r3", "body": "Rapat desa)";
    write_file(dir.path() / "in.jsonl", generated_corpus(0, 20) + blank_body + "\n" + broken + "\n");
    const std::string command = "reindex --quiet --shards 2 --db '" + (dir / "db") + "' --rejects '" +
                                (dir / "rejects.jsonl") + "' ";
    const CommandRun run = run_command(command + "'" + (dir / "in.jsonl") + "'");
    CHECK(run.status == 3);
    std::vector<Json> kept = records(dir / "rejects.jsonl");
    REQUIRE(kept.size() == 2);
    CHECK(kept[0]["file"].get<std::string>().ends_with("in.jsonl"));
    CHECK(kept[0]["line"] == 21);
    CHECK_THAT(kept[0]["reason"].get<std::string>(), Catch::Contains("no body"));
    CHECK(kept[0]["input"] == blank_body);
    CHECK(kept[1]["line"] == 22);
    CHECK(kept[1]["input"] == broken);

    // Repair the lines where the input has them and run the same command again: they are added, nothing else moves.
    std::string input = read_file(dir.path() / "in.jsonl");
    for (const Json& record : kept) {
        const std::string line = record["input"];
        std::string repaired = line;
        const std::string blank = R"("body": " ")";
        if (record["line"] == 21) repaired.replace(repaired.find(blank), blank.size(), R"("body": "Rapat warga.")");
        else repaired += R"("})";
        input.replace(input.find(line), line.size(), repaired);
    }
    write_file(dir.path() / "in.jsonl", input);
    const CommandRun again = run_command(command + "'" + (dir / "in.jsonl") + "'");
    CHECK(again.status == 0);
    CHECK_THAT(again.out, Catch::Contains("read 22: added 2, updated 0, unchanged 20, rejected 0"));
    CHECK(read_file(dir.path() / "rejects.jsonl").empty());
    const auto contents = index_contents(dir / "db");
    CHECK(contents.size() == 22);
    CHECK(contents.at("r2") == "Rapat warga.");
    CHECK(contents.at("r3") == "Rapat desa");
}

TEST_CASE("telusur reindex --rejects that cannot be written stops with one line naming it, and no article indexed "
          "before is lost",
          "[reliability][rejects][cli][reindex]") {
    ScratchDir dir;
    write_file(dir.path() / "in.jsonl", generated_corpus(0, 30));
    const std::string db = "reindex --quiet --db '" + (dir / "db") + "' ";
    REQUIRE(run_command(db + "'" + (dir / "in.jsonl") + "'").status == 0);
    const auto before = index_contents(dir / "db");
    REQUIRE(before.size() == 30);
    // Changed and new articles, then a bad line whose reject cannot be written.
    std::string changed = generated_corpus(20, 30);
    for (std::size_t at = 0; (at = changed.find("minggu ini", at)) != std::string::npos;) changed.replace(at, 10, "hari ini");
    write_file(dir.path() / "in.jsonl", changed + "{broken\n" + generated_corpus(50, 5));

    for (const std::string& rejects : {dir / "no-such-dir/r.jsonl", std::string("/dev/full")}) {
        INFO(rejects);
        for (const char* mode : {"--full ", "--prune ", ""}) {
            INFO(mode);
            const CommandRun run = run_command(db + mode + "--rejects '" + rejects + "' '" + (dir / "in.jsonl") + "'");
            CHECK(run.status == 1);
            // The error is the last line, after the "rejected:" line of the article it could not keep.
            const std::string last = run.err.substr(run.err.rfind('\n', run.err.size() - 2) + 1);
            CHECK_THAT(last, Catch::Contains("cannot write the rejects file " + rejects));
            CHECK(run.error_lines() <= 2);
            // Xapian commits what was written before the error, but nothing is removed: every article is there.
            const auto after = index_contents(dir / "db");
            for (const auto& [id, body] : before) CHECK(after.count(id) == 1);
            CHECK(after.count("gen-50") == 0);  // nothing after the reject that failed
        }
    }
}

TEST_CASE("index and reindex --help document the rejects file", "[reliability][rejects][cli]") {
    for (const char* command : {"index --help", "reindex --help"}) {
        INFO(command);
        const CommandRun run = run_command(command);
        CHECK(run.status == 0);
        CHECK_THAT(run.out, Catch::Contains("--rejects") && Catch::Contains("\"reason\"") && Catch::Contains("\"input\""));
    }
}
