// Dates as Indonesian news writes them: every form the outlets use reads to ISO yyyy-mm-dd, and a date that cannot be
// read or does not exist reads to "" (never a guess).
#include "corpus/indonesian_date.hpp"

#include <catch2/catch.hpp>

#include <string>

using telusur::find_indonesian_date;

TEST_CASE("a day name with the date in brackets, as in a dateline", "[corpus][date]") {
    CHECK(find_indonesian_date("Selasa (10/9/2019)") == "2019-09-10");
    CHECK(find_indonesian_date("Rabu (28/10/2020)") == "2020-10-28");
}

TEST_CASE("a date written out with the month's Indonesian name", "[corpus][date]") {
    CHECK(find_indonesian_date("Kamis, 12 September 2019") == "2019-09-12");
    CHECK(find_indonesian_date("28 Oktober 2020") == "2020-10-28");
    CHECK(find_indonesian_date("1 Mei 2021") == "2021-05-01");
    CHECK(find_indonesian_date("17 Agustus 1945") == "1945-08-17");
    CHECK(find_indonesian_date("5 Pebruari 2020") == "2020-02-05");  // the old spelling of Februari
    CHECK(find_indonesian_date("31 DESEMBER 2020") == "2020-12-31");  // month names in any case
}

TEST_CASE("a shortened month name, with or without its full stop", "[corpus][date]") {
    CHECK(find_indonesian_date("12 Sept. 2019") == "2019-09-12");
    CHECK(find_indonesian_date("12 Sept 2019") == "2019-09-12");
    CHECK(find_indonesian_date("28 Okt 2020") == "2020-10-28");
    CHECK(find_indonesian_date("3 Agt. 2021") == "2021-08-03");
}

TEST_CASE("numeric dates: day/month/year and ISO", "[corpus][date]") {
    CHECK(find_indonesian_date("12/9/2019") == "2019-09-12");
    CHECK(find_indonesian_date("12-09-2019") == "2019-09-12");
    CHECK(find_indonesian_date("12.09.2019") == "2019-09-12");
    CHECK(find_indonesian_date("2019-09-10") == "2019-09-10");
    CHECK(find_indonesian_date("2019-9-1") == "2019-09-01");
}

TEST_CASE("spaces around the separators, as scraped pages sometimes have them", "[corpus][date]") {
    CHECK(find_indonesian_date("18/8 / 2016") == "2016-08-18");
    CHECK(find_indonesian_date("Kamis (18 / 8 / 2016)") == "2016-08-18");
}

TEST_CASE("the date inside a longer sentence, and the first one when there are several", "[corpus][date]") {
    CHECK(find_indonesian_date("Dinsos P3A menggelar Bimtek Karang Taruna 2020 di Kyriad Arra Hotel Cepu, Blora, "
                               "Rabu (28/10/2020) pagi.") == "2020-10-28");
    // 158 and 2020 are numbers in the sentence, not dates.
    CHECK(find_indonesian_date("Sebanyak 158 pengurus mengikuti Bimtek 2020 pada Rabu (28/10/2020).") == "2020-10-28");
    CHECK(find_indonesian_date("sejak Minggu (17/1/2021) malam hingga Senin (18/1/2021) pagi") == "2021-01-17");
    CHECK(find_indonesian_date("Jakarta, 2 Januari 2021 - Pemerintah ...") == "2021-01-02");
}

TEST_CASE("a date that does not exist on the calendar is not read", "[corpus][date]") {
    CHECK(find_indonesian_date("31/2/2019") == "");
    CHECK(find_indonesian_date("13/13/2020") == "");
    CHECK(find_indonesian_date("0/5/2020") == "");
    CHECK(find_indonesian_date("31/4/2020") == "");
    CHECK(find_indonesian_date("2019-02-30") == "");
    CHECK(find_indonesian_date("32 Januari 2020") == "");
}

TEST_CASE("29 February exists only in leap years", "[corpus][date]") {
    CHECK(find_indonesian_date("29/2/2019") == "");
    CHECK(find_indonesian_date("29/2/2020") == "2020-02-29");
    CHECK(find_indonesian_date("29/2/2000") == "2000-02-29");  // divisible by 400
    CHECK(find_indonesian_date("29/2/1900") == "");            // divisible by 100 only
}

TEST_CASE("text without a readable date gives an empty date, never a guess", "[corpus][date]") {
    CHECK(find_indonesian_date("") == "");
    CHECK(find_indonesian_date("kemarin") == "");
    CHECK(find_indonesian_date("Selasa pekan lalu") == "");
    CHECK(find_indonesian_date("10/9/19") == "");  // a two-digit year: the century would be a guess
    CHECK(find_indonesian_date("September 2019") == "");
    CHECK(find_indonesian_date("12 Blora 2019") == "");  // not a month
    CHECK(find_indonesian_date("sekitar pukul 02.00 dini hari") == "");
    CHECK(find_indonesian_date("mencapai 1.250 orang dan 57,8 persen") == "");
    CHECK(find_indonesian_date("10/9-2019") == "");      // two different separators
    CHECK(find_indonesian_date("110/9/2019") == "");     // the day is part of a longer number
    CHECK(find_indonesian_date("12/9/20190") == "");     // the year is part of a longer number
    CHECK(find_indonesian_date("12/9/1850") == "");      // outside the years news is written in
}
