// The index schema, written down once: term prefixes, value slots, stored fields and metadata keys. The indexer
// writes by it and the searcher reads by it; change it only with a new schema_version.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

namespace telusur::schema {

// Bumped whenever documents written by an older telusur would be read wrongly.
inline constexpr std::string_view schema_version = "1";

// Terms.
inline constexpr std::string_view id_prefix = "Q";       // Q<id>: unique, so re-indexing replaces
inline constexpr std::string_view title_prefix = "S";    // S<term>: title words (also indexed unprefixed)
inline constexpr std::string_view source_prefix = "XS";  // XS<source>: outlet, case-folded, for filters and stats
inline constexpr std::string_view year_prefix = "Y";     // Y2019

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

// Value slots: the stored fields a hit shows, and the date in a sortable form.
enum Slot : Xapian::valueno {
    date_slot = 0,  // yyyymmdd
    title_slot = 1,
    source_slot = 2,
    url_slot = 3,
    dateline_slot = 4,
    id_slot = 5,
};
// The document data holds the body, for snippets.

// Metadata.
inline constexpr std::string_view schema_key = "telusur.schema";
inline constexpr std::string_view stemmer_key = "telusur.stemmer";

}  // namespace telusur::schema
