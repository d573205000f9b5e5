// Stopwords (indexer/data/stopwords.txt). Documents keep every word; a query leaves these optional, so that
// "banjir di bekasi" does not demand "di", while a query of stopwords alone still searches.
#pragma once

#include <string_view>

namespace telusur {

bool is_stopword(std::string_view normalised_word);

}  // namespace telusur
