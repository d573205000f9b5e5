// remove_articles(): taking articles out of an index by id, in whichever shard each one is.
#include <telusur/reindex.hpp>

#include "indexer/database.hpp"
#include "indexer/document_builder.hpp"
#include "indexer/index_layout.hpp"

#include <set>

namespace telusur {

RemovalSummary remove_articles(const std::string& directory, const std::vector<std::string>& ids) {
    const std::string live = layout::live_database(directory);
    if (live.empty()) throw DatabaseError(directory + ": no index here");
    IndexProfile recorded;
    open_index_for_reading(directory, recorded);  // refuses what is not a telusur index
    std::vector<Xapian::WritableDatabase> shards;
    for (const std::string& shard : layout::shards_of(live)) shards.push_back(open_existing_for_writing(shard));
    RemovalSummary summary;
    std::set<std::string> done;
    try {
        for (const std::string& id : ids) {
            if (!done.insert(id).second) continue;
            const std::string term = DocumentBuilder::id_term(id);
            bool found = false;
            for (Xapian::WritableDatabase& shard : shards) {
                if (!shard.term_exists(term)) continue;
                shard.delete_document(term);
                found = true;
            }
            if (found) ++summary.removed;
            else summary.missing.push_back(id);
        }
        for (Xapian::WritableDatabase& shard : shards) shard.commit();
    } catch (const Xapian::Error& e) {
        throw DatabaseError(directory + ": cannot remove articles: " + e.get_description());
    }
    return summary;
}

}  // namespace telusur
