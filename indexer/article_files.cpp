#include "indexer/article_files.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace telusur {
namespace {

namespace fs = std::filesystem;

bool read_whole(std::istream& in, std::string& content) {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    content = std::move(buffer).str();
    return !in.bad();
}

std::vector<fs::path> files_under(const fs::path& directory, std::error_code& ec) {
    std::vector<fs::path> files;
    fs::recursive_directory_iterator it(directory, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        // An entry's own error (a link in a loop or to nowhere) only means it is no file to read: the walk goes on.
        std::error_code entry_error;
        const std::string name = it->path().filename().string();
        if (!name.empty() && name.front() == '.') {
            if (it->is_directory(entry_error)) it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(entry_error)) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

void for_each_article_file(const std::vector<std::string>& paths,
                           const std::function<void(const std::string&, const std::string&)>& file,
                           const std::function<void(const InputError&)>& unreadable) {
    std::string content;
    auto read_file = [&](const fs::path& path) {
        std::ifstream in(path, std::ios::binary);
        if (!in || !read_whole(in, content)) {
            unreadable(InputError(path.string(), 0, "cannot read the file"));
            return;
        }
        file(path.string(), content);
    };

    for (const std::string& path : paths) {
        if (path == "-") {
            if (!read_whole(std::cin, content)) unreadable(InputError("-", 0, "cannot read standard input"));
            else file("-", content);
            continue;
        }
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            unreadable(InputError(path, 0, "no such file or directory"));
        } else if (fs::is_directory(status)) {
            const auto files = files_under(path, ec);
            if (ec) unreadable(InputError(path, 0, "cannot read the directory: " + ec.message()));
            for (const auto& each : files) read_file(each);
        } else {
            read_file(path);
        }
    }
}

}  // namespace telusur
