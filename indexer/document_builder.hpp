// DocumentBuilder: one Article -> one Xapian document, laid out by the schema (indexer/schema.hpp): words of title
// and body with positions, the places and agencies the article names, and the stored fields a hit shows.
#pragma once

#include "indexer/analyzer.hpp"
#include "indexer/entity_tagger.hpp"

#include <telusur/article.hpp>

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

namespace telusur {

class DocumentBuilder {
public:
    DocumentBuilder(Analyzer& analyzer, const EntityTagger& tagger) : analyzer_(analyzer), tagger_(tagger) {}

    // Throws InputError (with no file) if the article cannot be indexed (see refusal).
    Xapian::Document build(const Article& article);

    // Why the article cannot be indexed (no id, no body, an id too long to be a term), or nothing if it can.
    static std::optional<std::string> refusal(const Article& article);

    // The term that identifies the article with this id.
    static std::string id_term(const std::string& id);

    // Places or agencies an article names, most prominent first: as a listing (schema::listed_names), what a hit
    // shows, and as names, what facets count.
    struct Named {
        std::string listing;
        std::vector<std::string> names;
    };

private:
    struct Entities {
        Named places, agencies;
    };
    Entities add_entities(Xapian::Document& doc, const Article& article, const std::vector<Token>& title,
                          const std::vector<Token>& body);
    // What finding near-duplicates needs (indexer/near_duplicates.hpp); the cluster is assigned when writing.
    static void add_signature(Xapian::Document& doc, const std::vector<Token>& body);

    Analyzer& analyzer_;
    const EntityTagger& tagger_;
};

}  // namespace telusur
