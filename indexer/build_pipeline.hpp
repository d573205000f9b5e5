// BuildPipeline: articles become Xapian documents on several threads (articles DocumentBuilder::refusal accepts:
// the caller checks, where it still has the input to reject), and come back in the order they went in, on
// the thread that submitted them, so one writer applies them in input order (the same id twice: the last wins).
// Each thread has its own Analysis (an Analyzer is not thread-safe). At most `window` articles are in flight, so
// memory is bounded by the window, not by the input.
#pragma once

#include "indexer/analysis.hpp"

#include <telusur/article.hpp>

#include <xapian.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace telusur {

struct BuildJob {
    Article article;
    Xapian::Document document;  // built
};

class BuildPipeline {
public:
    using MakeAnalysis = std::function<std::unique_ptr<Analysis>()>;
    using Apply = std::function<void(BuildJob&)>;

    // threads == 1 builds on the calling thread, with no hand-over at all.
    BuildPipeline(unsigned threads, const MakeAnalysis& make_analysis, Apply apply, std::size_t window);
    ~BuildPipeline();  // stops the threads; jobs not yet applied are dropped
    BuildPipeline(const BuildPipeline&) = delete;
    BuildPipeline& operator=(const BuildPipeline&) = delete;

    // Queues one article, first applying finished jobs and waiting while the window is full.
    void submit(BuildJob job);
    // Applies every job submitted so far.
    void drain();

private:
    struct Slot {
        BuildJob job;
        bool built = false;
    };
    void work(Analysis& analysis);
    void apply_built(bool wait_for_room);
    static void build(Analysis& analysis, BuildJob& job);

    Apply apply_;
    std::size_t window_;
    std::unique_ptr<Analysis> inline_analysis_;  // threads == 1
    std::mutex mutex_;
    std::condition_variable work_ready_, job_built_;
    std::deque<Slot> slots_;      // in submission order; a deque keeps references stable at both ends
    std::deque<Slot*> waiting_;   // slots no thread has taken yet
    bool stopping_ = false;
    std::vector<std::unique_ptr<Analysis>> analyses_;
    std::vector<std::thread> threads_;
};

}  // namespace telusur
