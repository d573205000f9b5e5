// telusur: the command line of the telusur search engine. Each sub-command lives in its own file; this one picks it
// and turns every error into one line on stderr and an exit status.
#include "cli/command.hpp"

#include <fmt/core.h>
#include <xapian.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <string_view>
#include <unistd.h>

namespace {

// What the command is working on, for the one line the terminate handler prints: "telusur index: DB".
std::string working_on;

// Xapian 1.4 writes part of a commit from a destructor (its value streams), so a write that fails there (disk full,
// file size limit) ends the process through std::terminate instead of reaching the handlers below: with that error
// in hand, or, when the destructor failed while a first write error was unwinding the commit, with none (then the
// failed write's errno is the cause). The last commit is intact (Xapian switches to a commit only once it is whole);
// say so in one line, as for any other error.
[[noreturn]] void on_terminate() {
    const int last_error = errno;
    const std::string write_failed = "cannot write the index (the last commit is kept): ";
    std::string cause = "internal error";
    try {
        if (const std::exception_ptr error = std::current_exception()) std::rethrow_exception(error);
        if (std::uncaught_exceptions() > 0)
            cause = write_failed + "Xapian stopped after a failed write" +
                    (last_error != 0 ? std::string(" (") + std::strerror(last_error) + ")" : std::string());
    } catch (const Xapian::Error& e) {
        cause = write_failed + e.get_description();
    } catch (const std::exception& e) {
        cause = std::string("internal error: ") + e.what();
    } catch (...) {
    }
    fmt::print(stderr, "{}: {}\n", working_on, cause);
    std::fflush(stderr);
    _exit(1);
}

// "telusur NAME" and, when given, the index it works on.
std::string describe(std::string_view name, int argc, char** argv) {
    std::string what = fmt::format("telusur {}", name);
    for (int i = 2; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--db" && i + 1 < argc) return what + ": " + argv[i + 1];
        if (arg.starts_with("--db=")) return what + ": " + std::string(arg.substr(5));
    }
    return what;
}

void print_help() {
    fmt::print("usage: telusur COMMAND [OPTIONS] [ARGS]\n\n"
               "Full-text search for archives of Indonesian-language news.\n\ncommands:\n");
    for (const auto& command : telusur::cli::commands()) fmt::print("  {:8} {}\n", command.name, command.summary);
    fmt::print("\n'telusur COMMAND --help' explains a command's options.\n\n"
               "exit status: 0 done; 1 runtime error (missing index, unreadable file); 2 usage error (bad option,\n"
               "bad query); 3 done, but some articles were rejected, or some ids were not in the index (see stderr).\n");
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
    working_on = describe(name, argc, argv);
    std::set_terminate(on_terminate);
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
