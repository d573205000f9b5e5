#include "temp_directory.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace telusur::bench {

TempDirectory::TempDirectory(const std::string& stem) {
    const std::string pattern = (std::filesystem::temp_directory_path() / (stem + "-XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    // mkdtemp picks an unused name atomically: two benchmarks running at once never share a directory.
    if (!::mkdtemp(name.data()))
        throw std::runtime_error("cannot create a temporary directory " + pattern + ": " + std::strerror(errno));
    path_ = name.data();
}

TempDirectory::~TempDirectory() {
    std::error_code ec;  // a destructor must not throw; a leftover directory is only untidy
    std::filesystem::remove_all(path_, ec);
}

}  // namespace telusur::bench
