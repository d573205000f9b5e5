// PageFurniture: the rules (corpus/data/page_furniture.txt) that tell the text of a scraped page around the article
// (share buttons, ads, the comment form, the editor's mark) from the article itself.
#pragma once

#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace telusur {

class PageFurniture {
public:
    // The rules shipped with the library.
    static const PageFurniture& builtin();

    // Parses rules in the data file's format; throws InputError naming `origin` and the line of a bad rule.
    PageFurniture(std::string_view rules, const std::string& origin);

    bool is_furniture(std::string_view line) const;
    bool ends_article(std::string_view line) const;
    // The last paragraph without an editor's mark such as "***(Red)".
    std::string strip_tail(std::string_view paragraph) const;

private:
    std::vector<std::regex> lines_, stops_, tails_;
};

}  // namespace telusur
