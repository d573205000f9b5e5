#include "indexer/gazetteer.hpp"

#include "corpus/text.hpp"

#include <telusur/error.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace telusur {
namespace data {
extern const std::string_view gazetteer_places;
extern const std::string_view gazetteer_agencies;
extern const std::string_view gazetteer_ambiguous_places;
}  // namespace data

namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    for (;;) {
        const std::size_t at = text.find(separator);
        parts.push_back(text.substr(0, at));
        if (at == std::string_view::npos) return parts;
        text.remove_prefix(at + 1);
    }
}

std::string read_whole(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, 0, "cannot read the gazetteer file");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return std::move(buffer).str();
}

}  // namespace

Gazetteer::Gazetteer(Analyzer& analyzer, const std::vector<std::string>& extra_files) : analyzer_(analyzer) {
    load(data::gazetteer_places, "indexer/data/gazetteer/places.tsv");
    load(data::gazetteer_agencies, "indexer/data/gazetteer/agencies.tsv");
    load(data::gazetteer_ambiguous_places, "indexer/data/gazetteer/ambiguous_places.tsv");
    for (const auto& file : extra_files) load(read_whole(file), file);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(content_hash_));
    fingerprint_ = hex;
    link_broader_agencies();
    // Ambiguity belongs to the written name, whichever place (or alias) has it and whichever file listed it.
    for (auto& [words, forms] : names_) {
        const auto it = ambiguous_names_.find(words);
        if (it == ambiguous_names_.end()) continue;
        for (NameForm& form : forms)
            if (entries_[form.entry].kind == EntityKind::place) form.ambiguity = it->second;
    }
}

std::string Gazetteer::key(std::string_view text) const {
    std::string words;
    for (const Token& token : analyzer_.analyze(text)) {
        if (token.compound) continue;
        if (!words.empty()) words += ' ';
        words += token.word;
    }
    return words;
}

