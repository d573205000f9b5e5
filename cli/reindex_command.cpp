// telusur reindex --db DIR PATH...
#include "cli/command.hpp"
#include "cli/progress.hpp"
#include "cli/rejects_file.hpp"

#include <telusur/reindex.hpp>

#include <fmt/core.h>

#include <optional>

namespace telusur::cli {

int run_reindex(const std::vector<std::string>& args) {
    po::options_description options("options");
    std::string db, format, rejects;
    ReindexOptions reindex_options;
    options.add_options()
        ("db", po::value(&db)->required(), "index directory (created if absent)")
        ("format", po::value(&format)->default_value("auto"), "article format: auto, jsonl or page (as for index)")
        ("prune", po::bool_switch(&reindex_options.prune),
         "remove articles whose ids are not in the input (not done when a path cannot be read)")
        ("full", po::bool_switch(&reindex_options.full),
         "rebuild from the input alone into a new index beside the live one, then switch to it; done without "
         "asking when the index was built with another schema, stemmer or gazetteer")
        ("jobs,j", po::value(&reindex_options.jobs)->default_value(0),
         "threads analysing articles (0: one per hardware thread); each shard is written by one thread, in input "
         "order")
        ("shards", po::value(&reindex_options.shards)->default_value(0),
         "for a full rebuild: split the index into N shards by article id, written in parallel and searched as one "
         "(0: as many as the index has, 1 for a new one); another number than the index has means a full rebuild")
        ("commit-every", po::value(&reindex_options.commit_every)->default_value(default_commit_every),
         "articles written between commits: memory grows with it (Xapian buffers the uncommitted), and a killed job "
         "loses at most this much work")
        ("rejects", po::value(&rejects),
         "write each rejected article to this file (replaced if present) to repair and reindex: one JSON line per "
         "article, {\"file\", \"line\", \"reason\", \"input\"}, as telusur index --rejects writes")
        ("quiet,q", "no progress on stderr")
        ("stemmer", po::value<std::string>(), "full, light or snowball; another than the index's means a full rebuild")
        ("gazetteer", po::value<std::vector<std::string>>(),
         "extra places and agencies (repeatable); default: the files the index was built with")
        ("paths", po::value<std::vector<std::string>>(),
         "files or directories (read recursively) of articles; - for standard input");
    po::variables_map values;
    if (!parse_command_line("reindex", "--db DIR [--prune] [--full] [--jobs N] [--shards N] [--rejects FILE] PATH...",
                            args, options, "paths", values))
        return ok;
    if (!values.count("paths"))
        throw UsageError("telusur reindex: give the files or directories to read, or - for standard input");

    reindex_options.format = parse_article_format(format);
    reindex_options.on_reject = [](const InputError& e) { fmt::print(stderr, "rejected: {}\n", e.what()); };
    std::optional<RejectsFile> rejects_file;
    if (!rejects.empty()) {
        rejects_file.emplace(rejects);
        reindex_options.on_reject_input = [&](const InputError& e, std::string_view input) {
            rejects_file->write(e, input);
        };
    }
    const bool quiet = values.count("quiet") > 0;
    if (!quiet) reindex_options.on_progress = progress_printer();
    IndexSettings settings;
    if (values.count("stemmer")) settings.stemmer = values["stemmer"].as<std::string>();
    if (values.count("gazetteer")) settings.gazetteer_files = values["gazetteer"].as<std::vector<std::string>>();

    const ReindexSummary s = reindex(db, values["paths"].as<std::vector<std::string>>(), settings, reindex_options);
    if (!quiet) finish_progress();
    if (!s.rebuilt.empty()) fmt::print("full rebuild ({})\n", s.rebuilt);
    fmt::print("read {}: added {}, updated {}, unchanged {}, rejected {}; removed {}\n", s.read, s.added, s.updated,
               s.unchanged, s.rejected, s.removed);
    fmt::print("{:.1f} MB in {:.2f} s ({:.1f} MB/s); {} analysis thread{}, {} shard{}\n",
               static_cast<double>(s.bytes) / 1e6, s.seconds,
               s.seconds > 0 ? static_cast<double>(s.bytes) / 1e6 / s.seconds : 0, s.jobs, s.jobs == 1 ? "" : "s",
               s.shards, s.shards == 1 ? "" : "s");
    if (s.prune_skipped) fmt::print(stderr, "telusur reindex: not pruned, as a path could not be read\n");
    return s.rejected > 0 ? some_rejected : ok;
}

}  // namespace telusur::cli
