#include "corpus/page_furniture.hpp"

#include "corpus/text.hpp"

#include <telusur/error.hpp>

namespace telusur {
namespace data {
extern const std::string_view page_furniture;
}

namespace {

bool matches_any(const std::vector<std::regex>& rules, std::string_view text) {
    for (const auto& rule : rules)
        if (std::regex_match(text.begin(), text.end(), rule)) return true;
    return false;
}

}  // namespace

const PageFurniture& PageFurniture::builtin() {
    static const PageFurniture rules(data::page_furniture, "corpus/data/page_furniture.txt");
    return rules;
}

PageFurniture::PageFurniture(std::string_view rules, const std::string& origin) {
    for (text::Lines lines(rules); lines.next();) {
        const std::string_view line = lines.line();
        const std::size_t line_number = lines.number();
        if (line.empty() || line.front() == '#') continue;
        const std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos) throw InputError(origin, line_number, "expected kind<TAB>pattern");
        const std::string_view kind = line.substr(0, tab);
        const std::string pattern(line.substr(tab + 1));
        std::regex rule;
        try {
            rule = std::regex(pattern, std::regex::ECMAScript | std::regex::icase | std::regex::optimize);
        } catch (const std::regex_error& e) {
            throw InputError(origin, line_number, "bad pattern: " + std::string(e.what()));
        }
        if (kind == "line") lines_.push_back(std::move(rule));
        else if (kind == "stop") stops_.push_back(std::move(rule));
        else if (kind == "tail") tails_.push_back(std::move(rule));
        else throw InputError(origin, line_number, "unknown kind '" + std::string(kind) + "'");
    }
}

bool PageFurniture::is_furniture(std::string_view line) const { return matches_any(lines_, line); }

bool PageFurniture::ends_article(std::string_view line) const { return matches_any(stops_, line); }

std::string PageFurniture::strip_tail(std::string_view paragraph) const {
    // Only the end of the paragraph is tried: an editor's mark never stands in the middle of a story.
    constexpr std::size_t window = 40;
    const std::size_t from = paragraph.size() > window ? paragraph.size() - window : 0;
    for (std::size_t start = from; start < paragraph.size(); ++start) {
        const std::string_view end = paragraph.substr(start);
        if (matches_any(tails_, end)) return std::string(paragraph.substr(0, start));
    }
    return std::string(paragraph);
}

}  // namespace telusur