namespace {

// "OKI", "NTT": two letters or more, none of them small.
bool all_capitals(std::string_view alias) {
    return alias.size() >= 2 && std::all_of(alias.begin(), alias.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

void Gazetteer::add_name(std::uint32_t entry, std::string_view name, bool acronym) {
    const std::string words = key(name);
    if (words.empty()) return;
    auto& forms = names_[words];
    for (const NameForm& form : forms)
        if (form.entry == entry) return;
    forms.push_back({entry, acronym});
    for (std::size_t space = words.find(' '); space != std::string::npos; space = words.find(' ', space + 1))
        add_prefix(words.substr(0, space));
    add_prefix(words);
    longest_name_ = std::max<std::size_t>(longest_name_, 1 + std::count(words.begin(), words.end(), ' '));
}

void Gazetteer::add_prefix(std::string words) {
    for (const std::size_t bit : filter_bits(KeyHash{}(words)))
        prefix_filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    prefixes_.insert(std::move(words));
}

// Rows are tab-separated with a header naming the columns; lines starting with '#' are comments. A file is one of:
//   places:    code kind type name parent_code aliases
//   agencies:  id kind type name acronyms variants takes_place
//   ambiguous: name reason
void Gazetteer::load(std::string_view content, const std::string& origin) {
    content_hash_ = stable_hash::fnv1a(content, content_hash_);
    std::vector<std::string_view> header;
    for (text::Lines lines(content); lines.next();) {
        const std::string_view line = lines.line();
        const std::size_t line_number = lines.number();
        if (line.empty() || line.front() == '#') continue;
        const auto cells = split(line, '\t');
        if (header.empty()) {
            header = cells;
            if (header.front() != "code" && header.front() != "id" && header.front() != "name")
                throw InputError(origin, line_number, "unknown gazetteer header (expected code, id or name first)");
            continue;
        }
        if (cells.size() < header.size())
            throw InputError(origin, line_number, "expected " + std::to_string(header.size()) + " tab-separated columns");
        auto column = [&](std::string_view name) -> std::string_view {
            for (std::size_t i = 0; i < header.size(); ++i)
                if (header[i] == name) return cells[i];
            return {};
        };
        if (header.front() == "name") {
            const std::string_view reason = column("reason");
            ambiguous_names_[key(cells[0])] = reason == "personal-name" || reason == "name-word" ? Ambiguity::personal_name
                                              : reason == "foreign-name"                        ? Ambiguity::foreign_name
                                                                                                 : Ambiguity::ordinary_word;
            continue;
        }
        GazetteerEntry entry;
        entry.id = std::string(cells[0]);
        entry.kind = column("kind") == "agency" ? EntityKind::agency : EntityKind::place;
        entry.type = std::string(column("type"));
        entry.name = std::string(column("name"));
        entry.parent = std::string(column("parent_code"));
        entry.takes_place = column("takes_place") == "yes";
        if (entry.takes_place) {  // "Pemerintah Kota" takes a kota: the last word of the name says so
            const std::string words = key(entry.name);
            entry.place_type = std::string(place_type_word(std::string_view(words).substr(words.rfind(' ') + 1)));
        }
        if (entry.id.empty() || entry.name.empty()) throw InputError(origin, line_number, "an entry needs an id and a name");
        const auto index = static_cast<std::uint32_t>(entries_.size());
        entries_.push_back(entry);
        add_name(index, entry.name, false);
        // A place's alias in capitals (OKI, NTT) is an acronym: "Oki" in running text is a person.
        for (std::string_view alias : split(column("aliases"), '|'))
            add_name(index, alias, entry.kind == EntityKind::place && all_capitals(alias));
        for (std::string_view variant : split(column("variants"), '|')) add_name(index, variant, false);
        for (std::string_view acronym : split(column("acronyms"), '|')) add_name(index, acronym, true);
    }
}

const std::vector<NameForm>* Gazetteer::find(std::string_view words) const {
    const auto it = names_.find(words);
    return it == names_.end() ? nullptr : &it->second;
}

void Gazetteer::link_broader_agencies() {
    for (std::uint32_t a = 0; a < entries_.size(); ++a) {
        GazetteerEntry& agency = entries_[a];
        if (agency.kind != EntityKind::agency) continue;
        const std::string words = key(agency.name);
        // The longest agency name that this name starts with, word for word.
        for (std::size_t end = words.rfind(' '); end != std::string::npos && !agency.broader; end = words.rfind(' ', end - 1)) {
            if (const auto* forms = find(std::string_view(words).substr(0, end)))
                for (const NameForm& form : *forms)
                    if (form.entry != a && !form.acronym && entries_[form.entry].kind == EntityKind::agency) {
                        agency.broader = form.entry;
                        break;
                    }
            if (end == 0) break;
        }
    }
}

std::unordered_set<std::string> Gazetteer::proper_nouns() const {
    std::unordered_set<std::string> words;
    for (const auto& [name, forms] : names_) {
        if (name.find(' ') != std::string::npos) continue;
        if (std::all_of(forms.begin(), forms.end(), [](const NameForm& f) { return f.ambiguity == Ambiguity::none; }))
            words.insert(name);
    }
    return words;
}

std::string_view Gazetteer::place_type_word(std::string_view word) {
    if (word == "kabupaten" || word == "kab") return "kabupaten";
    if (word == "kota" || word == "kotamadya") return "kota";
    if (word == "provinsi" || word == "prov" || word == "propinsi") return "provinsi";
    if (word == "kecamatan" || word == "kec") return "kecamatan";
    return {};
}

std::vector<std::string> Gazetteer::place_and_ancestors(const std::string& code) {
    std::vector<std::string> codes;
    for (std::size_t at = code.find('.'); at != std::string::npos; at = code.find('.', at + 1))
        codes.push_back(code.substr(0, at));
    codes.push_back(code);
    return codes;
}

}  // namespace telusur
