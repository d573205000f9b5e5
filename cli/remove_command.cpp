// telusur remove --db DIR [--ids FILE] [ID...]
#include "cli/command.hpp"

#include <telusur/reindex.hpp>

#include <fmt/core.h>

#include <fstream>
#include <iostream>

namespace telusur::cli {
namespace {

// One id a line, as `telusur search --json` or a newsroom's takedown list gives them; blank lines are skipped and
// the spaces around an id dropped. "-" reads standard input.
void read_ids(const std::string& file, std::vector<std::string>& ids) {
    std::ifstream opened;
    if (file != "-") {
        opened.open(file);
        if (!opened) throw InputError(file, 0, "cannot read the list of ids");
    }
    std::istream& in = file == "-" ? std::cin : opened;
    for (std::string line; std::getline(in, line);) {
        const auto begin = line.find_first_not_of(" \t\r");
        if (begin == std::string::npos) continue;
        ids.push_back(line.substr(begin, line.find_last_not_of(" \t\r") - begin + 1));
    }
    if (in.bad()) throw InputError(file, 0, "cannot read the list of ids");
}

}  // namespace

int run_remove(const std::vector<std::string>& args) {
    po::options_description options("options");
    std::string db, ids_file;
    options.add_options()
        ("db", po::value(&db)->required(), "index directory")
        ("ids", po::value(&ids_file), "also remove the ids listed in this file, one a line (- for standard input)")
        ("id", po::value<std::vector<std::string>>(), "ids of the articles to remove");
    po::variables_map values;
    if (!parse_command_line("remove", "--db DIR [--ids FILE] [ID...]", args, options, "id", values)) return ok;

    std::vector<std::string> ids;
    if (values.count("id")) ids = values["id"].as<std::vector<std::string>>();
    if (!ids_file.empty()) read_ids(ids_file, ids);
    if (ids.empty()) throw UsageError("telusur remove: give the ids of the articles to remove, or --ids FILE");

    const RemovalSummary summary = remove_articles(db, ids);
    for (const std::string& id : summary.missing) fmt::print(stderr, "not in the index: {}\n", id);
    fmt::print("removed {}, not in the index {}\n", summary.removed, summary.missing.size());
    return summary.missing.empty() ? ok : some_rejected;
}

}  // namespace telusur::cli
