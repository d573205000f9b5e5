// Running the telusur command from a test, as a user runs it: through the shell, output and errors captured.
#pragma once

#include "tests/test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace telusur::test {

struct CommandRun {
    int status = -1;
    std::string out, err;
    std::size_t error_lines() const { return static_cast<std::size_t>(std::count(err.begin(), err.end(), '\n')); }
};

// Runs a shell command line; its standard output and exit status (standard error as the line redirects it).
inline CommandRun run_shell(const std::string& command) {
    CommandRun run;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.out.append(buffer, n);
    const int status = pclose(pipe);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// Runs `telusur ARGUMENTS` (already quoted for the shell where needed), with `input` on standard input if any.
inline CommandRun run_command(const std::string& arguments, const std::string& input = {}) {
    ScratchDir scratch;
    std::string command = TELUSUR_CLI;
    command.append(" ").append(arguments);
    if (!input.empty()) {
        write_file(scratch.path() / "stdin", input);
        command.append(" < '").append(scratch / "stdin").append("'");
    }
    command.append(" 2> '").append(scratch / "stderr").append("'");
    CommandRun run = run_shell(command);
    run.err = read_file(scratch.path() / "stderr");
    return run;
}

}  // namespace telusur::test
