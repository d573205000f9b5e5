#include "word_stream.hpp"

#include <fstream>
#include <stdexcept>
#include <string_view>
#include <unordered_set>

#include <nlohmann/json.hpp>

namespace telusur::bench {
namespace {

bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// The length in bytes of the UTF-8 character at `text[i]` (1 for a malformed byte).
std::size_t char_length(std::string_view text, std::size_t i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return i + n <= text.size() ? n : 1;
}

// Whether the character at `text[i]` separates words: ASCII other than letters and digits, and the non-ASCII
// punctuation news text uses (no-break space, curly quotes, dashes, ellipsis, zero-width and direction marks:
// U+0080-U+00BF, U+00D7, U+00F7, U+2000-U+206F). Other non-ASCII characters are word characters.
bool is_separator(std::string_view text, std::size_t i, std::size_t length) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    if (length == 1) return b(0) < 0x80 && !is_ascii_letter(b(0)) && !is_digit(b(0));
    if (length == 2) {
        const unsigned code = (b(0) & 0x1Fu) << 6 | (b(1) & 0x3Fu);
        return code <= 0xBF || code == 0xD7 || code == 0xF7;
    }
    if (length == 3) {
        const unsigned code = (b(0) & 0x0Fu) << 12 | (b(1) & 0x3Fu) << 6 | (b(2) & 0x3Fu);
        return code >= 0x2000 && code <= 0x206F;
    }
    return false;
}

void split_body(std::string_view body, WordStream& out, std::unordered_set<std::string>& seen) {
    std::size_t i = 0;
    while (i < body.size()) {
        std::size_t length = char_length(body, i);
        while (i < body.size() && is_separator(body, i, length)) {
            i += length;
            if (i < body.size()) length = char_length(body, i);
        }
        if (i >= body.size()) break;
        const std::size_t start = i;
        bool letters_only = true;
        while (i < body.size() && !is_separator(body, i, length)) {
            letters_only = letters_only && is_ascii_letter(static_cast<unsigned char>(body[i]));
            i += length;
            if (i < body.size()) length = char_length(body, i);
        }
        if (!letters_only) {
            ++out.skipped;
            continue;
        }
        std::string word(body.substr(start, i - start));
        for (char& c : word)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (seen.insert(word).second) out.distinct.push_back(word);
        out.tokens.push_back(std::move(word));
    }
}

}  // namespace

WordStream read_body_words(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(file + ": cannot read the file");
    WordStream out;
    std::unordered_set<std::string> seen;
    std::string line;
    std::size_t line_number = 0;
    while (std::getline(in, line)) {
        ++line_number;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const nlohmann::json article = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
        if (article.is_discarded())
            throw std::runtime_error(file + ":" + std::to_string(line_number) + ": not a JSON object");
        const auto body = article.find("body");
        if (body == article.end() || !body->is_string()) continue;
        ++out.articles;
        split_body(body->get_ref<const std::string&>(), out, seen);
    }
    if (in.bad()) throw std::runtime_error(file + ": cannot read the file");
    return out;
}

}  // namespace telusur::bench
