#include "cli/rejects_file.hpp"

#include <nlohmann/json.hpp>

namespace telusur::cli {

RejectsFile::RejectsFile(const std::string& path) : path_(path), out_(path, std::ios::binary | std::ios::trunc) {
    if (!out_) throw Error("cannot write the rejects file " + path_);
}

void RejectsFile::write(const InputError& error, std::string_view input) {
    const nlohmann::json record = {
        {"file", error.file()}, {"line", error.line()}, {"reason", error.reason()}, {"input", input}};
    // Bytes that are not UTF-8 cannot be held in JSON text and are written as U+FFFD (the reason says where they were).
    out_ << record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n' << std::flush;
    if (!out_) throw Error("cannot write the rejects file " + path_);
}

}  // namespace telusur::cli
