// TempDirectory: a fresh directory under the system's temporary directory, removed with everything in it when the
// object goes, so a benchmark run leaves no index behind even when it fails half-way.
#pragma once

#include <filesystem>
#include <string>

namespace telusur::bench {

class TempDirectory {
public:
    // Creates <tmp>/<stem>-XXXXXX; throws std::runtime_error if it cannot.
    explicit TempDirectory(const std::string& stem);
    ~TempDirectory();
    TempDirectory(const TempDirectory&) = delete;
    TempDirectory& operator=(const TempDirectory&) = delete;

    const std::filesystem::path& path() const { return path_; }
    // A path inside this directory (not created).
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

}  // namespace telusur::bench
