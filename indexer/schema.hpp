// The index schema, written down once: term prefixes, value slots, stored fields and metadata keys. The indexer
// writes by it and the searcher reads by it; change it only with a new schema_version.
#pragma once

#include <xapian.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace telusur::schema {

// Bumped whenever documents written by an older telusur would be read wrongly.
// 6: a hit's fields in one value, hit_card_slot; a near-duplicate cluster label only on articles that have one;
//    the body's word spans stored with it
// 7: the stored body in body_slot as an LZ4 block, no longer in the document data
// 8: what facets count in one value, facet_slot; no source, places or agencies slots (the hit card holds them)
// 9: the stored body's words each with a print of its term (indexer/stored_body.hpp)
// 10: the parts of a reduplication the stemmer keeps whole have the whole's term (undang-undang, not undang), so a
//     quoted phrase with one finds nothing in an older index
// 11: a part that repeats its joined whole's term (the anak of anak-anak) adds a position only, so the word written
//     once counts once, where it counted three times and outweighed words written once
// 12: function words spelled as a root (ada, pukul: indexer/data/function_homographs.txt) are indexed, written bare,
//     under function_word_prefix, apart from the root's derived words (mengadakan, pemukulan)
// 13: a derived word is indexed as written too, without its clitics, under form_prefix, so the articles that write
//     the query's derived word itself rank first
// 14: a word of two parts joined by a hyphen that the stemmer keeps whole has the term of its letters written
//     together (K-pop -> kpop, Covid-19 -> covid19), so either spelling finds both
// 15: a compound news writes both as two words and as one (sepak bola, sepakbola: indexer/data/open_compounds.txt)
//     has, written as two, the term of its letters written together too, so either spelling finds both
inline constexpr std::string_view schema_version = "15";

// The B-tree block size of a database telusur creates (Xapian's default is 8 KB). Xapian 1.4 keeps no block cache and
// reads each block with a system call of its own, and a search page reads the blocks of every query word's postings,
// each hit's card and body, and the facet key of each article counted: twice the block holds twice the neighbours,
// so a page of click-id headline searches reads a quarter fewer blocks (benchmarks/RESULTS.md). An index keeps the
// size it was created with, so older ones stay readable and writable.
inline constexpr int block_bytes = 16384;

// Terms.
inline constexpr std::string_view id_prefix = "Q";       // Q<id>: unique, so re-indexing replaces
inline constexpr std::string_view title_prefix = "S";    // S<term>: title words (also indexed unprefixed)
inline constexpr std::string_view source_prefix = "XS";  // XS<source>: outlet, case-folded, for filters and stats
inline constexpr std::string_view year_prefix = "Y";     // Y2019
// XFada: a function word written bare whose root's derived words mean something else (indexer/function_homographs.hpp)
inline constexpr std::string_view function_word_prefix = "XF";
// XWmenjalani: a derived word as written (Token::form) in title or body, with no positions: it only ranks
inline constexpr std::string_view form_prefix = "XW";
// Entities (indexer/entity_tagger.hpp). Their wdf says where the article names them: see entity_wdf.
inline constexpr std::string_view place_prefix = "XP";       // XP33.16: the article names Blora
inline constexpr std::string_view place_area_prefix = "XPA";  // XPA33: a place in Jawa Tengah, or the province
inline constexpr std::string_view agency_prefix = "XA";      // XAdinsos
inline constexpr std::string_view agency_place_prefix = "XL";  // XLdinsos@33.16: Dinsos Blora
inline constexpr std::string_view prominent_prefix = "XT";  // XT33.16, XTdinsos: named in headline, dateline or lead
// Near-duplicates (indexer/near_duplicates.hpp).
inline constexpr std::string_view band_prefix = "XB";     // XBa<hex>: one band of the article's shingle signature
inline constexpr std::string_view cluster_prefix = "XC";  // XC<label>: the near-duplicate cluster it is in
inline constexpr std::string_view clustered_term = "XD";  // on every article in a near-duplicate cluster

// A prefixed term: term(title_prefix, "banjir") is "Sbanjir".
inline std::string term(std::string_view prefix, std::string_view value) {
    std::string result;
    result.reserve(prefix.size() + value.size());
    result.append(prefix).append(value);
    return result;
}

// Unprefixed terms are the words of title and body; title words count this many times, so they weigh more.
inline constexpr Xapian::termcount title_wdf = 3;
// Position gap between title and body, so a phrase never runs from one into the other.
inline constexpr Xapian::termpos body_first_position = 1000;

// How much one mention of an entity counts, by where it is: the headline and dateline say what the article is
// about, the lead nearly so, the body may only pass by. Capped so a long list of mentions does not dominate.
inline constexpr Xapian::termcount entity_wdf_title = 4, entity_wdf_dateline = 4, entity_wdf_lead = 2,
                                   entity_wdf_body = 1, entity_wdf_max = 12;

// Value slots: what a hit shows, and what sorting, filters and facets read.
enum Slot : Xapian::valueno {
    date_slot = 0,      // yyyymmdd
    hit_card_slot = 1,  // id, title, date, source, url, dateline, places, agencies (indexer/hit_card.hpp)
    // 2, 6, 7: the source, places and agencies before schema 8 (now on the card and the facet key)
    // 3, 4, 5: the url, dateline and id before schema 6 (now on the card)
    // Reserved for batch reindexing (issue 6): a hash of the article's content, so unchanged articles are skipped.
    content_hash_slot = 8,
    // The label of the article's cluster of near-identical articles (indexer/near_duplicates.hpp); searches
    // collapse on it. Only articles with a near-duplicate have one.
    duplicate_slot = 9,
    signature_slot = 10,  // the body's shingle signature, 48 big-endian 32-bit minima
    body_slot = 11,       // the body and its words' spans, for snippets (indexer/stored_body.hpp); no document data
    facet_slot = 12,      // date, source, places and agencies named, what facets count (indexer/facet_key.hpp)
};

// The names in a listing of the places or agencies an article names (on its hit card), in order. A listing has
// one "code<TAB>name<TAB>zones" line a name, most prominent first; zones lists where the article names it: title,
// dateline, lead, body ("33.16<TAB>Kabupaten Blora<TAB>dateline,lead").
inline std::vector<std::string> listed_names(const std::string& listing) {
    std::vector<std::string> names;
    for (std::size_t start = 0; start < listing.size();) {
        std::size_t end = listing.find('\n', start);
        if (end == std::string::npos) end = listing.size();
        const std::size_t tab = listing.find('\t', start);
        if (tab != std::string::npos && tab < end) {
            const std::size_t name_end = std::min(end, listing.find('\t', tab + 1));
            names.push_back(listing.substr(tab + 1, name_end - tab - 1));
        }
        start = end + 1;
    }
    return names;
}
// Snippets are sought in the opening this long only, to bound the work per hit.
inline constexpr std::size_t snippet_search_bytes = 64 * 1024;

// Metadata.
inline constexpr std::string_view schema_key = "telusur.schema";
inline constexpr std::string_view stemmer_key = "telusur.stemmer";
inline constexpr std::string_view gazetteer_key = "telusur.gazetteer";              // fingerprint of its content
inline constexpr std::string_view gazetteer_files_key = "telusur.gazetteer_files";  // extra files, one a line
// The fingerprints of the word lists the terms depend on (indexer/analysis.cpp), in hex.
inline constexpr std::string_view spelling_key = "telusur.spelling";

}  // namespace telusur::schema
