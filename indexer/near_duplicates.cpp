#include "indexer/near_duplicates.hpp"

#include "corpus/stable_hash.hpp"
#include "indexer/hit_card.hpp"
#include "indexer/schema.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <limits>
#include <unordered_map>

namespace telusur::near_duplicates {
namespace {

// Candidates examined per article: the ones sharing the most bands come first.
constexpr Xapian::doccount max_candidates = 20;

// One independent hash function per signature position.
const std::array<std::uint64_t, signature_size>& seeds() {
    static const auto values = [] {
        std::array<std::uint64_t, signature_size> s{};
        for (std::size_t i = 0; i < s.size(); ++i) s[i] = stable_hash::mix(0x7e1a5u + i);
        return s;
    }();
    return values;
}

// The words of the body in reading order, once each: a hyphenated compound, not also its parts.
std::vector<std::string_view> running_words(const std::vector<Token>& body) {
    std::vector<std::string_view> words;
    std::size_t covered_to = 0;
    for (const Token& token : body) {
        if (token.begin < covered_to) continue;
        words.push_back(token.word);
        covered_to = token.end;
    }
    return words;
}

// Each signature position keeps the least of its hash of every shingle: here lowered by one shingle. Built also for
// processors with 64-bit vector multiplies, which take all the positions eight at a time (the same values: integer
// arithmetic); hashing was a sixth of the work of analysing an article.
[[gnu::target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")]]
void lower_minima(std::uint32_t* minima, const std::uint64_t* seeds, std::uint64_t shingle) {
    for (std::size_t i = 0; i < signature_size; ++i) {
        const auto value = static_cast<std::uint32_t>(stable_hash::mix(shingle ^ seeds[i]) >> 32);
        minima[i] = value < minima[i] ? value : minima[i];
    }
}

std::string hex(std::uint64_t value) {
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
    return text;
}

// The articles sharing the most of `own_bands`, most first (ties: the older first), at most max_candidates; the
// article's own earlier version (same id) is not a duplicate of it. The ranking an OR of the band terms under
// CoordWeight gives, read straight from the band terms' posting lists: a match per article cost more than the
// index writes of the article.
std::vector<Xapian::docid> candidates(const Xapian::Database& db, const std::vector<std::string>& own_bands,
                                      const std::string& id_term, const BandFilter* written) {
    std::unordered_map<Xapian::docid, unsigned> shared;
    for (const std::string& term : own_bands) {
        if (written && !written->may_hold(term)) continue;
        for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) ++shared[*it];
    }
    if (shared.empty()) return {};
    for (auto it = db.postlist_begin(id_term); it != db.postlist_end(id_term); ++it) shared.erase(*it);
    std::vector<std::pair<Xapian::docid, unsigned>> ranked(shared.begin(), shared.end());
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    std::vector<Xapian::docid> ids;
    for (std::size_t i = 0; i < ranked.size() && i < max_candidates; ++i) ids.push_back(ranked[i].first);
    return ids;
}

void join(Xapian::Document& doc, const std::string& cluster) {
    doc.add_value(schema::duplicate_slot, cluster);
    doc.add_boolean_term(schema::term(schema::cluster_prefix, cluster));
    doc.add_boolean_term(std::string(schema::clustered_term));
}

}  // namespace

Signature signature(const std::vector<Token>& body) {
    const std::vector<std::string_view> words = running_words(body);
    if (words.size() < shingle_words + min_shingles - 1) return {};
    Signature minima(signature_size, std::numeric_limits<std::uint32_t>::max());
    for (std::size_t start = 0; start + shingle_words <= words.size(); ++start) {
        std::uint64_t shingle = stable_hash::fnv_offset;
        for (std::size_t i = start; i < start + shingle_words; ++i)
            shingle = stable_hash::fnv1a(" ", stable_hash::fnv1a(words[i], shingle));
        lower_minima(minima.data(), seeds().data(), shingle);
    }
    return minima;
}

double resemblance(const Signature& a, const Signature& b) {
    if (a.empty() || a.size() != b.size()) return 0;
    std::size_t same = 0;
    for (std::size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
    return static_cast<double>(same) / static_cast<double>(a.size());
}

std::string encode(const Signature& signature) {
    std::string bytes;
    bytes.reserve(signature.size() * 4);
    for (std::uint32_t value : signature)
        for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(static_cast<char>((value >> shift) & 0xff));
    return bytes;
}

Signature decode(std::string_view value) {
    if (value.size() != signature_size * 4) return {};
    Signature signature(signature_size);
    for (std::size_t i = 0; i < signature_size; ++i)
        for (std::size_t byte = 0; byte < 4; ++byte)
            signature[i] = (signature[i] << 8) | static_cast<unsigned char>(value[i * 4 + byte]);
    return signature;
}

std::vector<std::string> band_terms(const Signature& signature) {
    std::vector<std::string> terms;
    if (signature.size() != signature_size) return terms;
    const std::string bytes = encode(signature);
    for (std::size_t band = 0; band < bands; ++band) {
        const std::string_view rows = std::string_view(bytes).substr(band * band_rows * 4, band_rows * 4);
        std::string term(schema::band_prefix);
        term.push_back(static_cast<char>('a' + band));  // the band's place in the signature
        term.append(hex(stable_hash::fnv1a(rows)));
        terms.push_back(std::move(term));
    }
    return terms;
}

void assign_cluster(Xapian::WritableDatabase& db, Xapian::Document& doc, const std::string& id_term,
                    BandFilter* written) {
    const Signature own = decode(doc.get_value(schema::signature_slot));
    if (own.empty()) return;
    const std::vector<std::string> own_bands = band_terms(own);
    const std::vector<Xapian::docid> look_alikes = candidates(db, own_bands, id_term, written);
    if (written)
        for (const std::string& band : own_bands) written->add(band);
    Xapian::docid closest = 0;
    double best = same_text;
    for (const Xapian::docid id : look_alikes) {
        const double alike = resemblance(own, decode(db.get_document(id).get_value(schema::signature_slot)));
        if (alike >= best) {
            best = alike;
            closest = id;
        }
    }
    if (closest == 0) return;
    Xapian::Document original = db.get_document(closest);
    std::string cluster = original.get_value(schema::duplicate_slot);
    if (cluster.empty()) {  // its first near-duplicate: the original starts the cluster, named after it
        const std::string original_id = HitCard::decode(original.get_value(schema::hit_card_slot)).id;
        cluster = hex(stable_hash::fnv1a(original.get_value(schema::signature_slot),
                                         stable_hash::fnv1a(schema::term(schema::id_prefix, original_id))));
        join(original, cluster);
        db.replace_document(closest, original);
    }
    join(doc, cluster);
}

}  // namespace telusur::near_duplicates
