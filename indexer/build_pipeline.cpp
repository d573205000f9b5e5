#include "indexer/build_pipeline.hpp"

#include "indexer/document_builder.hpp"

namespace telusur {

BuildPipeline::BuildPipeline(unsigned threads, const MakeAnalysis& make_analysis, Apply apply, std::size_t window)
    : apply_(std::move(apply)), window_(std::max<std::size_t>(window, 1)) {
    if (threads <= 1) {
        inline_analysis_ = make_analysis();
        return;
    }
    for (unsigned i = 0; i < threads; ++i) analyses_.push_back(make_analysis());
    for (auto& analysis : analyses_) threads_.emplace_back([this, &analysis] { work(*analysis); });
}

BuildPipeline::~BuildPipeline() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    work_ready_.notify_all();
    for (auto& thread : threads_) thread.join();
}

void BuildPipeline::build(Analysis& analysis, BuildJob& job) {
    job.document = DocumentBuilder(analysis.analyzer, analysis.tagger).build(job.article);
}

void BuildPipeline::work(Analysis& analysis) {
    for (;;) {
        Slot* slot;
        {
            std::unique_lock lock(mutex_);
            work_ready_.wait(lock, [&] { return stopping_ || !waiting_.empty(); });
            if (stopping_) return;
            slot = waiting_.front();
            waiting_.pop_front();
        }
        build(analysis, slot->job);
        {
            std::lock_guard lock(mutex_);
            slot->built = true;
        }
        job_built_.notify_all();
    }
}

void BuildPipeline::submit(BuildJob job) {
    if (inline_analysis_) {
        build(*inline_analysis_, job);
        apply_(job);
        return;
    }
    {
        std::lock_guard lock(mutex_);
        slots_.push_back({std::move(job), false});
        waiting_.push_back(&slots_.back());
    }
    work_ready_.notify_one();
    apply_built(slots_.size() >= window_);
}

void BuildPipeline::drain() {
    while (!slots_.empty()) apply_built(true);
}

// Applies the built jobs at the front, in order. With wait_for_room, first waits until the oldest is built.
void BuildPipeline::apply_built(bool wait_for_room) {
    std::unique_lock lock(mutex_);
    if (wait_for_room) job_built_.wait(lock, [&] { return slots_.front().built; });
    while (!slots_.empty() && slots_.front().built) {
        lock.unlock();  // the writer's work runs while the threads go on building
        apply_(slots_.front().job);
        lock.lock();
        slots_.pop_front();
    }
}

}  // namespace telusur
