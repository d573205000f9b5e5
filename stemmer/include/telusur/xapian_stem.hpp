// The telusur stemmer as a Xapian::Stem, for Xapian APIs that take one (QueryParser, TermGenerator, MSet::snippet,
// spelling), so they stem the way telusur's own index does.
#pragma once

#include <telusur/stemmer.hpp>

#include <xapian.h>

#include <memory>

namespace telusur {

// The Xapian::Stem owns the stemmer. Like the stemmer, not thread-safe: one per thread.
Xapian::Stem make_xapian_stem(std::unique_ptr<Stemmer> stemmer);

}  // namespace telusur
