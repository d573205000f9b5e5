// What the commands' JSON output shares.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace telusur::cli {

// A field the article lacks (no date, no url) is null in JSON, not "".
inline nlohmann::json text_or_null(const std::string& text) {
    return text.empty() ? nlohmann::json() : nlohmann::json(text);
}

}  // namespace telusur::cli
