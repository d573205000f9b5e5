// The text of one scraped article page, read the way a person reads it: furniture skipped, the headline (which the
// page repeats) as title, the story as body, place, outlet and date from the dateline.
#include "corpus/article_reader.hpp"
#include "corpus/dateline.hpp"
#include "corpus/indonesian_date.hpp"
#include "corpus/page_furniture.hpp"
#include "corpus/text.hpp"

#include <filesystem>
#include <functional>
#include <vector>

namespace telusur {
namespace {

struct Line {
    std::size_t number;
    std::string_view text;
};

// Headlines are short and do not end a sentence.
constexpr std::size_t max_title_bytes = 250;
// The headline and its repeats sit in the first lines of what is left after the furniture.
constexpr std::size_t heading_lines = 6;

std::vector<Line> article_lines(std::string_view content, const PageFurniture& furniture) {
    std::vector<Line> kept;
    for (text::Lines lines(content); lines.next();) {
        const std::string_view line = text::trim(lines.line());
        if (line.empty()) continue;
        if (furniture.ends_article(line)) break;
        if (!furniture.is_furniture(line)) kept.push_back({lines.number(), line});
    }
    return kept;
}

// The headline: the first line that the page repeats near the top, else the first line if it reads as one.
std::size_t title_index(const std::vector<Line>& lines) {
    const std::size_t heading = std::min(lines.size(), heading_lines);
    for (std::size_t i = 0; i < heading; ++i)
        for (std::size_t j = i + 1; j < heading; ++j)
            if (lines[i].text == lines[j].text) return i;
    const std::string_view first = lines.front().text;
    if (first.size() <= max_title_bytes && !first.ends_with(".")) return 0;
    return lines.size();  // no headline
}

std::string page_id(const std::string& name, std::string_view title) {
    if (name != "-") return std::filesystem::path(name).stem().string();
    // Standard input has no file name: the headline identifies the story.
    return "page-" + std::to_string(std::hash<std::string_view>{}(title));
}

}  // namespace

Article read_page(std::string_view content, const std::string& name) {
    const PageFurniture& furniture = PageFurniture::builtin();
    const std::vector<Line> lines = article_lines(content, furniture);
    if (lines.empty()) throw InputError(name, 0, "no article text on the page");

    Article article;
    std::size_t body_start = 0;
    const std::size_t title_at = title_index(lines);
    if (title_at < lines.size()) {
        article.title = std::string(lines[title_at].text);
        body_start = title_at + 1;
        while (body_start < lines.size() && body_start < heading_lines && lines[body_start].text == article.title)
            ++body_start;
    }
    if (body_start >= lines.size())
        throw InputError(name, lines.back().number, "page has a headline but no story");

    std::vector<std::string> paragraphs;
    for (std::size_t i = body_start; i < lines.size(); ++i) paragraphs.emplace_back(lines[i].text);
    paragraphs.back() = furniture.strip_tail(paragraphs.back());
    if (text::trim(paragraphs.back()).empty()) paragraphs.pop_back();
    if (paragraphs.empty()) throw InputError(name, lines.back().number, "page has a headline but no story");
    for (const auto& paragraph : paragraphs) {
        if (!article.body.empty()) article.body += "\n\n";
        article.body += paragraph;
    }

    if (auto dateline = read_dateline(paragraphs.front())) {
        article.dateline = dateline->place;
        article.source = dateline->source;
    }
    // The publication date is written in the lead; later paragraphs speak of other days.
    article.date = find_indonesian_date(paragraphs.front());
    if (article.date.empty() && paragraphs.size() > 1) article.date = find_indonesian_date(paragraphs[1]);
    article.id = page_id(name, article.title);
    return article;
}

}  // namespace telusur
