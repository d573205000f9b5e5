// Analysis: the whole chain that turns text into index terms and entities, built once and shared by the indexer
// and the searcher, so documents and queries go through the same path.
#pragma once

#include "indexer/analyzer.hpp"
#include "indexer/database.hpp"
#include "indexer/entity_tagger.hpp"
#include "indexer/gazetteer.hpp"

#include <memory>
#include <string>
#include <vector>

namespace telusur {

// A stemmer by the name a user chooses: full, light (the Indonesian stemmer's modes) or snowball (the baseline).
// Throws ArgumentError for another name.
std::unique_ptr<Stemmer> stemmer_for(const std::string& choice);

// The stemmer an index records by name (Stemmer::name()); throws DatabaseError for a name this telusur lacks.
std::unique_ptr<Stemmer> stemmer_named(const std::string& name);

struct Analysis {
    // Not thread-safe, like the Analyzer: one per thread.
    Analysis(std::unique_ptr<Stemmer> stemmer, const std::vector<std::string>& gazetteer_files)
        : analyzer(std::move(stemmer)), gazetteer(analyzer, gazetteer_files), tagger(gazetteer) {
        analyzer.set_proper_nouns(gazetteer.proper_nouns());
    }
    Analysis(const Analysis&) = delete;
    Analysis& operator=(const Analysis&) = delete;

    Analyzer analyzer;
    Gazetteer gazetteer;
    EntityTagger tagger;
};

// What an index built with this analysis records (the extra gazetteer files as given).
IndexProfile profile_of(const Analysis& analysis, const std::vector<std::string>& gazetteer_files);

}  // namespace telusur
