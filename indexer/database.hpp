// Opening a telusur index: the one place that knows what makes a Xapian database a telusur index, and that turns
// Xapian's errors about it into DatabaseError with a message a person can act on.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

namespace telusur {

// The analysis an index was built with. Queries must be analysed the same way, so the index records it and a
// writer or reader with another analysis is refused.
struct IndexProfile {
    std::string stemmer;                       // Stemmer::name()
    std::string gazetteer;                     // Gazetteer::fingerprint()
    std::vector<std::string> gazetteer_files;  // the user's extra gazetteer files, as given
    std::string schema;                        // schema::schema_version when written; not compared by check_profile
    std::string spelling;                      // the fingerprints of the word lists the terms depend on, in hex
};

// Opens (creating if absent) for writing. A new index records `profile`; an existing one must match it.
Xapian::WritableDatabase open_index_for_writing(const std::string& directory, const IndexProfile& profile);

// Opens an existing index for reading, and reads the profile it was built with.
Xapian::Database open_index_for_reading(const std::string& directory, IndexProfile& profile);

// The profile of the index in `directory`, if there is one.
std::optional<IndexProfile> existing_profile(const std::string& directory);

// Opens an existing database (a live index, or one shard of it) for writing, holding its write lock until the
// handle goes. Throws DatabaseError if another writer holds the lock or it cannot be opened.
Xapian::WritableDatabase open_existing_for_writing(const std::string& database);

// Refuses (DatabaseError) an analysis that differs from the one the index records.
void check_profile(const std::string& directory, const IndexProfile& recorded, const IndexProfile& used);

}  // namespace telusur
