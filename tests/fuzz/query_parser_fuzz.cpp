// libFuzzer target: the query parser on any bytes. A query is parsed or refused with a QueryError whose position
// lies within the query; nothing else may happen.
#include "searcher/query_parser.hpp"

#include <telusur/stemmer.hpp>

#include <telusur/error.hpp>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static telusur::Analysis analysis(telusur::make_indonesian_stemmer({.cache = false}), {});
    const std::string_view query(reinterpret_cast<const char*>(data), size);
    try {
        telusur::QueryParser(analysis).parse(query);
    } catch (const telusur::QueryError& e) {
        if (e.position() < 1 || e.position() > size + 1) __builtin_trap();
    }
    return 0;
}
