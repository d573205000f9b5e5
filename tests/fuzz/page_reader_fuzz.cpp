// libFuzzer target: the scraped-page reader (furniture, headline, dateline, dates), on any bytes.
#include "corpus/article_reader.hpp"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view content(reinterpret_cast<const char*>(data), size);
    telusur::ReadCallbacks callbacks;
    callbacks.article = [](telusur::Article&&, std::size_t, std::string_view) {};
    callbacks.reject = [](const telusur::InputError&, std::string_view) {};
    telusur::read_articles(content, "fuzz.txt", telusur::ArticleFormat::page, callbacks);
    return 0;
}
