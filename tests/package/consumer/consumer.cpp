// Indexes a directory of articles and searches it through the public headers alone; prints the top hit's id.
#include <telusur/indexer.hpp>
#include <telusur/searcher.hpp>

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: consumer DB ARTICLES QUERY\n";
        return 2;
    }
    try {
        {
            telusur::Indexer indexer(argv[1]);
            const telusur::IndexSummary summary = indexer.index_paths({argv[2]});
            std::cerr << "indexed " << summary.indexed << "\n";
        }
        telusur::Searcher searcher(argv[1]);
        const telusur::Results results = searcher.search(argv[3]);
        if (results.hits.empty()) return 1;
        std::cout << results.hits.front().id << "\n";
    } catch (const telusur::Error& e) {
        std::cerr << e.what() << "\n";
        return 1;
    }
}
