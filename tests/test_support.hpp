// What the tests share: where the sample corpus and the optional real data are, and scratch directories.
#pragma once

#include <telusur/indexer.hpp>
#include <telusur/searcher.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace telusur::test {

inline const std::filesystem::path sample_dir{TELUSUR_SAMPLE_DIR};
inline const std::filesystem::path shared_data{TELUSUR_SHARED_DATA};
inline const std::string seed_page = (sample_dir / "000_804e0742f2996cee.txt").string();

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The ids of a query's first page, in rank order.
inline std::vector<std::string> ids_for(const std::string& db, const std::string& query) {
    std::vector<std::string> ids;
    for (const Hit& hit : Searcher(db).search(query).hits) ids.push_back(hit.id);
    return ids;
}

// The ids of the articles holding every word of `query`, sorted (partial matches, which follow them, left out).
inline std::vector<std::string> full_match_ids(Searcher& searcher, const std::string& query) {
    std::vector<std::string> found;
    for (const Hit& hit : searcher.search(query).hits)
        if (!hit.partial) found.push_back(hit.id);
    std::sort(found.begin(), found.end());
    return found;
}

// Ids and scores of a query's first page: the same ranking means the same scores, not only the same order.
inline std::vector<std::pair<std::string, double>> ranking(const std::string& db, const std::string& query,
                                                           const SearchOptions& options = {}) {
    std::vector<std::pair<std::string, double>> ranked;
    for (const Hit& hit : Searcher(db).search(query, options).hits) ranked.emplace_back(hit.id, hit.score);
    return ranked;
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

inline void write_file(const std::filesystem::path& path, const std::string& content) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
}

// Articles of an id and a body alone, added to `indexer`.
inline void add_bodies(Indexer& indexer, const std::vector<std::pair<std::string, std::string>>& articles) {
    for (const auto& [id, body] : articles) {
        Article article;
        article.id = id;
        article.body = body;
        indexer.add(article);
    }
}

// A fresh directory under the system temp dir, removed when the test ends.
class ScratchDir {
public:
    ScratchDir() {
        std::random_device random;
        path_ = std::filesystem::temp_directory_path() / ("telusur-test-" + std::to_string(random()) + std::to_string(random()));
        std::filesystem::create_directories(path_);
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::string operator/(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

// One index of the sample corpus per test process: indexing it once keeps the suite fast.
inline const std::string& sample_index() {
    static ScratchDir dir;
    static const std::string db = [] {
        Indexer indexer(dir / "db");
        const IndexSummary summary = indexer.index_paths({sample_dir.string()});
        if (summary.rejected != 0) throw std::runtime_error("the sample corpus has rejected articles");
        return dir / "db";
    }();
    return db;
}

// A search of the sample corpus index, as a reader would type it.
inline Results search_sample(const std::string& query, const SearchOptions& options = {}) {
    static Searcher searcher(sample_index());
    return searcher.search(query, options);
}

}  // namespace telusur::test
