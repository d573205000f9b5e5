#include "indexer/content_hash.hpp"

#include <cstdio>

namespace telusur {

std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash) {
    for (const unsigned char byte : bytes) {
        hash ^= byte;
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

std::string content_hash(const Article& article) {
    std::uint64_t hash = fnv1a({});
    // Each field with its length first, so moving text from one field to the next changes the hash.
    for (const std::string* field : {&article.id, &article.title, &article.body, &article.date, &article.source,
                                     &article.url, &article.dateline}) {
        const std::uint64_t size = field->size();
        hash = fnv1a(std::string_view(reinterpret_cast<const char*>(&size), sizeof size), hash);
        hash = fnv1a(*field, hash);
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

}  // namespace telusur
