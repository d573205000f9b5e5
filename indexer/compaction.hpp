// Compaction of an index a job has just written. Written in batches of commits, a database's B-tree blocks end up
// about half full: each commit inserts into the middle of every word's postings. Rewritten by Xapian's compactor it
// takes about 45% less disk, and a search reads fewer blocks (benchmarks/RESULTS.md). The compactor's middle level
// is used, which leaves room for the updates an archive takes later.
#pragma once

#include <string>

namespace telusur {

// Writes `database` compactly, shard by shard, as the new generation `generation` (a path not yet present), in
// schema::block_bytes blocks with the documents' numbers kept. Returns false, with nothing left at `generation`, when
// that cannot be done (no room for the copy, say); `database` is unchanged either way.
bool write_compacted(const std::string& database, const std::string& generation);

// Compacts the live database of `directory` into a new generation and switches to it (layout::switch_to), for an
// index whose writer holds its lock. Returns false, leaving the index as it was, when it cannot be compacted.
bool compact_live(const std::string& directory);

}  // namespace telusur
