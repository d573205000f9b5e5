#include "corpus/article_reader.hpp"

#include "corpus/text.hpp"
#include "corpus/utf8.hpp"

#include <algorithm>

namespace telusur {
namespace {

std::size_t line_of(std::string_view content, std::size_t offset) {
    return 1 + static_cast<std::size_t>(std::count(content.begin(), content.begin() + offset, '\n'));
}

ArticleFormat detect(std::string_view content) {
    const std::size_t first = content.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && content[first] == '{') return ArticleFormat::jsonl;
    return ArticleFormat::page;
}

// Whole-file checks both formats share: a file that is empty or binary holds no article.
void check_file(std::string_view content, const std::string& name, ArticleFormat format) {
    if (content.find_first_not_of(" \t\r\n") == std::string_view::npos) throw InputError(name, 0, "empty file");
    // A NUL byte in the first block is the mark of a binary file; in JSON lines a later one only spoils its line.
    const std::size_t probe = format == ArticleFormat::jsonl ? std::min<std::size_t>(content.size(), 8192) : content.size();
    const std::size_t nul = content.substr(0, probe).find('\0');
    if (nul != std::string_view::npos)
        throw InputError(name, line_of(content, nul), "binary data (NUL byte), not an article file");
}

void read_json_lines(std::string_view content, const std::string& name, const ReadCallbacks& callbacks) {
    for (text::Lines lines(content); lines.next();) {
        const std::string_view line = lines.line();
        const std::size_t line_number = lines.number();
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        try {
            callbacks.article(read_json_article(line, name, line_number), line_number, line);
        } catch (const InputError& e) {
            callbacks.reject(e, line);
        }
    }
}

}  // namespace

std::string too_large(std::size_t bytes) {
    return std::to_string(bytes) + " bytes, larger than an article can be (" + std::to_string(max_article_bytes >> 20) +
           " MiB)";
}

ArticleFormat parse_article_format(const std::string& name) {
    if (name == "auto" || name == "detect") return ArticleFormat::detect;
    if (name == "jsonl" || name == "json") return ArticleFormat::jsonl;
    if (name == "page" || name == "text") return ArticleFormat::page;
    throw ArgumentError("unknown article format '" + name + "' (expected auto, jsonl or page)");
}

void read_articles(std::string_view content, const std::string& name, ArticleFormat format,
                   const ReadCallbacks& callbacks) {
    if (format == ArticleFormat::detect) format = detect(content);
    try {
        check_file(content, name, format);
        if (format == ArticleFormat::jsonl) {
            read_json_lines(content, name, callbacks);
            return;
        }
        if (content.size() > max_article_bytes) throw InputError(name, 0, too_large(content.size()));
        const std::size_t bad = utf8::find_invalid(content);
        if (bad != std::string_view::npos) throw InputError(name, line_of(content, bad), "invalid UTF-8");
        callbacks.article(read_page(content, name), 1, content);
    } catch (const InputError& e) {
        callbacks.reject(e, content);
    }
}

}  // namespace telusur
