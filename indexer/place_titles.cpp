#include "indexer/place_titles.hpp"

#include "corpus/text.hpp"

#include <unordered_map>

namespace telusur {
namespace data {
extern const std::string_view place_titles;
}

std::optional<std::string_view> place_title_kind(std::string_view normalised_word) {
    static const auto titles = [] {
        std::unordered_map<std::string_view, std::string_view> kinds;
        for (text::Lines lines(data::place_titles); lines.next();) {
            const std::string_view line = text::trim(lines.line());
            if (line.empty() || line.front() == '#') continue;
            const std::size_t tab = line.find('\t');
            const std::string_view kind = tab == std::string_view::npos ? "-" : text::trim(line.substr(tab + 1));
            kinds.emplace(line.substr(0, tab), kind == "-" ? std::string_view() : kind);
        }
        return kinds;
    }();
    const auto it = titles.find(normalised_word);
    return it == titles.end() ? std::nullopt : std::optional<std::string_view>(it->second);
}

}  // namespace telusur
