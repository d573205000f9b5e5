#include "cli/command.hpp"

#include <fmt/core.h>

#include <iostream>
#include <string_view>

namespace telusur::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> all{
        {"index", "read articles from files and add them to an index", run_index},
        {"reindex", "bring an index up to date with files (add, replace, skip, prune), or rebuild it", run_reindex},
        {"compact", "rewrite an index at its smallest, for read-only archives", run_compact},
        {"remove", "take articles out of an index by id (a takedown, a retraction)", run_remove},
        {"search", "search an index", run_search},
        {"show", "print articles of an index in full, by id", run_show},
        {"eval", "score ranking against judged queries (TREC topics and qrels)", run_eval},
        {"stats", "describe an index: articles, dates, sources, size", run_stats},
        {"stem", "stem Indonesian words, or score the stemmer against a gold file", run_stem},
    };
    return all;
}

bool parse_command_line(const char* command, const char* synopsis, const std::vector<std::string>& args,
                        po::options_description& options, const char* positional_name, po::variables_map& values) {
    options.add_options()("help,h", "show this help");
    po::positional_options_description positional;
    if (positional_name) positional.add(positional_name, -1);
    try {
        po::store(po::command_line_parser(args).options(options).positional(positional).run(), values);
        if (values.count("help")) {
            std::cout << "usage: telusur " << command << ' ' << synopsis << "\n\n" << options << '\n';
            return false;
        }
        po::notify(values);
    } catch (const po::unknown_option& e) {
        // "-banjir" is an exclusion in a query, but reads as an option before "--".
        const std::string& name = e.get_option_name();
        const bool excluded_word = std::string_view(command) == "search" && name.size() > 2 && name[1] != '-';
        throw UsageError(fmt::format("telusur {}: {}{} (see 'telusur {} --help')", command, e.what(),
                                     excluded_word ? fmt::format("; a word to leave out goes after --, as in "
                                                                 "telusur search --db DIR -- '... {}'",
                                                                 name)
                                                   : "",
                                     command));
    } catch (const po::error& e) {
        throw UsageError(fmt::format("telusur {}: {} (see 'telusur {} --help')", command, e.what(), command));
    }
    return true;
}

}  // namespace telusur::cli
