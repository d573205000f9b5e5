// Recognising places and agencies: names in their many forms, and ordinary words left alone.
#include "indexer/analysis.hpp"
#include "tests/test_support.hpp"

#include <telusur/error.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace telusur;

namespace {

Analysis& analysis() {
    static Analysis shared(make_snowball_stemmer(), {});
    return shared;
}

// "id" of each entity named, in order; an agency linked to a place reads "dinsos@33.16".
std::vector<std::string> named(const std::string& text, TextCase text_case = TextCase::meaningful, bool dateline = false) {
    Analysis& a = analysis();
    std::vector<std::string> ids;
    for (const EntityMention& m : a.tagger.tag(text, a.analyzer.analyze(text), text_case, dateline)) {
        std::string id = a.gazetteer.entry(m.entry).id;
        if (m.linked_place != EntityMention::no_place) id += "@" + a.gazetteer.entry(m.linked_place).id;
        ids.push_back(id);
    }
    return ids;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("a regency is recognised in the forms news writes it", "[entities]") {
    CHECK(named("Banjir melanda Blora sejak pagi.") == Ids{"33.16"});
    CHECK(named("Warga Kabupaten Blora mengungsi.") == Ids{"33.16"});
    CHECK(named("Warga Kab. Blora mengungsi.") == Ids{"33.16"});
    CHECK(named("Pengurus se-Kabupaten Blora hadir.") == Ids{"33.16"});
    CHECK(named("banjir blora", TextCase::query) == Ids{"33.16"});
}

TEST_CASE("the type word chooses between places of one name", "[entities]") {
    CHECK(named("Warga Kecamatan Blora berkumpul.") == Ids{"33.16.09"});
    CHECK(named("Pasar di Kecamatan Cepu ramai.") == Ids{"33.16.05"});
    const Ids bekasi = named("Banjir di Bekasi meluas.");
    CHECK(bekasi.size() == 2);  // Kabupaten and Kota Bekasi: the text does not say which
    const Ids city = named("Banjir di Kota Bekasi meluas.");
    REQUIRE(city.size() == 1);
    CHECK(Gazetteer::place_and_ancestors(city.front()).front() == "32");
}

TEST_CASE("a place name that is an ordinary word needs evidence", "[entities]") {
    CHECK(named("Warga mengangkut batu dari sungai.").empty());
    CHECK(named("Harga apel di Kota Batu naik.").size() == 1);
    CHECK(named("Wisatawan memadati Batu saat libur.").size() == 1);  // a capital mid-sentence
    CHECK(named("banjir batu", TextCase::query).empty());
    CHECK(named("Banjir Rendam Batu", TextCase::headline).empty());  // headline capitals prove nothing
    CHECK(named("SERANG", TextCase::headline, true).size() == 2);    // but a dateline does (Kabupaten and Kota)
}

TEST_CASE("a capital opening a quotation is the sentence's, whichever quotation marks the outlet uses", "[entities]") {
    // Luas ("area") and Benteng ("fort") are also districts; each opens a quoted sentence here.
    for (const char* text : {"Lahan seluas 5.000 m2. \"Luas lahan sudah sesuai,\" katanya.",
                                    "Lahan seluas 5.000 m2. \u201CLuas lahan sudah sesuai,\u201D katanya.",
                                    "Lahan seluas 5.000 m2. \u201DLuas lahan sudah sesuai,\u201D katanya.",
                                    "Lahan seluas 5.000 m2. \u2018Luas lahan sudah sesuai,\u2019 katanya.",
                                    "Lahan seluas 5.000 m2. \u00ABLuas lahan sudah sesuai,\u00BB katanya.",
                                    "Ia mengangguk\u2026 \u201CLuas lahan sudah sesuai,\u201D katanya.",
                                    "Menara itu tua sekali.\u201D \u201CBenteng ini telah berdiri 1.000 tahun.\u201D"})
        CHECK(named(text).empty());
    // Mid-sentence, a quoted name keeps the capital that is its own.
    CHECK(named("Ia menyebut \u201CBatu\u201D sebagai tujuan wisata.").size() == 1);
    CHECK(named("Ia menyebut \"Batu\" sebagai tujuan wisata.").size() == 1);
}

TEST_CASE("a place name that is a personal name needs more than a capital", "[entities]") {
    CHECK(named("Kepala desa, Bambang Sutrisno, menjelaskan.").empty());
    // Gading Marten (an actor), Dipha Barus (a DJ), Mayang (a film's heroine); also districts of Probolinggo,
    // Tapanuli Tengah and Jember.
    CHECK(named("Video itu diunggah oleh Gading kemarin.").empty());
    CHECK(named("Penonton menunggu Dipha Barus tampil.").empty());
    CHECK(named("Film itu berkisah tentang Mayang yang berduka.").empty());
    CHECK(named("Warga Kecamatan Gading berkumpul.") == Ids{"35.13.09"});
}

TEST_CASE("an agency is recognised by its acronym and by its full name", "[entities]") {
    CHECK(named("Kepala Dinsos menjelaskan.") == Ids{"dinsos"});
    CHECK(named("Kepala Dinsos P3A menjelaskan.") == Ids{"dinsos-p3a"});
    CHECK(named("Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak (Dinsos P3A)") == Ids{"dinsos-p3a", "dinsos-p3a"});
    CHECK(named("dinas sosial p3a", TextCase::query) == Ids{"dinsos-p3a"});
    CHECK(named("Kepala Dinas Sosial menjelaskan.") == Ids{"dinsos"});
    CHECK(named("dinas sosial", TextCase::query) == Ids{"dinsos"});
    CHECK(named("dinsos", TextCase::query) == Ids{"dinsos"});
}

TEST_CASE("an agency unit followed by a place is linked to it", "[entities]") {
    const Ids dinsos = named("Dinsos Blora menyalurkan bantuan.");
    CHECK(dinsos == Ids{"dinsos@33.16", "33.16"});
    const Ids polres = named("polres serang narkoba", TextCase::query);  // the unit is the evidence for Serang
    REQUIRE(polres.size() >= 2);
    CHECK(polres.front().starts_with("polres@"));
}

TEST_CASE("a type word or unit names only the word written right after it", "[entities]") {
    // Tutur and Guna are districts (of Pasuruan and in Papua); here a verb of saying and "in order to".
    CHECK(named("Bimbingan dipetakan di tingkat kecamatan,\u201d tutur Nizar.").empty());
    CHECK(named("Lahan itu milik kota. Batu besar menutupi jalan.").empty());
    // A unit is evidence for a name written with its capital, not for the ordinary word after it.
    CHECK(named("Kementerian dan pemerintah daerah guna mendukung ekspor.") == Ids{"pemda"});
    // Spaces, an abbreviation's full stop and the bracket closing an acronym still join them.
    CHECK(named("Warga Kab.Blora mengungsi.") == Ids{"33.16"});
    CHECK(named("Pemerintah Provinsi (Pemprov) Jawa Tengah menyalurkan bantuan.") == Ids{"pemprov", "pemprov@33", "33"});
    // A type word written twice names with its second: Solo, an ordinary word too, is the city.
    CHECK(named("Ia bertanya soal pencalonan Wali Kota Kota Solo.") == Ids{"33.72"});
    CHECK(named("Dinsos\u00A0Blora menyalurkan bantuan.") == Ids{"dinsos@33.16", "33.16"});
}

TEST_CASE("a name with no place of the type its type word names is read without the word", "[entities]") {
    CHECK(named("Pembangunan LRT di kota-kota Jawa Timur dimulai.") == Ids{"35"});
    CHECK(named("Kerusuhan di Kota Wamena, Kabupaten Jayawijaya, mereda.") == Ids{"95.01.01", "95.01"});
    // But a district is then taken only on a district's evidence: Kota Kembang is Bandung, not Kecamatan Kembang.
    CHECK(named("Pemain itu tiba di Kota Kembang kemarin.").empty());
    // And "Kabupaten Penajam" shortens Penajam Paser Utara: not its district Penajam.
    CHECK(named("Ibu kota pindah ke Kabupaten Penajam tahun depan.").empty());
}

TEST_CASE("a name does not go on past a comma", "[entities]") {
    // Pekanbaru Kota is a district of Pekanbaru; here two cities are listed.
    CHECK(named("Bantuan untuk Kota Pekanbaru, Kota Dumai dan sekitarnya.") == Ids{"14.71", "14.72"});
}

TEST_CASE("a district's short name written in capitals is an acronym", "[entities]") {
    // Oba is a district of Tidore Kepulauan; OBA here is a trade acronym, MoA a memorandum.
    CHECK(named("Jumlah OBA saat ini mencapai sekitar 40.000 warung.").empty());
    CHECK(named("Penandatanganan MoA dilakukan kemarin.").empty());
    CHECK(named("Warga Kecamatan OBA menerima bantuan.") == Ids{"82.72.03"});
}

TEST_CASE("a place name of several words news mostly gives something else needs more than its capitals", "[entities]") {
    // Gunung Agung is a district of Tulang Bawang Barat, in news the volcano of Bali; Batu Bara a regency, and coal.
    CHECK(named("Erupsi Gunung Agung di Karangasem, Bali, mereda.") == Ids{"51.07", "51"});
    CHECK(named("Harga Batu Bara Turun", TextCase::headline).empty());
    CHECK(named("harga batu bara", TextCase::query).empty());
    CHECK(named("Banjir melanda Kabupaten Batu Bara kemarin.") == Ids{"12.19"});
}

TEST_CASE("a bare name of a regency and a city is the one the text names elsewhere", "[entities]") {
    CHECK(named("Hujan deras melanda Bandung.") == Ids{"32.04", "32.73"});  // Kabupaten and Kota Bandung: either
    // The text names Kota Bandung on its own, or a district of it (Coblong): the bare name is the city.
    CHECK(named("Wali kota meninjau Kota Bandung. Hujan deras melanda Bandung.") == Ids{"32.73", "32.73"});
    CHECK(named("Warga Coblong mengungsi. Hujan deras melanda Bandung.") == Ids{"32.73.02", "32.73"});
    // Both named on their own: the bare name stays both.
    CHECK(named("Kota Bandung dan Kabupaten Bandung banjir. Hujan melanda Bandung.").size() == 4);
}

TEST_CASE("a name that holds a place's but names something else is not that place", "[entities]") {
    // Macan Kemayoran is Persija's nickname; Kemayoran a district of Jakarta Pusat (31.71.03).
    CHECK(named("Persija Jakarta menang. Skuad Macan Kemayoran kini naik ke posisi 12.") == Ids{"31"});
    CHECK(named("Warga Kemayoran, Jakarta Pusat, berkumpul.") == Ids{"31.71.03", "31.71"});
    CHECK(named("prediksi skor persija, macan kemayoran tak gentar", TextCase::query).empty());
}

TEST_CASE("a village named like a district is in the district its address names", "[entities]") {
    // Desa Merbau is in Kecamatan Bunut (Pelalawan); Merbau the district is in Kepulauan Meranti.
    const Ids merbau = named("Presiden meninjau karhutla di Desa Merbau, Kecamatan Bunut, Kabupaten Pelalawan.");
    CHECK(std::find(merbau.begin(), merbau.end(), "14.10.05") == merbau.end());
    CHECK(std::find(merbau.begin(), merbau.end(), "14.05.08") != merbau.end());
}

TEST_CASE("places know the places above them", "[entities]") {
    CHECK(Gazetteer::place_and_ancestors("33.16.05") == Ids{"33", "33.16", "33.16.05"});
    CHECK(Gazetteer::place_and_ancestors("33") == Ids{"33"});
}

TEST_CASE("a user's gazetteer file adds entries, and a malformed one is named", "[entities]") {
    telusur::test::ScratchDir dir;
    telusur::test::write_file(dir.path() / "mine.tsv",
                              "# my agencies\nid\tkind\ttype\tname\tacronyms\tvariants\ttakes_place\n"
                              "kartar\tagency\tlainnya\tKarang Taruna\tKartar\t\tyes\n");
    Analyzer analyzer(make_snowball_stemmer());
    Gazetteer gazetteer(analyzer, {dir / "mine.tsv"});
    REQUIRE(gazetteer.find("karang taruna"));
    CHECK(gazetteer.entry(gazetteer.find("kartar")->front().entry).id == "kartar");

    telusur::test::write_file(dir.path() / "bad.tsv", "id\tkind\ttype\tname\tacronyms\tvariants\ttakes_place\nonly\ttwo\n");
    CHECK_THROWS_WITH(Gazetteer(analyzer, {dir / "bad.tsv"}), Catch::Contains("bad.tsv:2"));
    CHECK_THROWS_AS(Gazetteer(analyzer, {dir / "absent.tsv"}), InputError);
}

TEST_CASE("a unit whose name says the type of its place links to that type", "[entities]") {
    const Ids city = named("Pemkot Semarang membuka pasar murah.");
    REQUIRE_FALSE(city.empty());
    CHECK(city.front() == "pemkot@33.74");  // Kota Semarang, not Kabupaten Semarang (33.22)
    const Ids regency = named("Pemkab Semarang membuka pasar murah.");
    REQUIRE_FALSE(regency.empty());
    CHECK(regency.front() == "pemkab@33.22");
}

TEST_CASE("a capitalised ordinary word inside a longer name is not a place", "[entities]") {
    CHECK(named("Presiden menerima tamu di Istana Negara kemarin.").empty());
    CHECK(named("Rapat digelar di Balai Kota pagi ini.").empty());
    CHECK(named("Kawasan Suaka Marga Satwa dijaga ketat.").empty());
    CHECK(named("Pelatihan di Kyriad Arra Hotel Cepu, Blora, Rabu.").size() == 2);  // an address: Cepu, Blora
}

TEST_CASE("a refused name is passed whole, not taken apart", "[entities]") {
    // "Tanah Abang" names two districts and nothing says which: neither it nor "Abang" alone is taken.
    CHECK(named("Pedagang di Tanah Abang mengeluh sepi.").empty());
}

TEST_CASE("months, titles and countries need more than a capital", "[entities]") {
    CHECK(named("Rapat digelar pada 12 Juli lalu.").empty());
    CHECK(named("Sambutan disampaikan Ibu Megawati.").empty());
    CHECK(named("Produk impor dari Cina meningkat.").empty());
    // Barat, a district of Magetan, is more often the West: "negara-negara Barat", "media Barat".
    CHECK(named("Sanksi itu didukung negara-negara Barat.").empty());
    CHECK(named("Warga Kecamatan Barat, Magetan, berkumpul.").size() == 2);
}

TEST_CASE("a pronoun written with a capital as polite address needs more than a capital", "[entities]") {
    // Lifestyle news addresses its reader as "Kamu" mid-sentence; Kamu is also a district of Dogiyai, Papua.
    CHECK(named("Tips ini cocok untuk Kamu yang suka jalan-jalan.").empty());
    CHECK(named("Warga Kecamatan Kamu berkumpul.") == Ids{"94.06.01"});
}

TEST_CASE("a name followed by a larger place it is not in is somewhere inside that place", "[entities]") {
    auto has = [](const Ids& ids, const std::string& id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); };
    // Patra Kuningan and Kemang are in Jakarta Selatan (31.74), not Kabupaten Kuningan (32.08) or Kemang, Bogor.
    const Ids patra = named("Ia melayat ke rumah duka di Patra Kuningan, Jakarta Selatan, Rabu malam.");
    CHECK_FALSE(has(patra, "32.08"));
    CHECK(has(patra, "31.74"));
    CHECK(named("Kafe itu berada di kawasan Kemang, Jakarta Selatan.") == Ids{"31.74"});
    CHECK(named("Kafe itu berada di Kemang, Jakarta Selatan, DKI Jakarta.") == Ids{"31.74", "31"});
    // A place inside the one named after it stays, as does one named with its type word.
    CHECK(named("Warga Cilandak, Jakarta Selatan, berkumpul.") == Ids{"31.74.06", "31.74"});
    CHECK(named("Hotel di Cepu, Blora, penuh.") == Ids{"33.16.05", "33.16"});
    CHECK(has(named("Warga Kabupaten Kuningan, Jakarta Selatan, datang."), "32.08"));
    // Lists of places are places.
    CHECK(has(named("Kekeringan melanda Indramayu, Kuningan, Kebumen, dan Ciamis."), "32.08"));
    CHECK(has(named("Kekeringan melanda Kuningan, Cirebon, dan Majalengka."), "32.08"));
    CHECK(has(named("Kekeringan melanda Kuningan, Cirebon dan Majalengka."), "32.08"));
    CHECK(has(named("Pelanggar datang dari Kuningan, Cirebon, dan luar daerah."), "32.08"));
    CHECK(has(named("Warga Kuningan, Cirebon, Gunung Jati, dan sekitarnya."), "32.08"));
    CHECK(has(named("Rute Semarang \u2013 Kuningan, Semarang \u2013 Cirebon dibuka."), "32.08"));
    // An address goes on to the province, or ends with the day.
    CHECK_FALSE(has(named("Ia tinggal di Patra Kuningan, Jakarta Selatan, DKI Jakarta, sejak 1999."), "32.08"));
    CHECK_FALSE(has(named("Rapat di Gedung KPK, Kuningan, Jakarta Selatan, Rabu (11/9/2019)."), "32.08"));
}

TEST_CASE("a place name in lower case in running text is not taken without a type word", "[entities]") {
    CHECK(named("warga kota bahagia berkumpul.").empty());
    // Each word of a name has its capital: "Kebon jeruk" opening a sentence is an orange grove, not Kebon Jeruk
    // (Jakarta Barat).
    CHECK(named("Kebon jeruk itu dipanen.").empty());
    CHECK(named("Warga Kebon Jeruk berkumpul.") == Ids{"31.73.05"});
    CHECK(named("Nelayan Pangkajene dan Kepulauan melaut.").size() == 1);
    CHECK(named("Kebakaran melanda hutan di Kalimantan tengah.") == Ids{"62"});  // a writer's slip mid-sentence
    CHECK(named("warga kabupaten blora berkumpul.") == Ids{"33.16"});
}

TEST_CASE("an agency whose name extends another's counts as that one too", "[entities]") {
    Analysis& a = analysis();
    const auto* forms = a.gazetteer.find("dinsos p3a");
    REQUIRE(forms);
    const GazetteerEntry& entry = a.gazetteer.entry(forms->front().entry);
    REQUIRE(entry.broader);
    CHECK(a.gazetteer.entry(*entry.broader).id == "dinsos");
}

TEST_CASE("a known parent is evidence for an ambiguous name and chooses between districts of one name", "[entities]") {
    const Ids batu = named("wisata batu jawa timur", TextCase::query);
    REQUIRE(batu.size() == 2);
    CHECK(Gazetteer::place_and_ancestors(batu.front()).front() == "35");  // Kota Batu, in Jawa Timur (35)
    CHECK(batu.back() == "35");
    CHECK(named("wisata batu", TextCase::query).empty());
}

TEST_CASE("the regency named beside it chooses which of several districts is meant", "[entities]") {
    // Pulosari is a district of Pemalang and of Pandeglang; alone it is neither.
    CHECK(named("Warga Pulosari berkumpul.").empty());
    const Ids with_parent = named("Warga Pulosari, Pemalang, berkumpul.");
    REQUIRE(with_parent.size() == 2);
    CHECK(with_parent.front().starts_with("33.27."));  // Kabupaten Pemalang is 33.27
}

TEST_CASE("of several districts of one name, the one under the nearest place the text names is meant", "[entities]") {
    // Karanganyar is a regency and a district of six regencies, five of them in Jawa Tengah (33): Kebumen (33.05)
    // chooses, though Jawa Tengah is named too.
    const Ids ids = named("Korban warga Desa Grenggeng, Kecamatan Karanganyar, Kabupaten Kebumen, Jawa Tengah.");
    CHECK(std::find(ids.begin(), ids.end(), "33.05.20") != ids.end());
    CHECK(std::count_if(ids.begin(), ids.end(), [](const std::string& id) { return id.size() > 5; }) == 1);
}

TEST_CASE("a regency's name news mostly gives a title or a neighbourhood counts in a list of regencies", "[entities]") {
    // Karo: Kepala Biro, a police title; Kuningan: Jakarta's business district; both regencies too.
    CHECK(named("Karo Penmas Divisi Humas Polri Brigjen Dedi Prasetyo mengatakan hal itu.") == Ids{"polri"});
    CHECK(named("Konferensi pers digelar di Gedung KPK, Kuningan.") == Ids{"kpk"});
    CHECK(named("Asap melanda Langkat, Binjai, Karo, dan Samosir.") == Ids{"12.05", "12.75", "12.06", "12.17"});
    CHECK(named("Ia pulang ke Bandung dan Kuningan.") == Ids{"32.04", "32.73", "32.08"});
    // A Jakarta police unit's "Metro" is the metropolis, not the city of Metro in Lampung.
    CHECK(named("Ia dibawa ke Polsek Metro Gambir.") == Ids{"polsek-metro@31.71.01", "31.71.01"});
}

TEST_CASE("two names refused alone are an address when the second is the first's regency", "[entities]") {
    // Cigugur is a district of Kuningan and of Pangandaran; Kuningan in news is mostly Jakarta's.
    CHECK(named("Perayaan digelar di Cigugur.").empty());
    CHECK(named("Perayaan digelar di Cigugur, Kuningan, setiap tahun.") == Ids{"32.08.18", "32.08"});
}

TEST_CASE("a comma, slash or dash before a name ends the name before it", "[entities]") {
    // Medan is also an ordinary word ("field"): a capital counts for it only when it stands alone.
    auto names_medan = [](const std::string& text) {
        const Ids ids = named(text);
        return std::find(ids.begin(), ids.end(), "12.71") != ids.end();  // Kota Medan
    };
    CHECK(names_medan("Ia tinggal di Jalan Imam Bonjol, Medan, sejak lama."));
    CHECK_FALSE(names_medan("Ia tinggal di Jalan Imam Bonjol Medan sejak lama."));
    CHECK(names_medan("Bus rute Banda Aceh \u2013 Medan kembali beroperasi."));
    CHECK(names_medan("Bus rute Banda Aceh / Medan kembali beroperasi."));
    CHECK_FALSE(names_medan("Mereka bertemu di Lapangan Merdeka Medan Baru kemarin."));
}

TEST_CASE("a district's name inside a longer capitalised name is a building, street or person, not the district",
          "[entities]") {
    // Tunjungan is a district of Blora; Tunjungan Plaza is a mall in Surabaya.
    const Ids mall = named("Acara digelar di Convention Hall Tunjungan Plaza, Surabaya, pekan depan.");
    CHECK(std::find(mall.begin(), mall.end(), "33.16.10") == mall.end());
    CHECK(named("Ketua Pansus Zainudin Amali menolak usul itu.").empty());  // Amali: a district, here a surname
    CHECK(named("Konser di Jalan Imam Bonjol ditunda.").empty());
    CHECK(named("Petugas Manggala Agni memadamkan api.").empty());  // the forest fire brigade, not Manggala (Konawe)
    // A comma after such a name ends it without making it an address.
    CHECK(named("Pelatih timnas U-16, Bima Sakti, mengakui pemainnya gugup.").empty());  // a coach, not Sakti (Pidie)
    const Ids palace = named("Presiden menerima mereka di Istana Merdeka, Jakarta, Senin.");
    CHECK(std::find(palace.begin(), palace.end(), "12.06.15") == palace.end());  // Merdeka, a district of Karo
    // A capitalised word opening a sentence starts a longer name too, as it would mid-sentence: a person, a hill.
    CHECK(named("Rapat itu ditunda. Agus Gumelar menegaskan akan menindaklanjutinya.").empty());  // Gumelar: Banyumas
    CHECK(named("Bukit Lawang adalah tujuan wisata.").empty());
    // But not a word that introduces the place after it, nor a stopword.
    CHECK(named("Rapat itu ditunda. Warga Tunjungan menggelar doa bersama.") == Ids{"33.16.10"});
    CHECK(named("Di Tunjungan warga menggelar doa bersama.") == Ids{"33.16.10"});
    CHECK(named("Kapolres Malang AKBP Yade Setiawan mengatakan hal itu.") == Ids{"35.07", "35.73"});  // malang: a word
    // The district standing alone, or named with its regency, still counts.
    CHECK(named("Warga Tunjungan menggelar doa bersama.") == Ids{"33.16.10"});
    CHECK(named("Camat Tunjungan Bambang meninjau banjir di Blora.") == Ids{"33.16.10", "33.16"});
    CHECK(named("Pelatihan di Kyriad Arra Hotel Cepu, Blora, Rabu.") == Ids{"33.16.05", "33.16"});  // an address
    // A route joins its ends with a bare hyphen: the first end a place, the second is one too.
    CHECK(named("Tol Karawang-Cikampek macet.") == Ids{"32.15", "32.15.13"});
}

TEST_CASE("a name right after a verb of saying is the speaker, not a place", "[entities]") {
    // Amali and Gembong are districts (of Bone and Pati), and surnames of politicians quoted every day.
    CHECK(named("\"Belum ada keputusan,\" kata Amali kepada wartawan.").empty());
    CHECK(named("Menurut Gembong, anggaran itu terlalu besar.").empty());
    CHECK(named("\"Kami siap,\" ujar Makmur di Jakarta.") == Ids{"31"});
    // Named so once, the word is that speaker throughout the text.
    CHECK(named("Amali memimpin rapat itu. \"Sudah sepakat,\" kata Amali.").empty());
    // A type word still names the place, and the verb's own sentence may name one elsewhere.
    CHECK(named("Banjir melanda Kecamatan Gembong, kata warga.") == Ids{"33.18.13"});
}

TEST_CASE("a district named by a type word is that district only after the type word, its city named", "[entities]") {
    // Kota (35.71.02) is a district of Kota Kediri (35.71).
    const auto names_district_kota = [](const std::string& text) {
        const Ids ids = named(text);
        return std::find(ids.begin(), ids.end(), "35.71.02") != ids.end();
    };
    CHECK(names_district_kota("Ia ditemukan di Kelurahan Kampungdalem, Kecamatan Kota, Kota Kediri."));
    CHECK_FALSE(names_district_kota("Atas nama Gubernur, Wali Kota, dan Bupati Kediri, kami berterima kasih."));
    CHECK_FALSE(names_district_kota("Demo tak hanya di Ibu Kota, tetapi juga di Kota Kediri."));
    CHECK_FALSE(names_district_kota("Peristiwa itu terjadi di Kecamatan Kota Sampang kemarin."));
}

TEST_CASE("a district's name news capitalises in titles and names needs more than its capital", "[entities]") {
    // Pesantren is a district of Kota Kediri, and the bill on Islamic boarding schools; Ayah ("father") one of
    // Kebumen.
    const Ids bill = named("DPR akan mengesahkan RUU Pesantren pekan depan.");
    CHECK(std::find(bill.begin(), bill.end(), "35.71.03") == bill.end());
    CHECK(named("Ilmu gendang ia dapat dari sang Ayah sejak kecil.").empty());
    CHECK(named("Ia tinggal di Kecamatan Pesantren, Kota Kediri.") == Ids{"35.71.03", "35.71"});
}

TEST_CASE("a name that in news is mostly another country's place needs a type word", "[entities]") {
    // Basel is the newsroom alias of Bangka Selatan (19.03), and the Swiss city; Wina (95.04.07) is Vienna.
    CHECK(named("Kejuaraan dunia bulu tangkis berakhir di Basel, Swiss, pekan lalu.").empty());
    CHECK(named("Manchester United menjamu Basel di Liga Champions.").empty());
    CHECK(named("Wina", TextCase::meaningful, true).empty());  // the dateline of "WINA (ANTARA) -"
    CHECK(named("Banjir melanda Kabupaten Basel sejak pagi.") == Ids{"19.03"});
}

TEST_CASE("an official's title names the place after it, of the kind the official heads", "[entities]") {
    // Cisauk is a district; a capitalised word before a district's name otherwise makes a longer name.
    CHECK(named("Menurut keterangan Kapolsek Cisauk AKP Fredy, pelaku sudah ditangkap.") == Ids{"36.03.23"});
    // A bupati heads a regency, a wali kota a city: Bekasi is both, the title says which.
    CHECK(named("Ia menyuap mantan Bupati Bekasi Neneng Hasanah.") == Ids{"32.16"});
    CHECK(named("Survei itu menyebut calon Walikota Solo yang kuat.") == Ids{"33.72"});
    // Kudus ("holy") needs evidence, and the title is.
    CHECK(named("Mobil dinas Bupati Kudus dibeli tahun lalu.") == Ids{"33.19"});
    // Only right after the title.
    CHECK(named("Terima kasih atas kerja keras pak bupati, bekasi bisa maju.").empty());
}

TEST_CASE("in Papua a district is a distrik", "[entities]") {
    // Not a longer name (Distrik Sota, as it would be Jalan Sota): the type word says which place is meant.
    CHECK(named("Ia diantar pulang ke Kampung Erambu, Distrik Sota, kemarin.") == Ids{"93.01.08"});
    CHECK(named("Pabrik itu berada di distrik Chiyoda, Tokyo.").empty());
    // No Papuan district of that name: the name as without the word, here the districts of a regency.
    CHECK(named("Rekapitulasi di beberapa distrik Intan Jaya tertunda.") == Ids{"94.07"});
}

TEST_CASE("a place's alias in capitals is taken only as written so, where capitals mean something", "[entities]") {
    // OKI is Ogan Komering Ilir and HSU Hulu Sungai Utara; Oki and Hsu are people.
    CHECK(named("Warga Kabupaten OKI mengungsi.") == Ids{"16.02"});
    CHECK(named("Banjir di Kabupaten HSU meluas.") == Ids{"63.08"});
    CHECK(named("Menurut Oki, latihan berjalan lancar.").empty());
    CHECK(named("Ganda Taiwan Lee Jhe-Huei/Hsu Ya Ching menang.").empty());
}
