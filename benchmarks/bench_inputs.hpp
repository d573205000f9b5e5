// The inputs of a benchmark run: the corpus file both systems index, and the query strings both answer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace telusur::bench {

struct CorpusInput {
    std::string source;        // the file named on the command line
    std::string file;          // the JSON-lines file both systems index: source, or a copy of its opening
    std::uint64_t bytes = 0;   // its size: MB/s counts input bytes
    std::size_t lines = 0;     // non-blank lines, i.e. articles offered
};

// Describes `file`, or, when limit_docs > 0, writes its first limit_docs non-blank lines to `copy_to` and describes
// that copy, so both systems see exactly the same, smaller input. Throws std::runtime_error if it cannot be read.
CorpusInput prepare_corpus(const std::string& file, std::size_t limit_docs, const std::string& copy_to);

// The first max_queries queries of `file`: the text after the first tab of each line (qid<TAB>query, as in the
// known-item sets), or the whole line where there is no tab. Blank queries are skipped.
std::vector<std::string> read_queries(const std::string& file, std::size_t max_queries);

// Where the shared data layout keeps the indosum title queries, seen from a corpus in data/corpora/.
std::string default_queries_for(const std::string& corpus_file);

}  // namespace telusur::bench
