// Where the live index of a directory is. An index directory is either plain (the Xapian database in DIR itself, as
// `telusur index` creates it before compacting it, and as older versions left it) or generational: databases
// DIR/g000001, DIR/g000002 ... and a Xapian stub file DIR/XAPIANDB ("auto g000002") naming the live one. Xapian
// opens both kinds by DIR, for reading and for writing, so searchers and the Indexer need not know. A rebuild or
// compaction writes a new generation beside the live one and switches the stub atomically (a temporary file renamed
// over it): a searcher sees the old index or the new, never a half, and one that opened the old keeps reading its
// files after they are removed.
#pragma once

#include <string>
#include <vector>

namespace telusur::layout {

// The database that is live: DIR itself for a plain index, the generation the stub names, or empty for no index.
// Like Xapian, a database in DIR itself wins over a stub beside it. A stub telusur did not write (remote shards, say)
// is refused with DatabaseError: a job must not replace it with a local index.
std::string live_database(const std::string& directory);

// Generations in DIR that are not live (left by a rebuild that was killed), newest first.
std::vector<std::string> unfinished_generations(const std::string& directory);

// The path of a new generation, numbered after every one present; not created.
std::string next_generation(const std::string& directory);

// The shards of a database: itself, or for a sharded generation (gNNNNNN/s0, s1 ... listed by its own stub
// gNNNNNN/XAPIANDB) the shards its stub lists, in order.
std::vector<std::string> shards_of(const std::string& database);

// Lays out a new generation of `count` shards and returns their paths: the generation itself for one, else
// s0 ... under it and a stub listing them, so the generation opens as one database.
std::vector<std::string> make_shards(const std::string& generation, unsigned count);

// Makes `generation` (a database under DIR) the live index, then removes the one it replaces: the previous
// generation, or the files of a plain index. Throws DatabaseError if the stub cannot be written.
void switch_to(const std::string& directory, const std::string& generation);

}  // namespace telusur::layout
