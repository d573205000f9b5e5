#include "indexer/index_layout.hpp"

#include <telusur/error.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace telusur::layout {
namespace {

namespace fs = std::filesystem;

constexpr const char* stub_name = "XAPIANDB";

// A database in the directory itself, of any backend Xapian 1.4 opens before it looks for a stub.
bool holds_database(const fs::path& directory) {
    std::error_code ec;
    for (const char* marker : {"iamglass", "iamchert", "iamhoney"})
        if (fs::exists(directory / marker, ec)) return true;
    return false;
}

// g000001 -> 1; 0 for any other name.
unsigned generation_number(const std::string& name) {
    if (name.size() != 7 || name[0] != 'g' || !std::all_of(name.begin() + 1, name.end(), ::isdigit)) return 0;
    return static_cast<unsigned>(std::stoul(name.substr(1)));
}

std::vector<fs::path> generations(const fs::path& directory) {
    std::vector<fs::path> found;
    std::error_code ec;
    for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec))
        if (generation_number(it->path().filename().string()) && it->is_directory(ec)) found.push_back(it->path());
    std::sort(found.begin(), found.end());
    return found;
}

// The generation the stub names ("auto g000002"), or empty.
std::string stub_target(const fs::path& directory) {
    std::ifstream in(directory / stub_name);
    std::string backend, name;
    if (!(in >> backend >> name) || backend != "auto" || !generation_number(name)) return {};
    return (directory / name).string();
}

void write_stub(const fs::path& directory, const std::vector<std::string>& databases) {
    const fs::path temporary = directory / (std::string(stub_name) + ".new");
    {
        std::ofstream out(temporary, std::ios::trunc);
        for (const std::string& database : databases) out << "auto " << database << "\n";
        out.flush();
        if (!out) throw DatabaseError(directory.string() + ": cannot write " + temporary.string());
    }
    // The stub must be on disk before it replaces the old one, or a crash could leave it empty.
    if (FILE* file = std::fopen(temporary.c_str(), "r")) {
        ::fsync(fileno(file));
        std::fclose(file);
    }
    std::error_code ec;
    fs::rename(temporary, directory / stub_name, ec);
    if (ec) throw DatabaseError(directory.string() + ": cannot switch the index: " + ec.message());
}

// Whether a file in a database directory is one of Xapian's glass files: its version file (and the new one a commit
// writes), its lock and its tables.
bool glass_file(const std::string& name) {
    for (const char* file : {"iamglass", "v.tmp", "flintlock", "postlist.glass", "termlist.glass", "position.glass",
                             "docdata.glass", "spelling.glass", "synonym.glass"})
        if (name == file) return true;
    return false;
}

// The files of a plain index in DIR itself; generations, the stub and anything else kept there stay.
void remove_plain_database(const fs::path& directory) {
    std::error_code ec;
    fs::remove(directory / "iamglass", ec);  // first: from here on Xapian opens the stub
    for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (glass_file(name) && it->is_regular_file(ec)) fs::remove(it->path(), ec);
    }
}

}  // namespace

std::string live_database(const std::string& directory) {
    if (holds_database(directory)) return directory;
    std::string target = stub_target(directory);
    std::error_code ec;
    if (target.empty() && fs::exists(fs::path(directory) / stub_name, ec))
        throw DatabaseError(directory + ": its " + stub_name + " lists databases telusur did not lay out (remote or "
                            "other shards); reindex or compact each of them where it is");
    return target;
}

std::vector<std::string> unfinished_generations(const std::string& directory) {
    const std::string live = live_database(directory);
    std::vector<std::string> unfinished;
    for (const fs::path& generation : generations(directory))
        if (generation.string() != live) unfinished.push_back(generation.string());
    std::reverse(unfinished.begin(), unfinished.end());
    return unfinished;
}

std::string next_generation(const std::string& directory) {
    const auto present = generations(directory);
    const unsigned last = present.empty() ? 0 : generation_number(present.back().filename().string());
    char name[16];
    std::snprintf(name, sizeof name, "g%06u", last + 1);
    return (fs::path(directory) / name).string();
}

std::vector<std::string> shards_of(const std::string& database) {
    if (holds_database(database)) return {database};
    std::vector<std::string> shards;
    std::ifstream in(fs::path(database) / stub_name);
    for (std::string backend, name; in >> backend >> name;)
        if (backend == "auto") shards.push_back((fs::path(database) / name).string());
    return shards;
}

std::vector<std::string> make_shards(const std::string& generation, unsigned count) {
    fs::create_directories(generation);
    if (count <= 1) return {generation};
    std::vector<std::string> names, paths;
    for (unsigned s = 0; s < count; ++s) {
        names.push_back(std::string("s").append(std::to_string(s)));
        paths.push_back((fs::path(generation) / names.back()).string());
    }
    write_stub(generation, names);
    return paths;
}

void switch_to(const std::string& directory, const std::string& generation) {
    const std::string previous = live_database(directory);
    write_stub(directory, {fs::path(generation).filename().string()});
    std::error_code ec;
    if (previous == directory) remove_plain_database(directory);
    else if (!previous.empty() && previous != generation) fs::remove_all(previous, ec);
}

}  // namespace telusur::layout
