// DocumentBuilder: one Article -> one Xapian document, laid out by the schema (indexer/schema.hpp).
#pragma once

#include "indexer/analyzer.hpp"

#include <telusur/article.hpp>

#include <xapian.h>

namespace telusur {

class DocumentBuilder {
public:
    explicit DocumentBuilder(Analyzer& analyzer) : analyzer_(analyzer) {}

    // Throws InputError (with no file) if the article cannot be indexed: no id, no body, an id too long to be a term.
    Xapian::Document build(const Article& article);

    // The term that identifies the article with this id.
    static std::string id_term(const std::string& id);

private:
    Analyzer& analyzer_;
};

}  // namespace telusur
