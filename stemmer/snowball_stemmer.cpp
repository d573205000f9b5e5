#include <telusur/stemmer.hpp>

#include <xapian.h>

namespace telusur {
namespace {

class SnowballStemmer final : public Stemmer {
public:
    std::string stem(std::string_view word) const override { return stem_(std::string(word)); }
    std::string name() const override { return "snowball-indonesian"; }

private:
    Xapian::Stem stem_{"indonesian"};
};

}  // namespace

std::unique_ptr<Stemmer> make_snowball_stemmer() { return std::make_unique<SnowballStemmer>(); }

}  // namespace telusur
