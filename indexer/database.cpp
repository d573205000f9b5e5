#include "indexer/database.hpp"

#include "indexer/schema.hpp"

#include <telusur/error.hpp>

#include <filesystem>

#include <fcntl.h>
#include <unistd.h>

namespace telusur {
namespace {

std::string one_a_line(const std::vector<std::string>& files) {
    std::string text;
    for (const auto& file : files) text += file + "\n";
    return text;
}

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
        lines.push_back(text.substr(start, end - start));
    return lines;
}

void check_schema(const Xapian::Database& db, const std::string& directory) {
    const std::string schema = db.get_metadata(std::string(schema::schema_key));
    if (schema.empty()) {
        if (db.get_doccount() == 0) return;  // a new, empty database
        throw DatabaseError(directory + ": not a telusur index (no schema recorded)");
    }
    if (schema != schema::schema_version)
        throw DatabaseError(directory + ": index schema " + schema + ", this telusur reads schema " +
                            std::string(schema::schema_version) +
                            "; rebuild the index (telusur reindex rebuilds it in full from its articles)");
}

// Whether a writer holds the lock file (Xapian's flintlock): then its files are its own business.
bool lock_held(const std::filesystem::path& lock) {
    const int fd = ::open(lock.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0) return false;
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    const bool held = ::fcntl(fd, F_OFD_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

// A writer killed while Xapian was creating the index leaves its lock and table files but no version file
// (iamglass, written last), and Xapian will neither open nor create over that. Nothing was ever committed there, so
// the leftovers are removed and the index created afresh. A directory holding anything else is left alone.
void clear_unfinished_creation(const std::string& directory) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(directory, ec) || fs::exists(fs::path(directory) / "iamglass", ec)) return;
    if (lock_held(fs::path(directory) / "flintlock")) return;  // being created right now
    std::vector<fs::path> leftovers;
    for (const auto& entry : fs::directory_iterator(directory, ec)) {
        const fs::path& path = entry.path();
        const std::string extension = path.extension().string();
        if (path.filename() != "flintlock" && extension != ".glass" && extension != ".tmp") return;
        leftovers.push_back(path);
    }
    for (const auto& path : leftovers) fs::remove(path, ec);
}

IndexProfile recorded_profile(const Xapian::Database& db) {
    return {db.get_metadata(std::string(schema::stemmer_key)), db.get_metadata(std::string(schema::gazetteer_key)),
            split_lines(db.get_metadata(std::string(schema::gazetteer_files_key))),
            db.get_metadata(std::string(schema::schema_key)), db.get_metadata(std::string(schema::spelling_key))};
}

// A writer may commit twice while a reader that has just opened the index reads its profile, discarding the revision
// it opened: read again on the newest, up to this many times (a writer committing small batches can do it repeatedly).
constexpr int max_profile_reads = 10;

// `read(db)`, again on the newest revision when a writer's commits discarded the one being read.
template <class Read>
auto read_reopening(Xapian::Database& db, Read read) {
    for (int attempt = 0;; ++attempt) {
        try {
            return read(db);
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt == max_profile_reads) throw;
            db.reopen();
        }
    }
}

}  // namespace

void check_profile(const std::string& directory, const IndexProfile& recorded, const IndexProfile& used) {
    if (recorded.stemmer != used.stemmer)
        throw DatabaseError(directory + ": index was built with stemmer '" + recorded.stemmer + "', not '" +
                            used.stemmer + "'; rebuild the index to change it");
    if (recorded.spelling != used.spelling)
        throw DatabaseError(directory + ": index was built with other word lists (spelling variants, function "
                            "words, compounds or sense families: another telusur); rebuild the index (telusur "
                            "reindex rebuilds it in full from its articles)");
    // The same extra files, or none: telusur's own places and agencies have changed, or the files' contents.
    if (recorded.gazetteer != used.gazetteer && recorded.gazetteer_files == used.gazetteer_files)
        throw DatabaseError(directory + ": index was built with another gazetteer (another telusur's places and "
                            "agencies, or the extra files' contents changed); rebuild the index (telusur reindex "
                            "rebuilds it in full from its articles)");
    if (recorded.gazetteer != used.gazetteer)
        throw DatabaseError(
            directory + ": index was built with another gazetteer (extra files: " +
            (recorded.gazetteer_files.empty() ? std::string("none") : one_a_line(recorded.gazetteer_files)) +
            "); give the same --gazetteer files, or rebuild the index");
}

Xapian::WritableDatabase open_index_for_writing(const std::string& directory, const IndexProfile& profile) {
    clear_unfinished_creation(directory);
    try {
        Xapian::WritableDatabase db(directory, Xapian::DB_CREATE_OR_OPEN, schema::block_bytes);
        check_schema(db, directory);
        if (db.get_metadata(std::string(schema::schema_key)).empty()) {
            db.set_metadata(std::string(schema::schema_key), std::string(schema::schema_version));
            db.set_metadata(std::string(schema::stemmer_key), profile.stemmer);
            db.set_metadata(std::string(schema::gazetteer_key), profile.gazetteer);
            db.set_metadata(std::string(schema::gazetteer_files_key), one_a_line(profile.gazetteer_files));
            db.set_metadata(std::string(schema::spelling_key), profile.spelling);
            db.commit();  // a reader must find the profile even if nothing is ever added
        } else {
            check_profile(directory, recorded_profile(db), profile);
        }
        return db;
    } catch (const Xapian::DatabaseLockError&) {
        throw DatabaseError(directory + ": the index is locked by another writer (flintlock held); try again when it finishes");
    } catch (const Xapian::Error& e) {
        throw DatabaseError(directory + ": cannot open the index for writing: " + e.get_description());
    }
}

Xapian::WritableDatabase open_existing_for_writing(const std::string& database) {
    try {
        return Xapian::WritableDatabase(database, Xapian::DB_OPEN);
    } catch (const Xapian::DatabaseLockError&) {
        throw DatabaseError(database + ": the index is locked by another writer (flintlock held); try again when it "
                            "finishes");
    } catch (const Xapian::Error& e) {
        throw DatabaseError(database + ": cannot open the index: " + e.get_description());
    }
}

std::optional<IndexProfile> existing_profile(const std::string& directory) {
    std::error_code ec;
    if (!std::filesystem::exists(directory, ec)) return std::nullopt;
    try {
        Xapian::Database db(directory);
        return read_reopening(db, [](const Xapian::Database& index) -> std::optional<IndexProfile> {
            if (index.get_metadata(std::string(schema::schema_key)).empty()) return std::nullopt;
            return recorded_profile(index);
        });
    } catch (const Xapian::Error&) {
        return std::nullopt;  // not readable as an index: opening it for writing will say why
    }
}

Xapian::Database open_index_for_reading(const std::string& directory, IndexProfile& profile) {
    std::error_code ec;
    if (!std::filesystem::exists(directory, ec))
        throw DatabaseError(directory + ": no index here (create one with 'telusur index --db " + directory + " ...')");
    try {
        Xapian::Database db(directory);
        profile = read_reopening(db, [&](const Xapian::Database& index) {
            check_schema(index, directory);
            return recorded_profile(index);
        });
        return db;
    } catch (const Xapian::Error& e) {
        throw DatabaseError(directory + ": cannot open the index: " + e.get_description());
    }
}

}  // namespace telusur
