#include "indexer/content_hash.hpp"

#include "corpus/stable_hash.hpp"

#include <cstdio>

namespace telusur {

std::string content_hash(const Article& article) {
    std::uint64_t hash = stable_hash::fnv_offset;
    // Each field with its length first, so moving text from one field to the next changes the hash.
    for (const std::string* field : {&article.id, &article.title, &article.body, &article.date, &article.source,
                                     &article.url, &article.dateline}) {
        char size[8];  // little-endian, the same on every machine
        for (std::size_t i = 0; i < sizeof size; ++i) size[i] = static_cast<char>((field->size() >> (8 * i)) & 0xff);
        hash = stable_hash::fnv1a(std::string_view(size, sizeof size), hash);
        hash = stable_hash::fnv1a(*field, hash);
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

}  // namespace telusur
