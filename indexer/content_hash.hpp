// The content hash of an article: what a reindex compares to decide that an article is unchanged, without
// analysing it. It covers every field that ends up in the document; the analysis itself is recorded per index.
#pragma once

#include <telusur/article.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace telusur {

// Sixteen lowercase hex digits, as stored in schema::content_hash_slot: 64-bit FNV-1a (corpus/stable_hash.hpp), so
// a changed article keeping its old hash is a 1-in-2^64 chance.
std::string content_hash(const Article& article);

}  // namespace telusur
