// The other baseline telusur is measured against: SQLite FTS5 as an embedded user would set it up — one table with
// title and body columns, the unicode61 tokenizer (case and accent folding, no stemming), ranked by bm25() with the
// title weighted 2 and the body 1, and a query that is the OR of the query's words.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace telusur::bench {

class Fts5Baseline {
public:
    // Opens (creating when absent) the SQLite database file `path`. Throws std::runtime_error on any SQLite error.
    explicit Fts5Baseline(const std::string& path);
    ~Fts5Baseline();
    Fts5Baseline(const Fts5Baseline&) = delete;
    Fts5Baseline& operator=(const Fts5Baseline&) = delete;

    // Adds every article of a JSON-lines file (id, title, body) in one transaction; returns how many were added.
    std::size_t index_jsonl(const std::string& corpus_file);

    // The ids of the top `count` articles for `query`, best first.
    std::vector<std::string> rank(const std::string& query, std::size_t count);

    // The FTS5 query for a user's query: each whitespace-separated word quoted (so FTS5's own syntax in it is
    // harmless), joined with OR; words without a letter or digit are left out. Empty when nothing is left.
    static std::string match_expression(const std::string& query);

private:
    sqlite3* db_ = nullptr;
    sqlite3_stmt* search_ = nullptr;
    void execute(const char* sql);
};

}  // namespace telusur::bench
