// ArticleFiles: the files an index run reads, from the paths a user gives: files as given, directories walked
// recursively in name order (hidden entries skipped, symbolic links to directories not followed, so loops cannot
// trap the walk), and "-" for standard input.
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

// The bytes for_each_article_file will read from these paths (standard input counts as 0: it is not known).
std::uint64_t article_file_bytes(const std::vector<std::string>& paths);

}  // namespace telusur
