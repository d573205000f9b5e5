#include "indexer/compaction.hpp"

#include "indexer/index_layout.hpp"
#include "indexer/schema.hpp"

#include <telusur/error.hpp>

#include <xapian.h>

#include <atomic>
#include <filesystem>
#include <system_error>
#include <thread>
#include <vector>

namespace telusur {

bool write_compacted(const std::string& database, const std::string& generation) {
    std::error_code ec;
    if (std::filesystem::exists(generation, ec) || ec) return false;  // not ours to write into, nor to remove
    try {
        const std::vector<std::string> shards = layout::shards_of(database);
        const std::vector<std::string> targets =
            layout::make_shards(generation, static_cast<unsigned>(shards.size()));
        // The shards at once, each by a thread of its own, as a rebuild wrote them.
        std::atomic<bool> failed = false;
        std::vector<std::jthread> compactors;  // joined however this block is left
        for (std::size_t i = 0; i < shards.size(); ++i)
            compactors.emplace_back([&, i] {
                try {
                    Xapian::Database(shards[i]).compact(
                        targets[i], Xapian::Compactor::FULL | Xapian::DBCOMPACT_NO_RENUMBER, schema::block_bytes);
                } catch (...) {
                    failed = true;
                }
            });
        for (std::jthread& compactor : compactors) compactor.join();
        if (!failed) return true;
    } catch (const Xapian::Error&) {
    } catch (const std::filesystem::filesystem_error&) {
    } catch (const DatabaseError&) {  // the shards' stub could not be written
    } catch (const std::system_error&) {  // no thread to be had
    }
    std::filesystem::remove_all(generation, ec);
    return false;
}

bool compact_live(const std::string& directory) {
    const std::string generation = layout::next_generation(directory);
    if (!write_compacted(layout::live_database(directory), generation)) return false;
    layout::switch_to(directory, generation);
    return true;
}

}  // namespace telusur
