// telusur index --db DIR PATH...
#include "cli/command.hpp"
#include "cli/rejects_file.hpp"

#include <telusur/indexer.hpp>

#include <fmt/core.h>

#include <optional>

namespace telusur::cli {
int run_index(const std::vector<std::string>& args) {
    po::options_description options("options");
    std::string db, format, rejects;
    std::size_t commit_every = 0;
    options.add_options()
        ("db", po::value(&db)->required(), "index directory (created if absent)")
        ("format", po::value(&format)->default_value("auto"),
         "article format: auto (by content), jsonl (one JSON article a line: id, title, body, date, source, url) "
         "or page (the text of one scraped article page)")
        ("commit-every", po::value(&commit_every)->default_value(default_commit_every),
         "articles between commits: memory grows with it, and a killed job loses at most this much work")
        ("rejects", po::value(&rejects),
         "write each rejected article to this file (replaced if present) to repair and index again: one JSON line "
         "per article, {\"file\", \"line\", \"reason\", \"input\"}, input being the rejected JSON line or "
         "page file as read (bytes that are not UTF-8 become U+FFFD; line 0: the whole file)")
        ("stemmer", po::value<std::string>(),
         "for a new index: full (Indonesian, derivational; the default), light (particles and possessives only) or "
         "snowball (Xapian's, for comparison); an existing index keeps its own")
        ("gazetteer", po::value<std::vector<std::string>>(),
         "extra places and agencies, in the format of indexer/data/gazetteer/README.md (repeatable)")
        ("paths", po::value<std::vector<std::string>>(),
         "files or directories (read recursively) of articles; - for standard input");
    po::variables_map values;
    if (!parse_command_line("index", "--db DIR [--format auto|jsonl|page] [--rejects FILE] PATH...", args, options,
                            "paths", values))
        return ok;

    if (!values.count("paths")) throw UsageError("telusur index: give the files or directories to read, or - for standard input");

    IndexOptions index_options;
    index_options.format = parse_article_format(format);
    index_options.commit_every = commit_every;
    index_options.on_reject = [](const InputError& e) { fmt::print(stderr, "rejected: {}\n", e.what()); };
    std::optional<RejectsFile> rejects_file;
    if (!rejects.empty()) {
        rejects_file.emplace(rejects);
        index_options.on_reject_input = [&](const InputError& e, std::string_view input) {
            rejects_file->write(e, input);
        };
    }
    IndexSettings settings;
    if (values.count("stemmer")) settings.stemmer = values["stemmer"].as<std::string>();
    if (values.count("gazetteer")) settings.gazetteer_files = values["gazetteer"].as<std::vector<std::string>>();
    Indexer indexer(db, settings);
    const IndexSummary summary = indexer.index_paths(values["paths"].as<std::vector<std::string>>(), index_options);
    fmt::print("read {}, indexed {} (replaced {}), rejected {} in {:.2f} s, {:.0f} docs/s\n", summary.read,
               summary.indexed, summary.replaced, summary.rejected, summary.seconds, summary.docs_per_second());
    return summary.rejected > 0 ? some_rejected : ok;
}

}  // namespace telusur::cli
