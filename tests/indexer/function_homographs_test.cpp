// Function words spelled as a root (indexer/data/function_homographs.txt): listed words written bare, their own
// term, and a fingerprint the index records.
#include "indexer/database.hpp"
#include "indexer/function_homographs.hpp"
#include "indexer/schema.hpp"
#include "tests/test_support.hpp"

#include <telusur/indexer.hpp>

#include <catch2/catch.hpp>

#include <xapian.h>

#include <cstdio>

using namespace telusur;

TEST_CASE("the function words of the list are known written bare only", "[function-homographs]") {
    for (const char* word :
         {"ada", "adanya", "bagi", "sebagian", "dapat", "sampai", "pukul", "tetap", "paling", "diri", "kala", "lalu",
          "terus", "menerus", "terus-menerus", "lebih", "terlebih", "kurang", "kembali", "atas", "diatas", "depan", "tentu",
          "tertentu", "termasuk", "mengenai", "belakangan", "soal", "soalnya", "dalam", "dalamnya", "kedalam", "aku",
          "akulah", "sebuah", "seekor", "nanti", "nantinya", "tentang", "hampir", "sudah", "sudahlah", "untuk", "untuknya",
          "kecuali", "sesuai", "serta", "amat", "teramat"}) {
        INFO(word);
        CHECK(is_function_homograph(word));
        CHECK(function_homograph_term(word) == "XF" + std::string(word));
        CHECK(is_function_homograph_term(function_homograph_term(word)));
        CHECK_FALSE(is_function_homograph_term(word));
    }
    for (const char* word :
         {"mengadakan", "pembagian", "mendapatkan", "pemukulan", "berpaling", "berdiri", "berkala", "melebihi",
          "pengembalian", "teratas", "ketentuan", "masuk", "terkena", "belakang", "persoalan", "kedalaman", "mendalam",
          "mengakui", "akunya", "buah", "seorang", "sepasang", "menanti", "menentang", "pengecualian", "peserta",
          "pengamat", "Ada", ""}) {
        INFO(word);
        CHECK_FALSE(is_function_homograph(word));
    }
}

TEST_CASE("an index records the function words' fingerprint beside the spelling variants'", "[function-homographs]") {
    telusur::test::ScratchDir dir;
    {
        Indexer indexer(dir / "db");
        Article article;
        article.id = "one";
        article.body = "Rapat dimulai pukul 10.00 WIB.";
        indexer.add(article);
    }
    const Xapian::Database db(dir / "db");
    const std::string recorded = db.get_metadata(std::string(schema::spelling_key));
    char expected[9];
    std::snprintf(expected, sizeof expected, "%08x", function_homographs_fingerprint());
    REQUIRE(recorded.size() == 32);  // spelling variants, function words, open compounds, sense families
    CHECK(recorded.substr(8, 8) == expected);
    CHECK(function_homographs_fingerprint() == function_homographs_fingerprint());
}
