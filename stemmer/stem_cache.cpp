#include "stemmer/stem_cache.hpp"

#include "stemmer/word_hash.hpp"

namespace telusur::stemming {

StemCache::StemCache(std::size_t max_bytes) : max_bytes_(max_bytes) { clear(); }

void StemCache::clear() {
    slots_.assign(1024, Slot{});
    arena_.clear();
    count_ = 0;
}

std::optional<std::string_view> StemCache::find(std::string_view word) const {
    const std::uint64_t hash = word_hash(word);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots_[i];
        if (!slot.used) return std::nullopt;
        if (slot.hash == hash && slot.word_size == word.size() &&
            std::string_view(arena_.data() + slot.offset, slot.word_size) == word)
            return std::string_view(arena_.data() + slot.offset + slot.word_size, slot.stem_size);
    }
}

void StemCache::insert(std::string_view word, std::string_view stem) {
    if (word.size() > 255 || stem.size() > 255) return;
    if (arena_.size() + word.size() + stem.size() > max_bytes_) clear();
    if ((count_ + 1) * 2 > slots_.size()) grow();
    const std::uint64_t hash = word_hash(word);
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash & mask;
    while (slots_[i].used) i = (i + 1) & mask;  // callers insert only what find() missed
    slots_[i] = Slot{hash, static_cast<std::uint32_t>(arena_.size()), static_cast<std::uint8_t>(word.size()),
                     static_cast<std::uint8_t>(stem.size()), true};
    arena_.append(word).append(stem);
    ++count_;
}

void StemCache::grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (!slot.used) continue;
        std::size_t i = slot.hash & mask;
        while (slots_[i].used) i = (i + 1) & mask;
        slots_[i] = slot;
    }
}

}  // namespace telusur::stemming
