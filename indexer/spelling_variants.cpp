#include "indexer/spelling_variants.hpp"

#include "corpus/text.hpp"

#include <telusur/error.hpp>

namespace telusur {
namespace data {
extern const std::string_view spelling_variants;
}

SpellingVariants::SpellingVariants(std::string_view text, const char* source) {
    std::uint64_t hash = 14695981039346656037ull;  // FNV-1a over the lines that count
    std::size_t number = 0;
    for (text::Lines lines(text); lines.next();) {
        ++number;
        const std::string_view line = text::trim(lines.line());
        if (line.empty() || line.front() == '#') continue;
        const std::size_t tab = line.find('\t');
        const std::string_view variant = tab == std::string_view::npos ? line : line.substr(0, tab);
        const std::string_view standard = tab == std::string_view::npos ? std::string_view{} : line.substr(tab + 1);
        if (variant.empty() || standard.empty() || variant.find(' ') != std::string_view::npos ||
            standard.find_first_of(" \t") != std::string_view::npos)
            throw InputError(source, number, "expected a variant, a tab and its standard form");
        filter_.set(filter_bit(variant));
        if (!standard_.emplace(variant, standard).second)
            throw InputError(source, number, "'" + std::string(variant) + "' is listed twice");
        for (char c : line) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        hash = (hash ^ '\n') * 1099511628211ull;
    }
    for (const auto& [variant, standard] : standard_)
        if (standard_.contains(standard))
            throw InputError(source, 0,
                             "the standard form '" + standard + "' of '" + variant + "' is listed as a variant");
    fingerprint_ = static_cast<std::uint32_t>(hash ^ (hash >> 32));
}

const SpellingVariants& SpellingVariants::standard() {
    static const SpellingVariants variants(data::spelling_variants, "indexer/data/spelling_variants.txt");
    return variants;
}

std::string_view SpellingVariants::fold(std::string_view stem) const {
    if (stem.empty() || !filter_.test(filter_bit(stem))) return stem;
    const auto found = standard_.find(stem);
    return found == standard_.end() ? stem : std::string_view(found->second);
}

}  // namespace telusur
