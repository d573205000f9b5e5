// Opening a telusur index: the one place that knows what makes a Xapian database a telusur index, and that turns
// Xapian's errors about it into DatabaseError with a message a person can act on.
#pragma once

#include <xapian.h>

#include <string>

namespace telusur {

// Opens (creating if absent) for writing. A new index records the schema and the stemmer's name; an existing one
// must have been built with the same ones.
Xapian::WritableDatabase open_index_for_writing(const std::string& directory, const std::string& stemmer_name);

// Opens an existing index for reading, checking it was built with `stemmer_name`.
Xapian::Database open_index_for_reading(const std::string& directory, const std::string& stemmer_name);

}  // namespace telusur
