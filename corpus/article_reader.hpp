// Reading articles out of files: JSON lines (one article per line) or the text of one scraped article page.
// Bad input never stops a read: each bad line or file goes to `reject` with its file and line, the rest goes on.
#pragma once

#include <telusur/article.hpp>
#include <telusur/error.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace telusur {

struct ReadCallbacks {
    std::function<void(Article&&, std::size_t line)> article;
    std::function<void(const InputError&)> reject;
};

// Reads every article in `content`, the whole text of the file called `name` ("-" for standard input).
void read_articles(std::string_view content, const std::string& name, ArticleFormat format,
                   const ReadCallbacks& callbacks);

// One JSON-lines record; throws InputError naming name:line.
Article read_json_article(std::string_view line, const std::string& name, std::size_t line_number);

// One scraped page; throws InputError naming the file (and the line where it can).
Article read_page(std::string_view content, const std::string& name);

}  // namespace telusur
