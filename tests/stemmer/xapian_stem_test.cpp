// The stemmer through Xapian's own APIs: what they index and parse meets what telusur's stemmer produces.
#include <telusur/xapian_stem.hpp>

#include <catch2/catch.hpp>

TEST_CASE("the stemmer works as a Xapian::Stem in Xapian's TermGenerator and QueryParser", "[stemmer]") {
    const Xapian::Stem stem = telusur::make_xapian_stem(telusur::make_indonesian_stemmer());
    CHECK(stem("menggelar") == "gelar");
    CHECK(stem("pemberhentian") == "henti");
    CHECK_THAT(stem.get_description(), Catch::Contains("telusur"));

    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::TermGenerator generator;
    generator.set_stemmer(stem);
    Xapian::Document doc;
    generator.set_document(doc);
    generator.index_text("Dinas menggelar bimbingan teknis");
    db.add_document(doc);

    Xapian::QueryParser parser;
    parser.set_stemmer(stem);
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);  // as the TermGenerator: Z-prefixed stems
    Xapian::Enquire enquire(db);
    enquire.set_query(parser.parse_query("digelar"));
    CHECK(enquire.get_mset(0, 10).size() == 1);
}
