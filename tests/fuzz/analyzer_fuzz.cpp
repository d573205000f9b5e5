// libFuzzer target: the analyzer and the entity tagger on any valid UTF-8 text (the readers refuse anything else),
// as the indexer runs them on an article; the words a snippet finds from the stored body agree with them; and the
// same bytes read as stored index data (a body with word spans, a hit card) are read safely.
#include "corpus/utf8.hpp"
#include "indexer/analysis.hpp"
#include "indexer/hit_card.hpp"
#include "indexer/schema.hpp"
#include "indexer/stored_body.hpp"

#include <telusur/stemmer.hpp>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static telusur::Analysis analysis(telusur::make_indonesian_stemmer({.cache = false}), {});
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // Read as stored index data, any bytes give a body and spans inside it, or none; never a read past the end.
    const telusur::StoredBody read = telusur::decode_stored_body(text);
    for (const auto& span : read.spans)
        if (span.begin >= span.end || span.end > read.body.size()) __builtin_trap();
    if (read.prints.size() != read.spans.size()) __builtin_trap();
    telusur::HitCard::decode(text);
    if (!telusur::utf8::is_valid(text)) return 0;
    const auto tokens = analysis.analyzer.analyze(text);
    for (const auto& token : tokens)
        if (token.begin > token.end || token.end > text.size() || token.word.size() > telusur::Analyzer::max_word_bytes)
            __builtin_trap();  // a token outside the text, or a word the index cannot hold
    analysis.tagger.tag(text, tokens, telusur::TextCase::meaningful);

    const auto spans = analysis.analyzer.word_spans(text);
    const telusur::StoredBody stored = telusur::decode_stored_body(
        telusur::encode_stored_body(text, spans, telusur::term_prints(spans.size(), tokens, 0)));
    if (stored.body != text || !stored.spans_known || stored.prints.size() != stored.spans.size()) __builtin_trap();
    if (text.size() <= telusur::schema::snippet_search_bytes) {
        // Each word stands at the span of its position (a joined whole at its first part's), where a snippet
        // finds it, and its stored print is its own term's: a snippet passes over a word printed unlike a query term.
        for (const auto& token : tokens) {
            if (token.position >= stored.spans.size() || stored.spans[token.position].begin != token.begin)
                __builtin_trap();
            if (!token.compound && (stored.spans[token.position].end != token.end ||
                                    stored.prints[token.position] != telusur::term_print(token.term)))
                __builtin_trap();
        }
    }
    return 0;
}
