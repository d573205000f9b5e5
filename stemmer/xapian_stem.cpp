#include <telusur/xapian_stem.hpp>

namespace telusur {
namespace {

// Xapian's extension point for stemmers: it calls operator() with each word, lower-cased by the caller.
class StemAdapter final : public Xapian::StemImplementation {
public:
    explicit StemAdapter(std::unique_ptr<Stemmer> stemmer) : stemmer_(std::move(stemmer)) {}
    std::string operator()(const std::string& word) override { return stemmer_->stem(word); }
    std::string get_description() const override { return stemmer_->name(); }

private:
    std::unique_ptr<Stemmer> stemmer_;
};

}  // namespace

Xapian::Stem make_xapian_stem(std::unique_ptr<Stemmer> stemmer) {
    return Xapian::Stem(new StemAdapter(std::move(stemmer)));  // Xapian::Stem takes ownership (reference counted)
}

}  // namespace telusur
