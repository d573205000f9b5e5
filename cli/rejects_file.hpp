// --rejects FILE of telusur index and telusur reindex: one JSON line per rejected article, {"file", "line", "reason",
// "input"}, input being the JSON line or the whole page file as read, so it can be repaired and indexed again.
#pragma once

#include <telusur/error.hpp>

#include <fstream>
#include <string>
#include <string_view>

namespace telusur::cli {

class RejectsFile {
public:
    // Replaces the file if present. Throws Error naming it if it cannot be written, before anything is indexed.
    explicit RejectsFile(const std::string& path);

    // Flushed line by line: the rejects so far are kept even if the run is killed. Throws Error naming the file if
    // it cannot be written (the run stops; what was committed stays).
    void write(const InputError& error, std::string_view input);

private:
    std::string path_;
    std::ofstream out_;
};

}  // namespace telusur::cli
