// libFuzzer target: the Indonesian stemmer (full and light) on any word the analyzer can hand it: valid UTF-8 of
// at most Analyzer::max_word_bytes bytes. The full stemmer's word without clitics is the light stemmer's stem, and a
// proper noun keeps its letters but for clitics at its end: its stem begins the word.
#include "corpus/utf8.hpp"
#include "indexer/analyzer.hpp"

#include <telusur/stemmer.hpp>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto full = telusur::make_indonesian_stemmer({.cache = false});
    static const auto light = telusur::make_indonesian_stemmer({.mode = telusur::StemMode::light, .cache = false});
    const std::string_view word(reinterpret_cast<const char*>(data), size);
    if (size > telusur::Analyzer::max_word_bytes || !telusur::utf8::is_valid(word)) return 0;
    full->stem(word);
    if (full->without_clitics(word) != light->stem(word)) __builtin_trap();
    if (!word.starts_with(full->stem_proper_noun(word))) __builtin_trap();
    return 0;
}
