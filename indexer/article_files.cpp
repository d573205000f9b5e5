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

// Calls `file` for each regular file under the paths, and `standard_input` for "-".
void walk(const std::vector<std::string>& paths, const std::function<void(const fs::path&)>& file,
          const std::function<void()>& standard_input, const std::function<void(const InputError&)>& unreadable) {
    for (const std::string& path : paths) {
        if (path == "-") {
            standard_input();
            continue;
        }
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            unreadable(InputError(path, 0, "no such file or directory"));
        } else if (fs::is_directory(status)) {
            const auto files = files_under(path, ec);
            if (ec) unreadable(InputError(path, 0, "cannot read the directory: " + ec.message()));
            for (const auto& each : files) file(each);
        } else {
            file(path);
        }
    }
}

void read_standard_input(const std::function<void(const std::string&, const std::string&)>& file,
                         const std::function<void(const InputError&)>& unreadable) {
    std::string content;
    if (!read_whole(std::cin, content)) unreadable(InputError("-", 0, "cannot read standard input"));
    else file("-", content);
}

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

}  // namespace

void for_each_article_file(const std::vector<std::string>& paths,
                           const std::function<void(const std::string&, const std::string&)>& file,
                           const std::function<void(const InputError&)>& unreadable) {
    std::string content;
    walk(
        paths,
        [&](const fs::path& path) {
            std::ifstream in(path, std::ios::binary);
            if (!in || !read_whole(in, content)) {
                unreadable(InputError(path.string(), 0, "cannot read the file"));
                return;
            }
            file(path.string(), content);
        },
        [&] { read_standard_input(file, unreadable); }, unreadable);
}

void for_each_article_chunk(
    const std::vector<std::string>& paths, std::size_t chunk_bytes,
    const std::function<void(const std::string&, const std::string&, std::size_t)>& chunk,
    const std::function<void(const InputError&)>& unreadable) {
    std::string buffer;
    walk(
        paths,
        [&](const fs::path& path) {
            std::ifstream in(path, std::ios::binary);
            buffer.assign(chunk_bytes, '\0');
            in.read(buffer.data(), static_cast<std::streamsize>(chunk_bytes));
            buffer.resize(static_cast<std::size_t>(in.gcount()));
            if (in.bad() || (!in && !in.eof())) {
                unreadable(InputError(path.string(), 0, "cannot read the file"));
                return;
            }
            const std::size_t first = buffer.find_first_not_of(" \t\r\n");
            if (in.eof() || first == std::string::npos || buffer[first] != '{') {  // whole: small, or not JSON lines
                std::string rest;
                if (!read_whole(in, rest)) {
                    unreadable(InputError(path.string(), 0, "cannot read the file"));
                    return;
                }
                chunk(path.string(), buffer + rest, 0);
                return;
            }
            std::size_t lines_before = 0;
            for (;;) {
                const bool last = in.eof();
                const std::size_t end = last ? buffer.size() : buffer.rfind('\n') + 1;  // 0 if no newline: read on
                if (end > 0) {
                    const std::string piece = buffer.substr(0, end);
                    if (!blank(piece)) chunk(path.string(), piece, lines_before);
                    lines_before += static_cast<std::size_t>(std::count(piece.begin(), piece.end(), '\n'));
                    buffer.erase(0, end);
                }
                if (last) break;
                const std::size_t kept = buffer.size();
                buffer.resize(kept + chunk_bytes);
                in.read(buffer.data() + kept, static_cast<std::streamsize>(chunk_bytes));
                buffer.resize(kept + static_cast<std::size_t>(in.gcount()));
                if (in.bad()) {
                    unreadable(InputError(path.string(), 0, "cannot read the file"));
                    return;
                }
            }
        },
        [&] { read_standard_input([&](const std::string& name, const std::string& all) { chunk(name, all, 0); },
                                  unreadable); },
        unreadable);
}

std::uint64_t article_file_bytes(const std::vector<std::string>& paths) {
    auto size_of = [](const fs::path& file) -> std::uint64_t {
        std::error_code ec;
        const auto size = fs::file_size(file, ec);
        return ec ? 0 : size;
    };
    std::uint64_t bytes = 0;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (path == "-") continue;
        if (fs::is_directory(path, ec))
            for (const auto& file : files_under(path, ec)) bytes += size_of(file);
        else
            bytes += size_of(path);
    }
    return bytes;
}

}  // namespace telusur
