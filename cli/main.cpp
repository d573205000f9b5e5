// telusur: the command line of the telusur search engine. Each sub-command lives in its own file; this one picks it
// and turns every error into one line on stderr and an exit status.
#include "cli/command.hpp"

#include <fmt/core.h>

#include <cstdio>
#include <exception>
#include <string_view>

namespace {

void print_help() {
    fmt::print("usage: telusur COMMAND [OPTIONS] [ARGS]\n\n"
               "Full-text search for archives of Indonesian-language news.\n\ncommands:\n");
    for (const auto& command : telusur::cli::commands()) fmt::print("  {:8} {}\n", command.name, command.summary);
    fmt::print("\n'telusur COMMAND --help' explains a command's options.\n\n"
               "exit status: 0 done; 1 runtime error (missing index, unreadable file); 2 usage error (bad option,\n"
               "bad query); 3 done, but some articles were rejected (see stderr).\n");
}

}  // namespace

int main(int argc, char** argv) {
    using namespace telusur::cli;
    if (argc < 2) {
        print_help();
        return usage_error;
    }
    const std::string_view name = argv[1];
    if (name == "--help" || name == "-h" || name == "help") {
        print_help();
        return ok;
    }
    try {
        for (const auto& command : commands())
            if (name == command.name) return command.run(std::vector<std::string>(argv + 2, argv + argc));
        throw UsageError(fmt::format("telusur: unknown command '{}' (see 'telusur --help')", name));
    } catch (const UsageError& e) {
        fmt::print(stderr, "{}\n", e.what());
        return usage_error;
    } catch (const telusur::ArgumentError& e) {
        fmt::print(stderr, "telusur {}: {}\n", name, e.what());
        return usage_error;
    } catch (const telusur::QueryError& e) {
        fmt::print(stderr, "telusur {}: cannot read the query: {}\n", name, e.what());
        return usage_error;
    } catch (const telusur::Error& e) {
        fmt::print(stderr, "telusur {}: {}\n", name, e.what());
        return runtime_error;
    } catch (const std::exception& e) {
        fmt::print(stderr, "telusur {}: internal error: {}\n", name, e.what());
        return runtime_error;
    }
}
