#include "bench_inputs.hpp"

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace telusur::bench {
namespace {

bool is_blank(const std::string& line) { return line.find_first_not_of(" \t\r") == std::string::npos; }

std::ifstream open_for_reading(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(file + ": cannot read the file");
    return in;
}

}  // namespace

CorpusInput prepare_corpus(const std::string& file, std::size_t limit_docs, const std::string& copy_to) {
    std::ifstream in = open_for_reading(file);
    CorpusInput corpus{file, file, 0, 0};
    std::ofstream out;
    if (limit_docs) {
        out.open(copy_to, std::ios::binary);
        if (!out) throw std::runtime_error(copy_to + ": cannot write the file");
        corpus.file = copy_to;
    }
    std::string line;
    while ((!limit_docs || corpus.lines < limit_docs) && std::getline(in, line)) {
        if (is_blank(line)) continue;
        ++corpus.lines;
        if (limit_docs) out << line << '\n';
    }
    if (limit_docs) {
        out.close();
        if (!out) throw std::runtime_error(copy_to + ": cannot write the file");
    }
    corpus.bytes = std::filesystem::file_size(corpus.file);
    return corpus;
}

std::vector<std::string> read_queries(const std::string& file, std::size_t max_queries) {
    std::ifstream in = open_for_reading(file);
    std::vector<std::string> queries;
    std::string line;
    while (queries.size() < max_queries && std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const std::size_t tab = line.find('\t');
        std::string query = tab == std::string::npos ? line : line.substr(tab + 1);
        if (!is_blank(query)) queries.push_back(std::move(query));
    }
    return queries;
}

std::string default_queries_for(const std::string& corpus_file) {
    const std::filesystem::path corpus = std::filesystem::absolute(corpus_file).lexically_normal();
    const std::filesystem::path data = corpus.parent_path().parent_path();
    return (data / "ir" / "known-item" / "indosum.queries.title.tsv").string();
}

}  // namespace telusur::bench
