// Progress of a long job on stderr: a bar redrawn in place on a terminal, a plain line every few seconds otherwise
// (a log file should not fill with redraws).
#pragma once

#include <telusur/reindex.hpp>

#include <functional>

namespace telusur::cli {

std::function<void(const ReindexProgress&)> progress_printer();

// Ends the bar's line on a terminal, so what follows starts on its own.
void finish_progress();

}  // namespace telusur::cli
