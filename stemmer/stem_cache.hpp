// StemCache: the stems of the words a stemmer has already seen. In running text a few thousand words make most of the
// tokens, so a cached word costs one hash lookup. Words and stems live back to back in one byte arena, the table is
// open addressing over it: no allocation per word. Not thread-safe; each stemmer has its own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace telusur::stemming {

class StemCache {
public:
    // When the arena would pass `max_bytes`, the cache starts again empty, so a long indexing run's memory stays
    // bounded.
    explicit StemCache(std::size_t max_bytes = std::size_t{32} << 20);

    std::optional<std::string_view> find(std::string_view word) const;
    void insert(std::string_view word, std::string_view stem);  // words or stems over 255 bytes are not kept

    std::size_t size() const { return count_; }
    void clear();

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t offset = 0;  // of the word in the arena; its stem follows it
        std::uint8_t word_size = 0, stem_size = 0;
        bool used = false;
    };
    void grow();

    std::vector<Slot> slots_;
    std::string arena_;
    std::size_t count_ = 0;
    std::size_t max_bytes_;
};

}  // namespace telusur::stemming
