// telusur show --db DIR [--json] ID...
#include "cli/command.hpp"
#include "cli/json_text.hpp"

#include <telusur/searcher.hpp>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

namespace telusur::cli {
namespace {

nlohmann::json to_json(const Article& article) {
    return {{"id", article.id},     {"title", article.title}, {"date", text_or_null(article.date)},
            {"source", article.source}, {"url", text_or_null(article.url)}, {"dateline", text_or_null(article.dateline)},
            {"body", article.body}};
}

// As a reader reads it: the headline, where and when, then the body's paragraphs.
void print_text(const Article& article) {
    fmt::print("{}\n", article.title.empty() ? "(untitled)" : article.title);
    std::string about = article.date.empty() ? "undated" : article.date;
    if (!article.source.empty()) about += " \u00b7 " + article.source;
    if (!article.dateline.empty()) about += " \u00b7 " + article.dateline;
    fmt::print("{} \u00b7 {}\n", about, article.id);
    if (!article.url.empty()) fmt::print("{}\n", article.url);
    fmt::print("\n{}\n", article.body);
}

}  // namespace

int run_show(const std::vector<std::string>& args) {
    po::options_description options("options");
    std::string db;
    options.add_options()
        ("db", po::value(&db)->required(), "index directory")
        ("json", "print one JSON array: [{id, title, date, source, url, dateline, body}]")
        ("id", po::value<std::vector<std::string>>(), "ids of the articles to show");
    po::variables_map values;
    if (!parse_command_line("show", "--db DIR [--json] ID...", args, options, "id", values)) return ok;
    if (!values.count("id")) throw UsageError("telusur show: give the ids of the articles to show");

    Searcher searcher(db);
    nlohmann::json shown = nlohmann::json::array();
    bool missing = false, first = true;
    for (const std::string& id : values["id"].as<std::vector<std::string>>()) {
        const std::optional<Article> article = searcher.article(id);
        if (!article) {
            fmt::print(stderr, "not in the index: {}\n", id);
            missing = true;
        } else if (values.count("json")) {
            shown.push_back(to_json(*article));
        } else {
            if (!first) fmt::print("\n");
            print_text(*article);
            first = false;
        }
    }
    if (values.count("json")) fmt::print("{}\n", shown.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return missing ? some_rejected : ok;
}

}  // namespace telusur::cli
