// telusur stats --db DIR [--json]
#include "cli/command.hpp"

#include <telusur/searcher.hpp>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

namespace telusur::cli {

int run_stats(const std::vector<std::string>& args) {
    po::options_description options("options");
    std::string db;
    options.add_options()
        ("db", po::value(&db)->required(), "index directory")
        ("json", "print one JSON object: {documents, first_date, last_date, sources: [{name, count}], bytes}");
    po::variables_map values;
    if (!parse_command_line("stats", "--db DIR [--json]", args, options, nullptr, values)) return ok;

    Searcher searcher(db);
    const IndexStats stats = searcher.stats();
    if (values.count("json")) {
        nlohmann::json sources = nlohmann::json::array();
        for (const auto& [name, count] : stats.sources) sources.push_back({{"name", name}, {"count", count}});
        auto date = [](const std::string& d) { return d.empty() ? nlohmann::json() : nlohmann::json(d); };
        const nlohmann::json out{{"documents", stats.documents}, {"first_date", date(stats.first_date)},
                                 {"last_date", date(stats.last_date)}, {"sources", sources}, {"bytes", stats.bytes}};
        fmt::print("{}\n", out.dump());
        return ok;
    }
    fmt::print("documents  {}\n", stats.documents);
    if (!stats.first_date.empty()) fmt::print("dates      {} .. {}\n", stats.first_date, stats.last_date);
    fmt::print("size       {:.1f} MB ({} bytes)\n", static_cast<double>(stats.bytes) / 1e6, stats.bytes);
    fmt::print("sources    {}\n", stats.sources.size());
    for (const auto& [name, count] : stats.sources) fmt::print("  {:<40} {}\n", name, count);
    return ok;
}

}  // namespace telusur::cli
