#include "indexer/database.hpp"

#include "indexer/schema.hpp"

#include <telusur/error.hpp>

#include <filesystem>

namespace telusur {
namespace {

// An index from a different schema or stemmer would be read wrongly or match nothing: refuse it plainly.
void check_compatible(const Xapian::Database& db, const std::string& directory, const std::string& stemmer_name) {
    const std::string schema = db.get_metadata(std::string(schema::schema_key));
    if (schema.empty()) {
        if (db.get_doccount() == 0) return;  // a new, empty database
        throw DatabaseError(directory + ": not a telusur index (no schema recorded)");
    }
    if (schema != schema::schema_version)
        throw DatabaseError(directory + ": index schema " + schema + ", this telusur reads schema " +
                            std::string(schema::schema_version) + "; rebuild the index");
    const std::string stemmer = db.get_metadata(std::string(schema::stemmer_key));
    if (stemmer != stemmer_name)
        throw DatabaseError(directory + ": index was built with stemmer '" + stemmer + "', this telusur uses '" +
                            stemmer_name + "'; rebuild the index");
}

}  // namespace

Xapian::WritableDatabase open_index_for_writing(const std::string& directory, const std::string& stemmer_name) {
    try {
        Xapian::WritableDatabase db(directory, Xapian::DB_CREATE_OR_OPEN);
        check_compatible(db, directory, stemmer_name);
        if (db.get_metadata(std::string(schema::schema_key)).empty()) {
            db.set_metadata(std::string(schema::schema_key), std::string(schema::schema_version));
            db.set_metadata(std::string(schema::stemmer_key), stemmer_name);
        }
        return db;
    } catch (const Xapian::DatabaseLockError&) {
        throw DatabaseError(directory + ": the index is locked by another writer (flintlock held); try again when it finishes");
    } catch (const Xapian::Error& e) {
        throw DatabaseError(directory + ": cannot open the index for writing: " + e.get_description());
    }
}

Xapian::Database open_index_for_reading(const std::string& directory, const std::string& stemmer_name) {
    std::error_code ec;
    if (!std::filesystem::exists(directory, ec))
        throw DatabaseError(directory + ": no index here (create one with 'telusur index --db " + directory + " ...')");
    try {
        Xapian::Database db(directory);
        check_compatible(db, directory, stemmer_name);
        return db;
    } catch (const Xapian::Error& e) {
        throw DatabaseError(directory + ": cannot open the index: " + e.get_description());
    }
}

}  // namespace telusur
