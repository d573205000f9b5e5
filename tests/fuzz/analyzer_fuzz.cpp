// libFuzzer target: the analyzer and the entity tagger on any valid UTF-8 text (the readers refuse anything else),
// as the indexer runs them on an article.
#include "corpus/utf8.hpp"
#include "indexer/analysis.hpp"

#include <telusur/stemmer.hpp>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static telusur::Analysis analysis(telusur::make_indonesian_stemmer({.cache = false}), {});
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (!telusur::utf8::is_valid(text)) return 0;
    const auto tokens = analysis.analyzer.analyze(text);
    for (const auto& token : tokens)
        if (token.begin > token.end || token.end > text.size() || token.word.size() > telusur::Analyzer::max_word_bytes)
            __builtin_trap();  // a token outside the text, or a word the index cannot hold
    analysis.tagger.tag(text, tokens, telusur::TextCase::meaningful);
    return 0;
}
