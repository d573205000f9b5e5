#include "indexer/document_builder.hpp"

#include "corpus/article_reader.hpp"
#include "indexer/content_hash.hpp"
#include "indexer/facet_key.hpp"
#include "indexer/hit_card.hpp"
#include "indexer/near_duplicates.hpp"
#include "indexer/schema.hpp"
#include "indexer/stored_body.hpp"

#include <telusur/error.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace telusur {
namespace {

// Xapian refuses terms over 245 bytes; ids and sources are kept well inside that.
constexpr std::size_t max_id_bytes = 200;

std::string compact_date(const std::string& iso) {  // "2020-10-28" -> "20201028", sortable as a string
    std::string digits;
    std::copy_if(iso.begin(), iso.end(), std::back_inserter(digits), [](char c) { return c != '-'; });
    return digits;
}

// Where in an article an entity is named, and what one mention there counts.
struct Zone {
    const char* name;
    Xapian::termcount wdf;
};
constexpr Zone title_zone{"title", schema::entity_wdf_title}, dateline_zone{"dateline", schema::entity_wdf_dateline},
    lead_zone{"lead", schema::entity_wdf_lead}, body_zone{"body", schema::entity_wdf_body};

// What one entity amounts to in one article: how prominently it is named, and where.
struct EntityWeight {
    Xapian::termcount wdf = 0;
    std::size_t first_seen = 0;
    std::string zones;  // "title,lead"
};

void count(std::map<std::uint32_t, EntityWeight>& weights, std::uint32_t entry, const Zone& zone, std::size_t order) {
    auto [it, added] = weights.try_emplace(entry, EntityWeight{0, order, {}});
    EntityWeight& weight = it->second;
    weight.wdf = std::min(schema::entity_wdf_max, weight.wdf + zone.wdf);
    if (weight.zones.find(zone.name) == std::string::npos)
        weight.zones.append(weight.zones.empty() ? "" : ",").append(zone.name);
}

// Most prominent first: "code<TAB>name<TAB>zones" lines, what a hit shows, and the names, what facets count.
DocumentBuilder::Named listing(const Gazetteer& gazetteer, const std::map<std::uint32_t, EntityWeight>& weights) {
    std::vector<std::pair<std::uint32_t, EntityWeight>> ordered(weights.begin(), weights.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return a.second.wdf != b.second.wdf ? a.second.wdf > b.second.wdf : a.second.first_seen < b.second.first_seen;
    });
    DocumentBuilder::Named named;
    for (const auto& [entry, weight] : ordered) {
        const std::string& name = named.names.emplace_back(gazetteer.entry(entry).display_name());
        named.listing.append(gazetteer.entry(entry).id).append("\t").append(name);
        named.listing.append("\t").append(weight.zones).append("\n");
    }
    return named;
}

}  // namespace

DocumentBuilder::Entities DocumentBuilder::add_entities(Xapian::Document& doc, const Article& article,
                                                        const std::vector<Token>& title,
                                                        const std::vector<Token>& body) {
    const Gazetteer& gazetteer = tagger_.gazetteer();
    std::map<std::uint32_t, EntityWeight> places, agencies;
    std::set<std::string> links;
    std::size_t order = 0;
    std::set<std::string> prominent;  // what the article is about, as its headline, dateline and lead say
    auto record = [&](const std::vector<EntityMention>& mentions, const Zone& zone) {
        for (const EntityMention& mention : mentions) {
            const GazetteerEntry& entry = gazetteer.entry(mention.entry);
            count(entry.kind == EntityKind::place ? places : agencies, mention.entry, zone, order++);
            if (entry.broader) count(agencies, *entry.broader, zone, order++);
            if (&zone != &body_zone) {
                prominent.insert(entry.id);
                if (entry.broader) prominent.insert(gazetteer.entry(*entry.broader).id);
            }
            if (mention.linked_place != EntityMention::no_place)
                links.insert(entry.id + "@" + gazetteer.entry(mention.linked_place).id);
        }
    };
    record(tagger_.tag(article.title, title, TextCase::headline), title_zone);
    if (!article.dateline.empty())
        record(tagger_.tag(article.dateline, analyzer_.analyze(article.dateline), TextCase::headline, true),
               dateline_zone);
    const std::size_t lead_end = article.body.find("\n\n");
    std::vector<EntityMention> lead, rest;
    for (const EntityMention& mention : tagger_.tag(article.body, body, TextCase::meaningful))
        (mention.begin < lead_end ? lead : rest).push_back(mention);
    record(lead, lead_zone);
    record(rest, body_zone);

    for (const auto& [entry, weight] : places) {
        const std::string& code = gazetteer.entry(entry).id;
        doc.add_term(schema::term(schema::place_prefix, code), weight.wdf);
        for (const std::string& area : Gazetteer::place_and_ancestors(code))
            doc.add_boolean_term(schema::term(schema::place_area_prefix, area));
    }
    for (const auto& [entry, weight] : agencies)
        doc.add_term(schema::term(schema::agency_prefix, gazetteer.entry(entry).id), weight.wdf);
    for (const std::string& link : links) doc.add_boolean_term(schema::term(schema::agency_place_prefix, link));
    for (const std::string& id : prominent) doc.add_boolean_term(schema::term(schema::prominent_prefix, id));
    return {listing(gazetteer, places), listing(gazetteer, agencies)};
}

