// Small generated articles for reindex tests: many, quick to analyse, each with words that find it.
#pragma once

#include "tests/test_support.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <string>
#include <vector>

namespace telusur::test {

struct GeneratedArticle {
    std::string id, title, body;
};

// Article i has the word "nomor<i>" (a unique query) and a few common ones; `edition` changes the body.
inline GeneratedArticle generated_article(std::size_t i, int edition = 0) {
    static const char* words[] = {"banjir", "jalan", "desa", "petani", "pasar", "sekolah", "warga", "bupati"};
    GeneratedArticle a{"art-" + std::to_string(i),
                       "Berita " + std::string(words[i % 8]) + " nomor" + std::to_string(i), ""};
    for (int sentence = 0; sentence < 4; ++sentence)
        a.body += std::string("Para ") + words[(i + sentence) % 8] + " membahas " + words[(i * 7 + sentence) % 8] +
                  " di kecamatan. ";
    a.body += "Kode nomor" + std::to_string(i) + (edition ? " edisi" + std::to_string(edition) : std::string()) + ".";
    return a;
}

inline std::string jsonl_line(const GeneratedArticle& a) {
    return nlohmann::json{{"id", a.id}, {"title", a.title}, {"body", a.body}, {"date", "2021-03-04"}}.dump() + "\n";
}

// Articles first..last-1 as JSON lines; those in `edited` in their second edition.
inline std::string generated_jsonl(std::size_t first, std::size_t last, const std::vector<std::size_t>& edited = {}) {
    std::string text;
    for (std::size_t i = first; i < last; ++i) {
        const bool changed = std::find(edited.begin(), edited.end(), i) != edited.end();
        text += jsonl_line(generated_article(i, changed ? 2 : 0));
    }
    return text;
}

// The generation the stub of an index directory names live ("g000002"), or empty for a plain index.
inline std::string live_generation(const std::string& directory) {
    std::ifstream stub(directory + "/XAPIANDB");
    std::string backend, name;
    stub >> backend >> name;
    return name;
}

}  // namespace telusur::test
