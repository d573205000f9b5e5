#include "stemmer/root_lexicon.hpp"

#include "corpus/stable_hash.hpp"
#include "stemmer/word_hash.hpp"

#include <telusur/error.hpp>

#include <charconv>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <unordered_map>

namespace telusur::stemming {
namespace {

// The fingerprint uses a stable hash (unlike word_hash, which may change between versions).
using stable_hash::fnv_offset;
using stable_hash::fnv_prime;

std::uint64_t hash_bytes(std::uint64_t h, std::string_view bytes) { return stable_hash::fnv1a(bytes, h); }

// form == a + b + c, without building the concatenation.
bool concat_is(std::string_view form, std::string_view a, std::string_view b, std::string_view c = {}) {
    return form.size() == a.size() + b.size() + c.size() && form.substr(0, a.size()) == a &&
           form.substr(a.size(), b.size()) == b && form.substr(a.size() + b.size()) == c;
}

bool prefix_applies(const AffixRule& rule, std::string_view root) {
    return root.starts_with(rule.strip) && rule.condition.matches_start(root);
}

bool suffix_applies(const AffixRule& rule, std::string_view root) {
    return root.ends_with(rule.strip) && rule.condition.matches_end(root);
}

std::string lower_ascii(std::string_view word) {
    std::string out(word);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string read_file(const std::string& path, const char* what) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, 0, std::string("cannot open the ") + what + " (is hunspell-id installed?)");
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// The prefixes an affix rule adds, read off its text: "memper" is meN- then per-, "keber" ke- then ber-.
std::uint16_t prefix_kinds_of(std::string_view add) {
    static constexpr std::pair<std::string_view, Prefix> morphemes[] = {
        {"kau", Prefix::kau},  {"ku", Prefix::ku},    {"di", Prefix::di},   {"ke", Prefix::ke},   {"se", Prefix::se},
        {"ber", Prefix::ber},  {"be", Prefix::ber},   {"ter", Prefix::ter}, {"te", Prefix::ter},  {"per", Prefix::per},
        {"meng", Prefix::meN}, {"meny", Prefix::meN}, {"mem", Prefix::meN}, {"men", Prefix::meN}, {"me", Prefix::meN},
        {"peng", Prefix::peN}, {"peny", Prefix::peN}, {"pem", Prefix::peN}, {"pen", Prefix::peN}, {"pe", Prefix::peN},
    };
    std::uint16_t kinds = 0;
    while (!add.empty()) {
        bool matched = false;
        for (const auto& [text, prefix] : morphemes) {
            if (!add.starts_with(text)) continue;
            kinds |= bit(prefix);
            if (prefix == Prefix::peN) kinds |= bit(Prefix::pe);  // pe- without a nasal is peN-'s plain sibling
            add.remove_prefix(text.size());
            matched = true;
            break;
        }
        if (!matched) break;
    }
    return kinds;
}

std::uint16_t suffix_kinds_of(std::string_view add) {
    if (add.starts_with("kan")) return bit(Suffix::kan);
    if (add.starts_with("an")) return bit(Suffix::an);
    if (add.starts_with("i")) return bit(Suffix::i);
    return 0;
}

// A root as read, before the lexicon packs it.
struct RawEntry {
    std::string word;
    std::vector<AffixFlag> flags;
    bool bound = false;  // some line carries NEEDAFFIX
    bool free = false;   // some line does not
    bool never_reduce = false;
    bool curated = false;
    bool whole_alone = false;
};

// The roots of a .dic and the curated lists, each once ("Jakarta" and "jakarta" are one root, flags merged).
class RawRoots {
public:
    RawEntry& entry(std::string word) {
        auto [it, is_new] = index_.try_emplace(word, entries_.size());
        if (is_new) entries_.push_back(RawEntry{std::move(word), {}, false, false, false, false, false});
        return entries_[it->second];
    }
    std::size_t index_of(const std::string& word) const { return index_.at(word); }
    const std::vector<RawEntry>& entries() const { return entries_; }
    void reserve(std::size_t n) {
        entries_.reserve(n);
        index_.reserve(n);
    }

private:
    std::vector<RawEntry> entries_;
    std::unordered_map<std::string, std::size_t> index_;
};

// Reads the words and flags of a hunspell .dic (text already UTF-8): the first line is the word count, then
// "word/flags" per line.
void read_dic(std::string_view text, const std::string& path, const HunspellAffixes& affixes, RawRoots& roots) {
    std::size_t number = 0;
    while (!text.empty()) {
        ++number;
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.remove_suffix(1);
        if (number == 1) {
            std::size_t count = 0;
            const auto [ptr, ec] = std::from_chars(line.data(), line.data() + line.size(), count);
            if (ec != std::errc() || ptr != line.data() + line.size())
                throw InputError(path, 1, "the first line must be the word count (not a hunspell .dic file?)");
            roots.reserve(count + 1000);
            continue;
        }
        if (line.empty()) continue;
        line = line.substr(0, line.find_first_of(" \t"));  // morphological fields, if any, follow a space or tab
        const std::size_t slash = line.find('/');
        const std::string_view word = line.substr(0, slash);
        const std::string_view flags = slash == std::string_view::npos ? std::string_view{} : line.substr(slash + 1);
        if (word.empty()) throw InputError(path, number, "a line with flags but no word");
        if (flags.size() % 2) throw InputError(path, number, "flags are not two-character pairs (FLAG long)");
        if (word.size() > 255) continue;  // not a root anyone searches for
        RawEntry& entry = roots.entry(lower_ascii(word));
        bool needs_affix = false;
        for (std::size_t i = 0; i < flags.size(); i += 2) {
            const AffixFlag flag = pack_flag(flags[i], flags[i + 1]);
            if (affixes.needaffix_flag() && flag == affixes.needaffix_flag()) needs_affix = true;
            // Flags the .aff does not define (a few in hunspell-id) license nothing; keep the ones that do.
            if (affixes.find(flag)) entry.flags.push_back(flag);
        }
        (needs_affix ? entry.bound : entry.free) = true;
    }
    if (roots.entries().empty()) throw InputError(path, 0, "no words (not a hunspell .dic file?)");
}

void add_curated(const CuratedWords& curated, RawRoots& roots) {
    for (const auto* list : {&curated.function_words, &curated.whole_names})
        for (std::string_view word : *list) roots.entry(std::string(word)).whole_alone = true;
    for (std::string_view word : curated.extra_roots) {
        RawEntry& entry = roots.entry(std::string(word));
        entry.curated = entry.free = true;
    }
    for (const auto& [word, stem] : curated.listed_stems) {
        roots.entry(std::string(word)).free = true;
        roots.entry(std::string(stem)).free = true;
    }
    for (const auto* list : {&curated.never_reduce, &curated.kept_derivations})
        for (std::string_view word : *list) {
            RawEntry& entry = roots.entry(std::string(word));
            entry.never_reduce = entry.free = true;
        }
    // Rhyming reduplications are listed words too: with a stem (sayur-mayur -> sayur), or whole (bolak-balik).
    for (const auto& [word, stem] : curated.rhyming_reduplications) {
        roots.entry(std::string(stem)).free = true;
        RawEntry& entry = roots.entry(std::string(word));  // after the stem's: adding an entry moves the others
        entry.free = true;
        if (word == stem) entry.never_reduce = true;
    }
}

std::uint32_t fingerprint_of(std::string_view dic, std::string_view aff, const CuratedWords& curated) {
    std::uint64_t h = hash_bytes(hash_bytes(fnv_offset, dic), aff);
    for (const auto* list :
         {&curated.extra_roots, &curated.never_reduce, &curated.function_words, &curated.whole_names,
          &curated.kept_derivations})
        for (std::string_view word : *list) h = hash_bytes(h, word) * fnv_prime;
    for (const auto* map : {&curated.rhyming_reduplications, &curated.listed_stems})
        for (const auto& [word, stem] : *map)  // unordered: combined order-independently
            h += hash_bytes(hash_bytes(fnv_offset, word), stem);
    return static_cast<std::uint32_t>(h ^ (h >> 32));
}

}  // namespace

RootLexicon RootLexicon::load(const std::string& dictionary, const CuratedWords& curated) {
    RootLexicon lexicon;
    lexicon.affixes_ = HunspellAffixes::load(dictionary + ".aff");
    const HunspellAffixes& affixes = lexicon.affixes_;
    const std::string dic_path = dictionary + ".dic";
    std::string text = read_file(dic_path, "hunspell dictionary");
    lexicon.fingerprint_ = fingerprint_of(text, read_file(dictionary + ".aff", "hunspell affix file"), curated);
    if (affixes.latin1()) text = latin1_to_utf8(text);

    RawRoots roots;
    read_dic(text, dic_path, affixes, roots);
    add_curated(curated, roots);

    // Pack: the words back to back, the flags' classes in one array, the kinds of affix each root takes.
    std::size_t bytes = 0, flag_total = 0;
    for (const auto& e : roots.entries()) bytes += e.word.size(), flag_total += e.flags.size();
    lexicon.words_.reserve(bytes);
    lexicon.flag_classes_.reserve(flag_total);
    lexicon.entries_.reserve(roots.entries().size());
    for (const auto& e : roots.entries()) {
        Entry entry;
        entry.word_offset = static_cast<std::uint32_t>(lexicon.words_.size());
        entry.word_size = static_cast<std::uint8_t>(e.word.size());
        entry.flags_offset = static_cast<std::uint32_t>(lexicon.flag_classes_.size());
        entry.flag_count = static_cast<std::uint8_t>(std::min<std::size_t>(e.flags.size(), 255));
        entry.bound = e.bound && !e.free;  // bound only if no line lists it as a word of its own
        entry.never_reduce = e.never_reduce;
        entry.curated = e.curated;
        entry.whole_alone = e.whole_alone;
        entry.root = e.free || e.bound;  // listed as a word or root somewhere, not only as a function word
        for (std::size_t i = 0; i < entry.flag_count; ++i) {
            const AffixClass* cls = affixes.find(e.flags[i]);
            lexicon.flag_classes_.push_back(cls);
            for (const AffixRule& rule : cls->rules) {
                if (cls->prefix) {
                    entry.prefix_kinds |= prefix_kinds_of(rule.add);
                    continue;
                }
                entry.suffix_kinds |= suffix_kinds_of(rule.add);
                for (AffixFlag next : rule.continuation)  // the prefix half of a circumfix (ke- of ke-an)
                    if (const AffixClass* further = affixes.find(next); further && further->prefix)
                        for (const AffixRule& prefix : further->rules)
                            entry.prefix_kinds |= prefix_kinds_of(prefix.add);
            }
        }
        lexicon.words_ += e.word;
        lexicon.entries_.push_back(entry);
    }
    for (const auto* map : {&curated.listed_stems, &curated.rhyming_reduplications})
        for (const auto& [word, stem] : *map)
            if (word != stem)
                lexicon.entries_[roots.index_of(std::string(word))].stem =
                    static_cast<std::int32_t>(roots.index_of(std::string(stem)));

    // The table: open addressing at most half full, each slot with part of the hash to skip most comparisons.
    std::size_t capacity = 1;
    while (capacity < lexicon.entries_.size() * 2) capacity <<= 1;
    lexicon.slots_.assign(capacity, Slot{});
    lexicon.mask_ = capacity - 1;
    for (std::uint32_t i = 0; i < lexicon.entries_.size(); ++i) {
        const std::uint64_t hash = word_hash(lexicon.word(lexicon.entries_[i]));
        std::uint64_t slot = hash & lexicon.mask_;
        while (lexicon.slots_[slot].entry) slot = (slot + 1) & lexicon.mask_;
        lexicon.slots_[slot] = Slot{i + 1, static_cast<std::uint32_t>(hash >> 32)};
    }
    return lexicon;
}

std::shared_ptr<const RootLexicon> RootLexicon::shared(const std::string& dictionary) {
    static std::mutex mutex;
    // Kept for the life of the process: stemmers come and go with the threads that use them, and loading is the
    // expensive part.
    static std::map<std::string, std::shared_ptr<const RootLexicon>> loaded;
    const std::lock_guard lock(mutex);
    auto& lexicon = loaded[dictionary];
    if (!lexicon) lexicon = std::make_shared<const RootLexicon>(load(dictionary, curated_words()));
    return lexicon;
}

const RootLexicon::Entry* RootLexicon::find(char first, std::string_view rest) const {
    std::string_view word = rest;
    char buffer[256];
    if (first) {  // the restored root, spelled out on the stack
        if (rest.size() >= sizeof buffer) return nullptr;
        buffer[0] = first;
        std::memcpy(buffer + 1, rest.data(), rest.size());
        word = std::string_view(buffer, rest.size() + 1);
    }
    const std::uint64_t hash = word_hash(word);
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    for (std::uint64_t slot = hash & mask_; slots_[slot].entry; slot = (slot + 1) & mask_) {
        if (slots_[slot].tag != tag) continue;
        const Entry& entry = entries_[slots_[slot].entry - 1];
        if (this->word(entry) == word) return &entry;
    }
    return nullptr;
}

bool RootLexicon::prefix_derives(const Entry& root, std::string_view root_word, std::string_view form) const {
    for (const AffixClass* cls : flags(root)) {
        if (!cls->prefix) continue;
        for (const AffixRule& rule : cls->rules) {
            if (rule.circumfix || !prefix_applies(rule, root_word)) continue;
            const std::string_view stem = root_word.substr(rule.strip.size());
            if (concat_is(form, rule.add, stem)) return true;
            if (!cls->cross_product || !form.starts_with(rule.add)) continue;
            // A prefix and a suffix of the root's flags together (cross product).
            for (const AffixClass* suffixes : flags(root)) {
                if (suffixes->prefix || !suffixes->cross_product) continue;
                for (const AffixRule& suffix : suffixes->rules) {
                    if (suffix.circumfix || !suffix_applies(suffix, root_word)) continue;
                    const std::string_view base =
                        stem.substr(0, stem.size() - std::min(stem.size(), suffix.strip.size()));
                    if (concat_is(form, rule.add, base, suffix.add)) return true;
                }
            }
        }
    }
    return false;
}

bool RootLexicon::suffix_derives(const Entry& root, std::string_view root_word, std::string_view form) const {
    for (const AffixClass* cls : flags(root)) {
        if (cls->prefix) continue;
        for (const AffixRule& rule : cls->rules) {
            if (!suffix_applies(rule, root_word)) continue;
            const std::string_view base = root_word.substr(0, root_word.size() - rule.strip.size());
            if (!rule.circumfix && concat_is(form, base, rule.add)) return true;
            for (AffixFlag next : rule.continuation) {
                const AffixClass* further = affixes_.find(next);
                if (!further) continue;
                if (further->prefix) {
                    // A prefix allowed on the suffixed form: the two halves of a circumfix (ke-an), or a twofold affix.
                    for (const AffixRule& prefix : further->rules) {
                        if (prefix.circumfix != rule.circumfix || prefix.strip.size() > base.size()) continue;
                        if (!base.starts_with(prefix.strip) || !prefix.condition.matches_start(base)) continue;
                        if (concat_is(form, prefix.add, base.substr(prefix.strip.size()), rule.add)) return true;
                    }
                } else if (!rule.circumfix) {
                    // A second suffix on the first ("-i" then "-nya"); hunspell-id's strip nothing.
                    for (const AffixRule& second : further->rules) {
                        if (second.circumfix || !second.strip.empty()) continue;
                        if (form.size() != base.size() + rule.add.size() + second.add.size()) continue;
                        if (concat_is(form, base, rule.add, second.add)) return true;
                    }
                }
            }
        }
    }
    return false;
}

bool RootLexicon::derives(const Entry& root, std::string_view form) const {
    const std::string_view root_word = word(root);
    if (form == root_word) return true;
    return prefix_derives(root, root_word, form) || suffix_derives(root, root_word, form);
}

bool RootLexicon::has_suffix_rule(const Entry& root, std::string_view added) const {
    for (const AffixClass* cls : flags(root)) {
        if (cls->prefix) continue;
        for (const AffixRule& rule : cls->rules)
            if (!rule.circumfix && rule.strip.empty() && rule.add == added) return true;
    }
    return false;
}

bool RootLexicon::takes_particles(const Entry& root) const { return has_suffix_rule(root, "lah"); }

bool RootLexicon::takes_possessives(const Entry& root) const {
    return has_suffix_rule(root, "nya") || has_suffix_rule(root, "ku");
}

}  // namespace telusur::stemming
