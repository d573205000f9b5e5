// Datelines: the place (and often the outlet) before the dash that opens a story. An ordinary opening sentence is not
// a dateline, whatever dash it holds.
#include "corpus/dateline.hpp"

#include <catch2/catch.hpp>

#include <string>

using telusur::read_dateline;

TEST_CASE("a place in capitals with the outlet in brackets, before an en dash", "[corpus][dateline]") {
    const auto dateline = read_dateline("BLORA, (blora-ekspres.com) \u2013 Dinas Sosial, Pemberdayaan Perempuan dan "
                                        "Perlindungan Anak (Dinsos P3A) menggelar Bimbingan Teknis");
    REQUIRE(dateline);
    CHECK(dateline->place == "BLORA");
    CHECK(dateline->source == "blora-ekspres.com");
}

TEST_CASE("a place with the outlet's name, before a double hyphen", "[corpus][dateline]") {
    const auto dateline = read_dateline("Jakarta, CNN Indonesia -- Presiden Joko Widodo meresmikan jalan tol.");
    REQUIRE(dateline);
    CHECK(dateline->place == "Jakarta");
    CHECK(dateline->source == "CNN Indonesia");
}

TEST_CASE("a place alone, without an outlet", "[corpus][dateline]") {
    const auto dateline = read_dateline("JAKARTA \u2013 Pemerintah menaikkan harga BBM.");
    REQUIRE(dateline);
    CHECK(dateline->place == "JAKARTA");
    CHECK(dateline->source.empty());
}

TEST_CASE("an outlet's name of several words", "[corpus][dateline]") {
    const auto dateline = read_dateline("Semarang, Kabar Nusantara \u2013 Harga cabai rawit di pasar tradisional naik.");
    REQUIRE(dateline);
    CHECK(dateline->place == "Semarang");
    CHECK(dateline->source == "Kabar Nusantara");
}

TEST_CASE("datelines with the other dashes and with places of several words", "[corpus][dateline]") {
    SECTION("em dash") {
        const auto dateline = read_dateline("SURABAYA \u2014 Banjir merendam tiga kecamatan.");
        REQUIRE(dateline);
        CHECK(dateline->place == "SURABAYA");
    }
    SECTION("a single hyphen between spaces") {
        const auto dateline = read_dateline("BANDUNG - Warga memadati alun-alun.");
        REQUIRE(dateline);
        CHECK(dateline->place == "BANDUNG");
    }
    SECTION("a place of two words in capitals") {
        const auto dateline = read_dateline("BANDAR LAMPUNG \u2013 Gubernur meninjau lokasi.");
        REQUIRE(dateline);
        CHECK(dateline->place == "BANDAR LAMPUNG");
    }
    SECTION("an abbreviated regency") {
        const auto dateline = read_dateline("Kab. Blora, (blora-ekspres.com) \u2013 Bupati meninjau lokasi.");
        REQUIRE(dateline);
        CHECK(dateline->place == "Kab. Blora");
        CHECK(dateline->source == "blora-ekspres.com");
    }
    SECTION("a hyphenated place") {
        const auto dateline = read_dateline("BAU-BAU \u2013 Nelayan kembali melaut.");
        REQUIRE(dateline);
        CHECK(dateline->place == "BAU-BAU");
    }
}

TEST_CASE("an ordinary sentence with a dash in it is not a dateline", "[corpus][dateline]") {
    CHECK_FALSE(read_dateline("Hujan deras mengguyur Blora sejak pagi - warga diminta waspada."));
    CHECK_FALSE(read_dateline("Kegiatan yang diikuti 158 pengurus Karang Taruna desa dan Kelurahan dari Kabupaten Blora "
                              "ini dalam rangka meningkatkan kapasitas - kata panitia."));
    CHECK_FALSE(read_dateline("Selain itu, warga diminta waspada - terutama yang tinggal di bantaran sungai."));
    CHECK_FALSE(read_dateline("Menurut dia, bantuan sudah disalurkan - sebagian besar berupa beras."));
}

TEST_CASE("an outlet's name ahead of the dash is not a place", "[corpus][dateline]") {
    CHECK_FALSE(read_dateline("Suara.com - Diluncurkan pada awal tahun, aplikasi ini sudah diunduh jutaan kali."));
}

TEST_CASE("a story that opens in lower case has no dateline", "[corpus][dateline]") {
    CHECK_FALSE(read_dateline("jakarta \u2013 Pemerintah menaikkan harga BBM."));
    CHECK_FALSE(read_dateline("jakarta, CNN Indonesia -- Presiden meresmikan jalan tol."));
}

TEST_CASE("text without a dateline's dash, or with the dash too far in, has no dateline", "[corpus][dateline]") {
    CHECK_FALSE(read_dateline(""));
    CHECK_FALSE(read_dateline("JAKARTA"));
    CHECK_FALSE(read_dateline("BLORA, (blora-ekspres.com) Dinas Sosial menggelar Bimtek."));
    CHECK_FALSE(read_dateline("JAKARTA-Pemerintah menaikkan harga BBM."));  // a hyphen without spaces joins words
    const std::string far = "BLORA, (blora-ekspres.com) " + std::string(100, 'x') + " \u2013 Dinas Sosial.";
    CHECK_FALSE(read_dateline(far));
}

TEST_CASE("a head with stray brackets or a number is not a dateline", "[corpus][dateline]") {
    CHECK_FALSE(read_dateline("BLORA, (a) (b) \u2013 Dinas Sosial."));
    CHECK_FALSE(read_dateline("BLORA 2020 \u2013 Dinas Sosial."));
}
