#include "indexer/analysis.hpp"

#include "indexer/function_homographs.hpp"
#include "indexer/open_compounds.hpp"
#include "indexer/schema.hpp"
#include "indexer/word_folding.hpp"

#include <cstdio>

#include <telusur/error.hpp>

namespace telusur {

std::unique_ptr<Stemmer> stemmer_for(const std::string& choice) {
    if (choice == "full") return make_indonesian_stemmer({.mode = StemMode::full});
    if (choice == "light") return make_indonesian_stemmer({.mode = StemMode::light});
    if (choice == "snowball") return make_snowball_stemmer();
    throw ArgumentError("unknown stemmer '" + choice + "' (expected full, light or snowball)");
}

std::unique_ptr<Stemmer> stemmer_named(const std::string& name) {
    for (const char* choice : {"full", "light", "snowball"}) {
        auto stemmer = stemmer_for(choice);
        if (stemmer->name() == name) return stemmer;
    }
    throw DatabaseError("the index was built with stemmer '" + name + "', which this telusur does not have "
                        "(another version, or another hunspell-id dictionary); rebuild the index (telusur reindex "
                        "rebuilds it in full from its articles)");
}

IndexProfile profile_of(const Analysis& analysis, const std::vector<std::string>& gazetteer_files) {
    // The word lists the terms depend on: spelling variants, function words, open compounds, then sense families.
    char spelling[40];
    std::snprintf(spelling, sizeof spelling, "%08x%08x%08x%08x", WordFolding::spelling_variants().fingerprint(),
                  function_homographs_fingerprint(), open_compounds_fingerprint(),
                  WordFolding::sense_families().fingerprint());
    return {analysis.analyzer.stemmer().name(), analysis.gazetteer.fingerprint(), gazetteer_files,
            std::string(schema::schema_version), spelling};
}

}  // namespace telusur
