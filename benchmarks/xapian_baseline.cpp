#include "xapian_baseline.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <stdexcept>

namespace telusur::bench {
namespace {

using Json = nlohmann::json;

constexpr Xapian::valueno id_slot = 0, source_slot = 1, month_slot = 2;
// As telusur: matches counted for facets, the snippet's size.
constexpr Xapian::doccount facets_counted_up_to = 10000;
constexpr std::size_t snippet_bytes = 240;

// A record's id as the term text: a string as written, a whole number (some exports number articles) as digits.
std::string id_of(const Json& record) {
    const auto it = record.find("id");
    if (it == record.end()) return {};
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return it->dump();
    return {};
}

std::string text_of(const Json& record, const char* key) {
    const auto it = record.find(key);
    return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

BaselineIndexSummary index_jsonl_with_xapian(const std::string& corpus_file, const std::string& directory) {
    std::ifstream in(corpus_file, std::ios::binary);
    if (!in) throw std::runtime_error(corpus_file + ": cannot read the file");

    Xapian::WritableDatabase db(directory, Xapian::DB_CREATE_OR_OPEN);
    Xapian::TermGenerator terms;
    terms.set_stemmer(Xapian::Stem("indonesian"));
    terms.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);

    BaselineIndexSummary summary;
    std::string line;
    while (std::getline(in, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const Json record = Json::parse(line, nullptr, /*allow_exceptions=*/false);
        const std::string id = record.is_object() ? id_of(record) : std::string();
        const std::string body = record.is_object() ? text_of(record, "body") : std::string();
        if (id.empty() || body.empty()) {
            ++summary.rejected;
            continue;
        }
        const std::string title = text_of(record, "title");

        Xapian::Document doc;
        terms.set_document(doc);
        terms.index_text(title, 1, "S");
        terms.index_text(title);
        terms.increase_termpos();  // a gap, so a phrase never runs from the title into the body
        terms.index_text(body);
        doc.set_data(body);
        const std::string id_term = "Q" + id;
        doc.add_boolean_term(id_term);
        doc.add_value(id_slot, id);
        doc.add_value(source_slot, text_of(record, "source"));
        const std::string date = text_of(record, "date");  // yyyy-mm-dd
        if (date.size() >= 7) doc.add_value(month_slot, date.substr(0, 4) + date.substr(5, 2));
        db.replace_document(id_term, doc);
        ++summary.indexed;
    }
    db.commit();
    return summary;
}

BaselineSearcher::BaselineSearcher(const std::string& directory) : db_(directory), enquire_(db_) {
    parser_.set_database(db_);
    parser_.set_stemmer(stemmer_);
    parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser_.set_default_op(Xapian::Query::OP_OR);
    enquire_.set_weighting_scheme(Xapian::BM25Weight());
}

std::size_t BaselineSearcher::search(const std::string& query) {
    enquire_.set_query(parser_.parse_query(query));
    return enquire_.get_mset(0, 10).size();
}

std::size_t BaselineSearcher::search_page(const std::string& query) {
    enquire_.set_query(parser_.parse_query(query));
    Xapian::ValueCountMatchSpy sources(source_slot), months(month_slot);
    enquire_.add_matchspy(&sources);
    enquire_.add_matchspy(&months);
    const Xapian::MSet mset = enquire_.get_mset(0, 10, facets_counted_up_to);
    enquire_.clear_matchspies();
    std::size_t bytes = 0;
    for (auto it = mset.begin(); it != mset.end(); ++it)
        bytes += mset.snippet(it.get_document().get_data(), snippet_bytes, stemmer_).size();
    for (const Xapian::ValueCountMatchSpy* spy : {&sources, &months})
        for (auto value = spy->top_values_begin(10); value != spy->top_values_end(10); ++value)
            bytes += (*value).size();
    return bytes;
}

std::vector<std::string> BaselineSearcher::rank(const std::string& query, std::size_t count) {
    enquire_.set_query(parser_.parse_query(query));
    std::vector<std::string> ids;
    const Xapian::MSet mset = enquire_.get_mset(0, static_cast<Xapian::doccount>(count));
    for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(it.get_document().get_value(id_slot));
    return ids;
}

}  // namespace telusur::bench
