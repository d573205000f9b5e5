#include "fts5_baseline.hpp"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <cctype>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace telusur::bench {
namespace {

std::string field_text(const nlohmann::json& record, const char* key) {
    const auto it = record.find(key);
    if (it == record.end()) return {};
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return it->dump();
    return {};
}

// A word worth searching: it has a letter or digit (any byte of a multi-byte character counts as one).
bool has_word_character(const std::string& word) {
    for (unsigned char c : word)
        if (std::isalnum(c) || c >= 0x80) return true;
    return false;
}

}  // namespace

Fts5Baseline::Fts5Baseline(const std::string& path) {
    if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) {
        const std::string reason = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        throw std::runtime_error(path + ": " + reason);
    }
    execute("CREATE VIRTUAL TABLE IF NOT EXISTS articles USING fts5(title, body, id UNINDEXED, tokenize = 'unicode61')");
    // Columns in bm25(): title 2, body 1 (the id is not indexed).
    const char* sql = "SELECT id FROM articles WHERE articles MATCH ?1 ORDER BY bm25(articles, 2.0, 1.0) LIMIT ?2";
    if (sqlite3_prepare_v2(db_, sql, -1, &search_, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("FTS5 search: ") + sqlite3_errmsg(db_));
}

Fts5Baseline::~Fts5Baseline() {
    sqlite3_finalize(search_);
    sqlite3_close(db_);
}

void Fts5Baseline::execute(const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string reason = error ? error : "unknown error";
        sqlite3_free(error);
        throw std::runtime_error(std::string("SQLite: ") + reason);
    }
}

std::size_t Fts5Baseline::index_jsonl(const std::string& corpus_file) {
    std::ifstream in(corpus_file, std::ios::binary);
    if (!in) throw std::runtime_error(corpus_file + ": cannot read the file");
    sqlite3_stmt* insert = nullptr;
    if (sqlite3_prepare_v2(db_, "INSERT INTO articles(title, body, id) VALUES (?1, ?2, ?3)", -1, &insert, nullptr) !=
        SQLITE_OK)
        throw std::runtime_error(std::string("FTS5 insert: ") + sqlite3_errmsg(db_));
    execute("BEGIN");
    std::size_t added = 0;
    std::string line;
    while (std::getline(in, line)) {
        const nlohmann::json record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
        if (!record.is_object()) continue;
        const std::string id = field_text(record, "id"), title = field_text(record, "title"), body = field_text(record, "body");
        if (id.empty() || body.empty()) continue;
        sqlite3_bind_text(insert, 1, title.data(), static_cast<int>(title.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, body.data(), static_cast<int>(body.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 3, id.data(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
        const int step = sqlite3_step(insert);
        sqlite3_reset(insert);
        if (step != SQLITE_DONE) {
            sqlite3_finalize(insert);
            throw std::runtime_error(std::string("FTS5 insert: ") + sqlite3_errmsg(db_));
        }
        ++added;
    }
    sqlite3_finalize(insert);
    execute("COMMIT");
    return added;
}

std::string Fts5Baseline::match_expression(const std::string& query) {
    std::istringstream words(query);
    std::string word, expression;
    while (words >> word) {
        if (!has_word_character(word)) continue;
        std::string quoted = "\"";
        for (char c : word) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        quoted += '"';
        expression += (expression.empty() ? "" : " OR ") + quoted;
    }
    return expression;
}

std::vector<std::string> Fts5Baseline::rank(const std::string& query, std::size_t count) {
    const std::string expression = match_expression(query);
    std::vector<std::string> ids;
    if (expression.empty()) return ids;
    sqlite3_bind_text(search_, 1, expression.data(), static_cast<int>(expression.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(search_, 2, static_cast<sqlite3_int64>(count));
    int step;
    while ((step = sqlite3_step(search_)) == SQLITE_ROW)
        ids.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(search_, 0)));
    sqlite3_reset(search_);
    if (step != SQLITE_DONE) throw std::runtime_error(std::string("FTS5 search: ") + sqlite3_errmsg(db_));
    return ids;
}

}  // namespace telusur::bench
