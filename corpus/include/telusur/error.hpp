// The one error hierarchy of the telusur library. Every layer throws these; Xapian's and ICU's errors are translated
// into them at the boundary so a caller (and the command line) catches one type.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>

namespace telusur {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Bad input data: an article file or line that cannot be read. Carries where, so a message can name it.
class InputError : public Error {
public:
    InputError(std::string file, std::size_t line, const std::string& reason)
        : Error(where(file, line) + reason), file_(std::move(file)), line_(line), reason_(reason) {}
    const std::string& file() const noexcept { return file_; }
    std::size_t line() const noexcept { return line_; }  // 1-based; 0 when the whole file is at fault
    const std::string& reason() const noexcept { return reason_; }

private:
    static std::string where(const std::string& file, std::size_t line) {
        std::string text = file;
        if (line) text.append(":").append(std::to_string(line));
        if (!text.empty()) text.append(": ");
        return text;
    }

    std::string file_;
    std::size_t line_;
    std::string reason_;
};

// The index cannot be opened, read or written (missing, locked, corrupt, made by an incompatible analysis).
class DatabaseError : public Error {
public:
    using Error::Error;
};

// A query that cannot be parsed. position is the 1-based character position of the problem in the query.
class QueryError : public Error {
public:
    QueryError(std::size_t position, const std::string& reason)
        : Error("query position " + std::to_string(position) + ": " + reason), position_(position) {}
    std::size_t position() const noexcept { return position_; }

private:
    std::size_t position_;
};

// A caller passed a value the library cannot use (an unknown format name, a limit out of range).
class ArgumentError : public Error {
public:
    using Error::Error;
};

}  // namespace telusur
