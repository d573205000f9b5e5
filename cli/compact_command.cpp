// telusur compact --db DIR
#include "cli/command.hpp"

#include <telusur/reindex.hpp>

#include <fmt/core.h>

namespace telusur::cli {

int run_compact(const std::vector<std::string>& args) {
    po::options_description options("options");
    std::string db;
    options.add_options()("db", po::value(&db)->required(), "index directory (a sharded one becomes one database)");
    po::variables_map values;
    if (!parse_command_line("compact", "--db DIR", args, options, nullptr, values)) return ok;
    const auto [before, after] = compact_index(db);
    fmt::print("compacted {}: {:.1f} MB -> {:.1f} MB\n", db, static_cast<double>(before) / 1e6,
               static_cast<double>(after) / 1e6);
    return ok;
}

}  // namespace telusur::cli
