// ArticleFiles: the files an index run reads, from the paths a user gives: files as given, directories walked
// recursively in name order (hidden entries skipped, symbolic links to directories not followed, so loops cannot
// trap the walk; only regular files read, so a pipe cannot stall it, and links that lead nowhere are passed over),
// and "-" for standard input.
#pragma once

#include <telusur/error.hpp>

#include <functional>
#include <string>
#include <vector>

namespace telusur {

// Calls `file` with each file's name and whole content; a path that cannot be read goes to `unreadable`.
void for_each_article_file(const std::vector<std::string>& paths,
                           const std::function<void(const std::string& name, const std::string& content)>& file,
                           const std::function<void(const InputError&)>& unreadable);

}  // namespace telusur
