// The telusur command's sub-commands, and what they share: turning arguments into options, and usage errors.
#pragma once

#include <telusur/error.hpp>

#include <boost/program_options.hpp>

#include <string>
#include <vector>

namespace telusur::cli {

// The command line is wrong: the command prints it with a pointer to --help and exits with status 2.
class UsageError : public Error {
public:
    using Error::Error;
};

// Exit statuses, as `telusur --help` documents them.
enum Status { ok = 0, runtime_error = 1, usage_error = 2, some_rejected = 3 };

struct Command {
    const char* name;
    const char* summary;
    int (*run)(const std::vector<std::string>& args);
};

const std::vector<Command>& commands();

namespace po = boost::program_options;

// Parses `args` against `options` (plus --help) and the positional `positional_name`, printing help and returning
// false when --help was given. Throws UsageError for unknown or malformed options.
bool parse_command_line(const char* command, const char* synopsis, const std::vector<std::string>& args,
                        po::options_description& options, const char* positional_name, po::variables_map& values);

int run_index(const std::vector<std::string>& args);
int run_reindex(const std::vector<std::string>& args);
int run_compact(const std::vector<std::string>& args);
int run_remove(const std::vector<std::string>& args);
int run_search(const std::vector<std::string>& args);
int run_show(const std::vector<std::string>& args);
int run_eval(const std::vector<std::string>& args);
int run_stats(const std::vector<std::string>& args);
int run_stem(const std::vector<std::string>& args);

}  // namespace telusur::cli
