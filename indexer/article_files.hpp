// ArticleFiles: the files an index run reads, from the paths a user gives: files as given, directories walked
// recursively in name order (hidden entries skipped, symbolic links to directories not followed, so loops cannot
// trap the walk; only regular files read, so a pipe cannot stall it, and links that lead nowhere are passed over),
// and "-" for standard input.
#pragma once

#include <telusur/error.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace telusur {

// Calls `file` with each file's name and whole content; a path that cannot be read goes to `unreadable`.
void for_each_article_file(const std::vector<std::string>& paths,
                           const std::function<void(const std::string& name, const std::string& content)>& file,
                           const std::function<void(const InputError&)>& unreadable);

}  // namespace telusur

namespace telusur {

// The pieces big JSON-lines files are read in: what indexing holds of its input at once.
inline constexpr std::size_t article_chunk_bytes = 8 << 20;

// Like for_each_article_file, but a JSON-lines file (its first non-blank byte is '{') larger than chunk_bytes comes
// in pieces of whole lines, each with the number of lines before it, so memory does not grow with the file. Pieces
// holding only blank lines are skipped.
void for_each_article_chunk(
    const std::vector<std::string>& paths, std::size_t chunk_bytes,
    const std::function<void(const std::string& name, const std::string& content, std::size_t lines_before)>& chunk,
    const std::function<void(const InputError&)>& unreadable);

// The bytes for_each_article_file will read from these paths (standard input counts as 0: it is not known).
std::uint64_t article_file_bytes(const std::vector<std::string>& paths);

}  // namespace telusur
