// `telusur stem`, run as a user runs it: word<TAB>stem lines, scoring against a gold file, and its errors.
#include "tests/command_runner.hpp"
#include "tests/stemmer/stemmer_fixture.hpp"

#include <catch2/catch.hpp>


using telusur::test::ScratchDir;
using telusur::test::write_file;

namespace {

using Run = telusur::test::CommandRun;

Run run_stem(const std::string& args) { return telusur::test::run_command("stem " + args); }

}  // namespace

TEST_CASE("telusur stem prints each word and its stem", "[cli][stemmer]") {
    SKIP_WITHOUT_HUNSPELL_ID();
    const Run run = run_stem("memakan Anak-Anak pemerintahan bekasi");
    CHECK(run.status == 0);
    CHECK(run.out == "memakan\tmakan\nAnak-Anak\tanak\npemerintahan\tpemerintah\nbekasi\tbekasi\n");
    CHECK(run.err.empty());
    CHECK(run_stem("--mode light bukunya memakan").out == "bukunya\tbuku\nmemakan\tmemakan\n");
}

TEST_CASE("telusur stem --proper stems each word as a proper noun", "[cli][stemmer]") {
    SKIP_WITHOUT_HUNSPELL_ID();
    const Run run = run_stem("--proper Pemalang Kediri Jakartanya Fadilah");
    CHECK(run.status == 0);
    CHECK(run.out == "Pemalang\tpemalang\nKediri\tkediri\nJakartanya\tjakarta\nFadilah\tfadilah\n");
}

TEST_CASE("telusur stem --eval lists the wrong words and ends with the accuracy", "[cli][stemmer]") {
    SKIP_WITHOUT_HUNSPELL_ID();
    ScratchDir dir;
    write_file(dir / "gold.tsv", "word\troot\tnote\nmemakan\tmakan\tx\nberupa\trupa\nbekasi\tbekas\n");
    Run run = run_stem("--eval " + (dir / "gold.tsv"));
    CHECK(run.status == 0);
    CHECK(run.out == "bekasi\texpected bekas\tgot bekasi\naccuracy 66.7% (2/3)\n");
    run = run_stem("--eval " + (dir / "gold.tsv") + " --proper");  // proper nouns: not reduced
    CHECK(run.out.ends_with("accuracy 0.0% (0/3)\n"));
    write_file(dir / "names.tsv", "word\troot\nBekasi\tbekasi\nPekalongan\tpekalongan\nJakartanya\tjakarta\n"
                                  "Abdullah\tabdullah\nFadilah\tfadilah\n");
    run = run_stem("--eval " + (dir / "names.tsv") + " --proper");  // but for a possessive or -pun
    CHECK(run.out == "accuracy 100.0% (5/5)\n");
}

TEST_CASE("telusur stem: a missing gold file is one line and status 1, a bad option status 2", "[cli][stemmer]") {
    SKIP_WITHOUT_HUNSPELL_ID();
    ScratchDir dir;
    Run run = run_stem("--eval " + (dir / "missing.tsv"));
    CHECK(run.status == 1);
    CHECK(run.err.find("missing.tsv") != std::string::npos);
    CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
    CHECK(run_stem("--frobnicate x").status == 2);
    CHECK(run_stem("--mode heavy x").status == 2);
    CHECK(run_stem("").status == 2);
    run = run_stem("--dictionary " + (dir / "none") + " x");
    CHECK(run.status == 1);
    CHECK(run.err.find("none.aff") != std::string::npos);
}