void DocumentBuilder::add_signature(Xapian::Document& doc, const std::vector<Token>& body) {
    const near_duplicates::Signature signature = near_duplicates::signature(body);
    if (signature.empty()) return;
    doc.add_value(schema::signature_slot, near_duplicates::encode(signature));
    for (const std::string& band : near_duplicates::band_terms(signature)) doc.add_boolean_term(band);
}

std::string DocumentBuilder::id_term(const std::string& id) { return schema::term(schema::id_prefix, id); }

std::optional<std::string> DocumentBuilder::refusal(const Article& article) {
    if (article.id.empty()) return "article has no id";
    if (article.id.size() > max_id_bytes) return "article id longer than " + std::to_string(max_id_bytes) + " bytes";
    if (article.body.find_first_not_of(" \t\r\n") == std::string::npos)
        return "article '" + article.id + "' has no body";
    // The readers refuse such input already; a program giving articles straight to the library meets the same limit.
    if (article.body.size() > max_article_bytes)
        return "article '" + article.id + "': body of " + too_large(article.body.size());
    return std::nullopt;
}

Xapian::Document DocumentBuilder::build(const Article& article) {
    if (const auto reason = refusal(article)) throw InputError("", 0, *reason);

    Xapian::Document doc;
    // A derived word's form (Token::form) counts as often as its term, without positions: it only ranks.
    const auto add_form = [&doc](const Token& token, Xapian::termcount wdf) {
        if (token.form.empty()) return;
        doc.add_term(schema::term(schema::form_prefix, token.form), token.echoes_whole ? 0 : wdf);
    };
    const std::vector<Token> title = analyzer_.analyze(article.title, 1);
    for (const Token& token : title) {
        if (token.position >= schema::body_first_position) break;
        doc.add_posting(schema::term(schema::title_prefix, token.term), token.position, token.echoes_whole ? 0 : 1);
        doc.add_posting(token.term, token.position, token.echoes_whole ? 0 : schema::title_wdf);
        add_form(token, schema::title_wdf);
    }
    const std::vector<WordSpan> body_spans = analyzer_.word_spans(article.body);
    const std::vector<Token> body = analyzer_.analyze(article.body, body_spans, schema::body_first_position);
    for (const Token& token : body) {
        doc.add_posting(token.term, token.position, token.echoes_whole ? 0 : 1);
        add_form(token, 1);
    }
    const Entities named = add_entities(doc, article, title, body);
    add_signature(doc, body);

    doc.add_boolean_term(id_term(article.id));
    const std::string source = analyzer_.fold(article.source);
    if (!source.empty() && source.size() <= max_id_bytes) doc.add_boolean_term(schema::term(schema::source_prefix, source));
    const std::string date = article.date.empty() ? std::string() : compact_date(article.date);
    if (!date.empty()) {
        doc.add_boolean_term(schema::term(schema::year_prefix, article.date.substr(0, 4)));
        doc.add_value(schema::date_slot, date);
    }
    doc.add_value(schema::hit_card_slot, HitCard{article.id, article.title, date, article.source, article.url,
                                                 article.dateline, named.places.listing, named.agencies.listing}
                                             .encode());
    doc.add_value(schema::facet_slot,
                  FacetKey{date, article.source, named.places.names, named.agencies.names}.encode());
    doc.add_value(schema::content_hash_slot, content_hash(article));
    doc.add_value(schema::body_slot,  // no document data
                  encode_stored_body(article.body, body_spans,
                                     term_prints(body_spans.size(), body, schema::body_first_position)));
    return doc;
}

}  // namespace telusur
