// telusur search --db DIR [--limit N] [--offset N] [--json] QUERY...
#include "cli/command.hpp"
#include "cli/json_text.hpp"

#include <telusur/searcher.hpp>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

namespace telusur::cli {
namespace {

void print_json(const Results& results) {
    nlohmann::json hits = nlohmann::json::array();
    for (const Hit& hit : results.hits) {
        hits.push_back({{"rank", hit.rank},           {"id", hit.id},          {"score", hit.score},
                        {"title", hit.title},         {"date", text_or_null(hit.date)},
                        {"source", text_or_null(hit.source)}, {"url", text_or_null(hit.url)},
                        {"snippet", hit.snippet},     {"partial", hit.partial},
                        {"places", hit.places},       {"agencies", hit.agencies},
                        {"duplicates", hit.duplicates}});
    }
    nlohmann::json out{{"query", results.query},          {"total", results.total},
                       {"total_exact", results.total_exact}, {"complete", results.complete},
                       {"hits", hits}};
    if (!results.suggestion.empty()) {
        out["suggestion"] = results.suggestion;
        out["auto_corrected"] = results.auto_corrected;
    }
    if (!results.facets.empty()) {
        nlohmann::json facets = nlohmann::json::object();
        for (const Facet& facet : results.facets) {
            nlohmann::json values = nlohmann::json::array();
            for (const auto& [value, count] : facet.values) values.push_back({{"value", value}, {"count", count}});
            facets[facet.name] = values;
        }
        out["facets"] = facets;
        out["facets_exact"] = results.facets_exact;
    }
    fmt::print("{}\n", out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// The names a hit lists, most prominent first. A roundup names dozens of regencies, a wall of text on a terminal:
// the first few are shown and the rest counted (--json lists them all). Agency names hold commas ("Dinas Sosial,
// Pemberdayaan Perempuan ..."), so the list is split by semicolons.
std::string name_list(const std::vector<std::string>& names) {
    constexpr std::size_t shown = 6;
    std::string line;
    for (std::size_t i = 0; i < names.size() && i < shown; ++i) line.append(i ? "; " : "").append(names[i]);
    if (names.size() > shown) line += fmt::format(" (and {} more)", names.size() - shown);
    return line;
}

void print_text(const Results& results, const SearchOptions& options, bool terminal) {
    const std::string bold = terminal ? "\033[1m" : "", plain = terminal ? "\033[0m" : "";
    bool partial_shown = false;
    for (const Hit& hit : results.hits) {
        if (hit.partial && !partial_shown) {
            fmt::print("-- matching some of the words --\n\n");
            partial_shown = true;
        }
        fmt::print("{:>3}. {}{}{}\n", hit.rank, bold, hit.title.empty() ? "(untitled)" : hit.title, plain);
        std::string about = hit.date.empty() ? "undated" : hit.date;
        if (!hit.source.empty()) about += " \u00b7 " + hit.source;
        fmt::print("     {} \u00b7 {} \u00b7 score {:.2f}\n", about, hit.id, hit.score);
        if (!hit.snippet.empty()) fmt::print("     {}\n", hit.snippet);
        for (const auto& [label, names] : {std::pair{"places", &hit.places}, std::pair{"agencies", &hit.agencies}})
            if (!names->empty()) fmt::print("     {}: {}\n", label, name_list(*names));
        if (!hit.duplicates.empty()) {
            std::string ids;
            for (const auto& id : hit.duplicates) ids.append(ids.empty() ? "" : ", ").append(id);
            fmt::print("     + {} near-identical: {}\n", hit.duplicates.size(), ids);
        }
        fmt::print("\n");
    }
    if (results.auto_corrected)
        fmt::print("No article has every word of \"{}\"; showing \"{}\".\n\n", results.query, results.suggestion);
    else if (!results.suggestion.empty()) fmt::print("Did you mean: {}\n\n", results.suggestion);
    // An empty page is not an empty result: say which it is.
    if (results.hits.empty() && results.total == 0) fmt::print("No articles match \"{}\".\n", results.query);
    else if (results.hits.empty() && options.limit > 0)
        fmt::print("No articles on this page: --offset {} is past the matches.\n", options.offset);
    fmt::print("{} {} article{}\n", results.total_exact ? "Matches:" : "Matches (estimated):", results.total,
               results.total == 1 ? "" : "s");
    if (!results.facets.empty() && !results.facets_exact) fmt::print("  (facet counts estimated)\n");
    for (const Facet& facet : results.facets) {
        if (facet.values.empty()) continue;
        std::string line;
        for (const auto& [value, count] : facet.values) line += fmt::format("{}{} ({})", line.empty() ? "" : ", ", value, count);
        fmt::print("  {:<7} {}\n", facet.name, line);
    }
}

}  // namespace

int run_search(const std::vector<std::string>& args) {
    po::options_description options("options");
    std::string db;
    SearchOptions search;
    options.add_options()
        ("db", po::value(&db)->required(), "index directory")
        ("limit", po::value(&search.limit)->default_value(10), "hits to show")
        ("offset", po::value(&search.offset)->default_value(0), "hits to skip (for the next page)")
        ("json", "print one JSON object: {query, total, total_exact, complete, hits: [{rank, id, score, title, date, "
                 "source, url, snippet, partial, places, agencies, duplicates}], facets}")
        ("facets", "count sources, years, months, places and agencies over all matches")
        ("no-collapse", "show near-identical articles (one release in several outlets, a story republished) as "
                        "separate hits instead of one hit listing the others")
        ("any", "match articles with any of the words (ranked), instead of all of them first")
        ("auto-correct", "when no article has every word of the query, search with its spelling suggestion "
                         "instead if that finds some that do")
        ("sort", po::value<std::string>()->default_value("relevance"),
         "relevance, date (newest first) or date-asc (oldest first); undated articles come last")
        ("recent", po::value(&search.recent_days)->default_value(0),
         "blend in recency: newer articles rank higher, the extra weight halving every DAYS before the newest article")
        ("entity-boost", po::value(&search.entity_boost)->default_value(1.0),
         "extra weight for articles about the places and agencies the query names (0: rank by words alone)")
        ("form-weight", po::value(&search.form_weight)->default_value(search.form_weight),
         "extra weight share for articles that write a derived query word itself (menjalani), not only its stem "
         "(0: stems alone)")
        ("gazetteer", po::value<std::vector<std::string>>(), "extra gazetteer file the index was built with (repeatable)")
        ("query", po::value<std::vector<std::string>>(),
         "the query: words (all required), \"a phrase\", -word, a OR b, (groups), korup* (words starting so), "
         "judul:/title:, sumber:/source:, tanggal:/date:2019-09-01..2019-09-30");
    po::variables_map values;
    if (!parse_command_line("search", "--db DIR [--limit N] [--offset N] [--json] [--] QUERY...", args, options, "query",
                            values))
        return ok;

    if (!values.count("query")) throw UsageError("telusur search: give a query to search for");
    std::string query;
    for (const auto& word : values["query"].as<std::vector<std::string>>()) query += (query.empty() ? "" : " ") + word;
    const bool json = values.count("json") > 0;
    const bool terminal = !json && isatty(STDOUT_FILENO);
    if (terminal) {
        search.highlight_begin = "\033[1m";
        search.highlight_end = "\033[0m";
    }
    search.facets = values.count("facets") > 0;
    search.any_word = values.count("any") > 0;
    search.collapse_duplicates = values.count("no-collapse") == 0;
    search.auto_correct = values.count("auto-correct") > 0;
    const std::string sort = values["sort"].as<std::string>();
    if (sort == "date") search.sort = SortOrder::newest_first;
    else if (sort == "date-asc") search.sort = SortOrder::oldest_first;
    else if (sort != "relevance") throw UsageError("telusur search: --sort is relevance, date or date-asc, not '" + sort + "'");
    if (search.recent_days < 0) throw UsageError("telusur search: --recent cannot be negative");
    if (search.entity_boost < 0) throw UsageError("telusur search: --entity-boost cannot be negative");
    if (search.form_weight < 0) throw UsageError("telusur search: --form-weight cannot be negative");
    SearchSettings settings;
    if (values.count("gazetteer")) settings.gazetteer_files = values["gazetteer"].as<std::vector<std::string>>();
    Searcher searcher(db, settings);
    const Results results = searcher.search(query, search);
    if (json) print_json(results);
    else print_text(results, search, terminal);
    return ok;
}

}  // namespace telusur::cli
