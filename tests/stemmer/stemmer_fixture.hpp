// What the stemmer tests share: the installed hunspell-id dictionary (tests that need it skip with a message when it
// is absent, as on a machine without the set-up command's packages), one stemmer per mode, and gold-file reading.
#pragma once

#include "tests/test_support.hpp"

#include <telusur/stemmer.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace telusur::test {

inline bool hunspell_id_installed() {
    const std::string dictionary = StemmerOptions{}.dictionary;
    return std::filesystem::exists(dictionary + ".dic") && std::filesystem::exists(dictionary + ".aff");
}

// The run's stemmer for `mode`, made on first use. Its cache carries over from test to test, as the analyzer's does
// from article to article.
inline const Stemmer& indonesian_stemmer(StemMode mode = StemMode::full) {
    static std::unique_ptr<Stemmer> full, light;
    auto& stemmer = mode == StemMode::full ? full : light;
    if (!stemmer) {
        StemmerOptions options;
        options.mode = mode;
        stemmer = make_indonesian_stemmer(options);
    }
    return *stemmer;
}

// One row of a gold file: word, root and (Sastrawi's files) status.
struct GoldRow {
    std::string word, root, status;
};

// The rows of a TSV gold file with a header line: column 1 the word, column 2 the root, the last column the status.
inline std::vector<GoldRow> read_gold(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::vector<GoldRow> rows;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const std::size_t first = line.find('\t');
        if (first == std::string::npos) continue;
        const std::size_t second = line.find('\t', first + 1);
        GoldRow row;
        row.word = line.substr(0, first);
        row.root = line.substr(first + 1, second == std::string::npos ? std::string::npos : second - first - 1);
        row.status = line.substr(line.rfind('\t') + 1);
        rows.push_back(std::move(row));
    }
    return rows;
}

// The stem of a gold entry, which may hold several words ("siapakah memberdayakan pembangunan").
inline std::string stem_text(const Stemmer& stemmer, const std::string& text) {
    std::string result, word;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != ' ') {
            word += text[i];
            continue;
        }
        if (word.empty()) continue;
        if (!result.empty()) result += ' ';
        result += stemmer.stem(word);
        word.clear();
    }
    return result;
}

}  // namespace telusur::test

// Skips the rest of a test, with a message, when hunspell-id is not installed.
#define SKIP_WITHOUT_HUNSPELL_ID()                                                                                   \
    do {                                                                                                             \
        if (!telusur::test::hunspell_id_installed()) {                                                               \
            WARN("skipped: hunspell-id (" << telusur::StemmerOptions{}.dictionary << ".dic/.aff) is not installed"); \
            return;                                                                                                  \
        }                                                                                                            \
    } while (false)
