#include "indexer/document_builder.hpp"

#include "indexer/schema.hpp"

#include <telusur/error.hpp>

#include <algorithm>

namespace telusur {
namespace {

// Xapian refuses terms over 245 bytes; ids and sources are kept well inside that.
constexpr std::size_t max_id_bytes = 200;

std::string compact_date(const std::string& iso) {  // "2020-10-28" -> "20201028", sortable as a string
    std::string digits;
    std::copy_if(iso.begin(), iso.end(), std::back_inserter(digits), [](char c) { return c != '-'; });
    return digits;
}

}  // namespace

std::string DocumentBuilder::id_term(const std::string& id) { return schema::term(schema::id_prefix, id); }

Xapian::Document DocumentBuilder::build(const Article& article) {
    if (article.id.empty()) throw InputError("", 0, "article has no id");
    if (article.id.size() > max_id_bytes)
        throw InputError("", 0, "article id longer than " + std::to_string(max_id_bytes) + " bytes");
    if (article.body.find_first_not_of(" \t\r\n") == std::string::npos)
        throw InputError("", 0, "article '" + article.id + "' has no body");

    Xapian::Document doc;
    for (const Token& token : analyzer_.analyze(article.title, 1)) {
        if (token.position >= schema::body_first_position) break;
        doc.add_posting(schema::term(schema::title_prefix, token.term), token.position);
        doc.add_posting(token.term, token.position, schema::title_wdf);
    }
    for (const Token& token : analyzer_.analyze(article.body, schema::body_first_position))
        doc.add_posting(token.term, token.position);

    doc.add_boolean_term(id_term(article.id));
    const std::string source = analyzer_.fold(article.source);
    if (!source.empty() && source.size() <= max_id_bytes) doc.add_boolean_term(schema::term(schema::source_prefix, source));
    if (!article.date.empty()) {
        doc.add_boolean_term(schema::term(schema::year_prefix, article.date.substr(0, 4)));
        doc.add_value(schema::date_slot, compact_date(article.date));
    }
    doc.add_value(schema::title_slot, article.title);
    doc.add_value(schema::source_slot, article.source);
    doc.add_value(schema::url_slot, article.url);
    doc.add_value(schema::dateline_slot, article.dateline);
    doc.add_value(schema::id_slot, article.id);
    doc.set_data(article.body);
    return doc;
}

}  // namespace telusur
