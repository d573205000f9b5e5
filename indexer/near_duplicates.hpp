// Near-duplicate articles: one agency press release run by several outlets, a story republished with small edits.
// Search shows them as one hit (searcher, --no-collapse to see all).
//
// Each body gets a MinHash signature over its five-word shingles: the share of signature positions two articles
// agree on estimates the resemblance (Jaccard) of their shingle sets. Locality-sensitive hashing turns finding
// candidates into an index lookup: the signature is cut into bands, each band becomes a term, and articles sharing
// a band are candidates, confirmed when their whole signatures agree enough. Confirmed articles share a cluster
// label (schema::duplicate_slot and a cluster term) that the searcher collapses on; other articles have none.
#pragma once

#include "indexer/analyzer.hpp"
#include "indexer/band_filter.hpp"

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace telusur::near_duplicates {

// 12 bands of 4: articles resembling each other 0.7 share a band 96% of the time, 0.5 only 54%, 0.3 9%.
inline constexpr std::size_t bands = 12, band_rows = 4, signature_size = bands * band_rows;
inline constexpr std::size_t shingle_words = 5;
// Shorter bodies are not judged: a few shared sentences would make unrelated short items look alike.
inline constexpr std::size_t min_shingles = 25;
// Resemblance from which two articles count as the same text. On click-id, pairs at 0.7 and above read as one
// story edited (the same release in two outlets, a headline rewritten); around 0.5 they are different articles
// sharing boilerplate (two schedules of the same match broadcast).
inline constexpr double same_text = 0.7;

// Empty when the body is too short to judge.
using Signature = std::vector<std::uint32_t>;

Signature signature(const std::vector<Token>& body);
double resemblance(const Signature& a, const Signature& b);  // 0..1

std::string encode(const Signature& signature);  // for schema::signature_slot
Signature decode(std::string_view value);         // empty if the value is not a signature
std::vector<std::string> band_terms(const Signature& signature);

// Puts `doc` (the article `id_term`, carrying its signature) in the cluster of the article in `db` most like it, if
// one is alike enough; when that article had no near-duplicate yet, it starts the cluster and is rewritten with its
// label. An article with no near-duplicate carries no label at all: searches collapse on the label, and Xapian
// reads it for every article it ranks, so it is kept for the few articles there is something to fold.
// `written`, when given, holds the bands of every article in `db`: bands it has not seen are not looked up, and the
// article's own are added to it.
void assign_cluster(Xapian::WritableDatabase& db, Xapian::Document& doc, const std::string& id_term,
                    BandFilter* written = nullptr);

}  // namespace telusur::near_duplicates
