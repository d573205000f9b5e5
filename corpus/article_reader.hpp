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

// An article's input (its JSON line, or its page file) larger than this is refused: no news article is that long, so
// it is a dump or a broken export, and analysing it would take the time and memory of thousands of articles.
inline constexpr std::size_t max_article_bytes = 8 << 20;

// `input` is what the article was read from, as read: its JSON line, or the whole file of a page (or of a file
// rejected whole). It lets a caller keep rejected input for repair.
struct ReadCallbacks {
    std::function<void(Article&&, std::size_t line, std::string_view input)> article;
    std::function<void(const InputError&, std::string_view input)> reject;
};

// Reads every article in `content`, the whole text of the file called `name` ("-" for standard input).
void read_articles(std::string_view content, const std::string& name, ArticleFormat format,
                   const ReadCallbacks& callbacks);

// The reason an input of `bytes` over max_article_bytes is refused.
std::string too_large(std::size_t bytes);

// One JSON-lines record; throws InputError naming name:line.
Article read_json_article(std::string_view line, const std::string& name, std::size_t line_number);

// One scraped page; throws InputError naming the file (and the line where it can).
Article read_page(std::string_view content, const std::string& name);

}  // namespace telusur
