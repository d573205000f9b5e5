#include "indexer/analysis.hpp"

#include <telusur/error.hpp>

namespace telusur {

std::unique_ptr<Stemmer> stemmer_named(const std::string& name) {
    auto snowball = make_snowball_stemmer();
    if (name == snowball->name()) return snowball;
    throw DatabaseError("the index was built with stemmer '" + name + "', which this telusur does not have");
}

IndexProfile profile_of(const Analysis& analysis, const std::vector<std::string>& gazetteer_files) {
    return {analysis.analyzer.stemmer().name(), analysis.gazetteer.fingerprint(), gazetteer_files};
}

}  // namespace telusur
