// Article: one news article as the library sees it, whatever file it came from.
#pragma once

#include <string>

namespace telusur {

struct Article {
    std::string id;        // stable identity: re-indexing the same id replaces the article
    std::string title;
    std::string body;      // paragraphs separated by blank lines, page furniture removed
    std::string date;      // ISO yyyy-mm-dd, or empty when the source gives none we can read
    std::string source;    // outlet, e.g. "blora-ekspres.com"
    std::string url;
    std::string dateline;  // place named in the dateline ("BLORA"), or empty
};

}  // namespace telusur

namespace telusur {

// How article files are laid out. `detect` decides by content: a file whose first non-blank byte is '{' is JSON lines,
// anything else is the text of one scraped article page.
enum class ArticleFormat { detect, jsonl, page };

// "auto", "jsonl" or "page"; throws ArgumentError for anything else.
ArticleFormat parse_article_format(const std::string& name);

}  // namespace telusur
