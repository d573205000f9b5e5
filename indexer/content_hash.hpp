// The content hash of an article: what a reindex compares to decide that an article is unchanged, without
// analysing it. It covers every field that ends up in the document; the analysis itself is recorded per index.
#pragma once

#include <telusur/article.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace telusur {

// 64-bit FNV-1a: fast, no dependency, and a changed article colliding with its old hash is a 1-in-2^64 chance.
std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = 0xcbf29ce484222325ULL);

// Sixteen lowercase hex digits, as stored in schema::content_hash_slot.
std::string content_hash(const Article& article);

}  // namespace telusur
