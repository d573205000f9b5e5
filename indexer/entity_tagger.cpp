#include "indexer/entity_tagger.hpp"

#include "indexer/place_introducers.hpp"
#include "indexer/place_lookalikes.hpp"
#include "indexer/place_titles.hpp"
#include "indexer/speech_verbs.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_set>

namespace telusur {
namespace {

// Words that say the next name is a place of this type ("Kabupaten Blora", "Kab. Blora", "se-Kabupaten Blora").
// In Papua's provinces a district is a distrik ("Distrik Sota"); elsewhere news writes distrik of other countries'
// districts ("distrik Chiyoda"), so the word names a district of Papua only.
constexpr std::string_view papuan_district = "distrik";
std::optional<std::string_view> place_type_word(std::string_view word) {
    if (word == papuan_district) return papuan_district;
    const std::string_view type = Gazetteer::place_type_word(word);
    return type.empty() ? std::nullopt : std::optional<std::string_view>(type);
}

// Whether `place` is of the type a type word names.
bool of_type(const GazetteerEntry& place, std::string_view type) {
    if (type != papuan_district) return place.type == type;
    const std::string_view province = std::string_view(place.id).substr(0, 2);
    return place.type == "kecamatan" && province >= "91" && province <= "96";
}

int place_level(const std::string& type) {
    if (type == "provinsi") return 0;
    if (type == "kabupaten" || type == "kota") return 1;
    return 2;
}

bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool is_lower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }

bool is_conjunction(std::string_view word) { return word == "dan" || word == "serta" || word == "atau"; }

// Whether the text between two words parts them: it opens with a comma, a slash, a spaced hyphen or a dash (en, em).
// A hyphen between letters joins ("Ayah-Ibunya", "Bintang-bintang"); so does a full stop ("Padang., ...").
bool parts_words(std::string_view gap) {
    const bool spaced = !gap.empty() && gap.front() == ' ';
    while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
    return gap.starts_with(",") || gap.starts_with("/") || (spaced && gap.starts_with("-")) ||
           gap.starts_with("\u2013") || gap.starts_with("\u2014");
}

// "Kab. Blora": the abbreviated type words are written with a full stop.
std::string_view abbreviation_dot(std::string_view type_word) {
    return type_word == "kab" || type_word == "kec" || type_word == "prov" ? "." : "";
}

// Whether the text between a type word, title or agency and the next word lets it name that word: spaces (a
// no-break space too), after an abbreviation's full stop ("Kab. Blora", "Kab.Cirebon") or the bracket closing an
// agency's acronym ("Pemerintah Provinsi (Pemprov) DKI Jakarta"). Not "tingkat kecamatan,” tutur Nizar", nor a
// new paragraph.
bool names_next(std::string_view gap, std::string_view opening = {}) {
    if (!opening.empty() && gap.starts_with(opening)) {
        gap.remove_prefix(opening.size());
        if (gap.empty()) return true;  // "Kab.Cirebon"
    }
    if (gap.empty()) return false;
    for (; !gap.empty(); gap.remove_prefix(gap.front() == ' ' ? 1 : 2))
        if (gap.front() != ' ' && !gap.starts_with("\u00A0")) return false;
    return true;
}

// Whether a place lies inside another (or is it): codes nest, "33.16.09" inside "33.16" inside "33".
bool inside(const std::string& inner, const std::string& outer) {
    return inner == outer || (inner.starts_with(outer) && inner.size() > outer.size() && inner[outer.size()] == '.');
}

std::string_view province(std::string_view code) { return code.substr(0, code.find('.')); }

// The surface as written: "Dinsos" and "DPRD" are acronyms as written; "dinsos" in running text is not trusted.
bool written_as_acronym(std::string_view surface) {
    if (surface.empty() || !is_upper(surface.front())) return false;
    if (surface.size() <= 3)
        return std::all_of(surface.begin(), surface.end(), [](char c) { return !is_lower(c); });
    return true;
}

// "OBA", "DAU", "MoA": at most four letters, more than one of them a capital.
bool reads_as_acronym(std::string_view surface) {
    return surface.size() <= 4 && std::count_if(surface.begin(), surface.end(), is_upper) > 1;
}

// The mention of `entry` over the words `first` to `last` of `tokens`.
EntityMention mention_over(std::uint32_t entry, const std::vector<const Token*>& tokens, std::size_t first,
                           std::size_t last) {
    EntityMention mention;
    mention.entry = entry;
    mention.begin = tokens[first]->begin;
    mention.end = tokens[last]->end;
    return mention;
}

// The index of the first of `tokens` (in text order) that begins at or after byte `begin`.
std::size_t token_at(const std::vector<const Token*>& tokens, std::size_t begin) {
    const auto it = std::lower_bound(tokens.begin(), tokens.end(), begin,
                                     [](const Token* t, std::size_t at) { return t->begin < at; });
    return static_cast<std::size_t>(it - tokens.begin());
}

struct Match {
    std::size_t length = 0;  // tokens
    const std::vector<NameForm>* forms = nullptr;
};

}  // namespace

std::vector<EntityMention> EntityTagger::tag(std::string_view text, const std::vector<Token>& all_tokens,
                                             TextCase text_case, bool dateline) const {
    // Names are matched over single words; a hyphenated whole is seen through its parts.
    std::vector<const Token*> tokens;
    for (const Token& token : all_tokens)
        if (!token.compound) tokens.push_back(&token);

    auto separated = [&](std::size_t from, std::size_t to) { return parts_words(text.substr(from, to - from)); };
    // A place's name does not go on past a comma: "Kota Pekanbaru, Kota Dumai" holds no Pekanbaru Kota. An
    // agency's may: "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak".
    auto longest_match = [&](std::size_t first) {
        Match best;
        std::string words;
        bool past_comma = false;
        for (std::size_t n = 1; n <= gazetteer_.longest_name() && first + n <= tokens.size(); ++n) {
            const std::size_t last = first + n - 1;
            if (n > 1) {
                past_comma = past_comma || separated(tokens[last - 1]->end, tokens[last]->begin);
                words += ' ';
            }
            words += tokens[last]->word;
            if (!gazetteer_.starts_name(words)) break;  // no name goes on from here
            const auto* forms = gazetteer_.find(words);
            if (forms && (!past_comma || std::any_of(forms->begin(), forms->end(), [&](const NameForm& form) {
                              return gazetteer_.entry(form.entry).kind == EntityKind::agency;
                          })))
                best = {n, forms};
        }
        return best;
    };
    auto surface = [&](std::size_t i) { return text.substr(tokens[i]->begin, tokens[i]->end - tokens[i]->begin); };
    auto gap_after = [&](std::size_t i) { return text.substr(tokens[i]->end, tokens[i + 1]->begin - tokens[i]->end); };
    // Whether the type word at `i` is written to name the word after it.
    auto type_word_names_next = [&](std::size_t i) {
        return i + 1 < tokens.size() && names_next(gap_after(i), abbreviation_dot(tokens[i]->word));
    };

    // Whether the word at `i` opens a sentence Written Like This and may be the start of a name.
    auto opens_sentence_as_name = [&](std::size_t i) {
        const std::string_view written = surface(i);
        return !tokens[i]->capitalised && is_upper(written.front()) &&
               std::any_of(written.begin() + 1, written.end(), is_lower) && !tokens[i]->stopword &&
               !place_type_word(tokens[i]->word) && !is_place_introducer(tokens[i]->word) &&
               !is_place_introducer(tokens[i]->term);
    };

    std::vector<EntityMention> mentions;
    // The words written as a speaker's name, right after a verb of saying with their capital ("kata Amali").
    std::unordered_set<std::string_view> speakers;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i)
        if (is_speech_verb(tokens[i]->word) && is_upper(surface(i + 1).front()))
            speakers.insert(tokens[i + 1]->word);

    // The places a name may mean, best first, given the evidence around it.
    // `revivable` says whether a refused name may still be taken when the text names its parent: not when it was
    // refused for being lower case in running text or part of a longer capitalised name ("Sumber Daya Manusia").
    bool revivable = false;
    auto places_named = [&](const Match& match, std::size_t first, std::optional<std::string_view> type_hint,
                            bool evidence) {
        const bool strong = evidence || type_hint.has_value();
        const std::size_t last = first + match.length - 1;
        // A capital counts only on a name standing alone: in "Istana Negara" or "Balai Kota" the capital belongs to
        // a longer name that is not a place.
        // ("Hotel Cepu, Blora" is an address: a comma after the name ends it.)
        // So does one before it: "Jalan Imam Bonjol, Medan", "Banda Aceh - Medan" (or with an en dash).
        const bool apart_after = last + 1 < tokens.size() && separated(tokens[last]->end, tokens[last + 1]->begin);
        const bool apart_before = first == 0 || separated(tokens[first - 1]->end, tokens[first]->begin);
        // A route joins two places with a bare hyphen: "Tol Jakarta-Cikampek".
        const bool route = first > 0 && tokens[first]->begin == tokens[first - 1]->end + 1 &&
                           text[tokens[first - 1]->end] == '-' && !mentions.empty() &&
                           mentions.back().end == tokens[first - 1]->end &&
                           gazetteer_.entry(mentions.back().entry).kind == EntityKind::place;
        // A type word counts as a capitalised word unless it names this place's type: "Kota Kembang" (Bandung) is a
        // nickname, not Kecamatan Kembang. So does a word opening a sentence with its capital, but for a stopword or
        // a word that introduces a place: "Agus Gumelar menegaskan" and "Bukit Lawang adalah" are longer names, as
        // they would be mid-sentence; "Warga Kelapa Gading" and "Di Babelan" are not.
        const bool after_capitalised_word =
            first > 0 && !apart_before && !route &&
            (tokens[first - 1]->capitalised || opens_sentence_as_name(first - 1)) &&
            !(type_hint && place_type_word(tokens[first - 1]->word));
        const bool before_capitalised_word = last + 1 < tokens.size() && tokens[last + 1]->capitalised && !apart_after;
        const bool inside_longer_name = (after_capitalised_word && !apart_after) || before_capitalised_word;
        const bool capitalised = text_case == TextCase::meaningful && tokens[first]->capitalised && !inside_longer_name;
        // In running text a place is written with its capital; "kota bahagia" is no place. Nor is "Air putih" (Air
        // Putih, Batu Bara) opening a sentence: the capital is the sentence's, and the name's next word has none.
        // (Mid-sentence, "Jawa barat" is a writer's slip; "dan" keeps its small letter: "Pangkajene dan Kepulauan".)
        const auto small_letter = [&](const Token* t) {
            return std::islower(static_cast<unsigned char>(text[t->begin])) != 0 && !is_conjunction(t->word);
        };
        const bool lower_case =
            text_case == TextCase::meaningful &&
            (!is_upper(surface(first).front()) ||
             (!tokens[first]->capitalised && std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(first) + 1,
                                                         tokens.begin() + static_cast<std::ptrdiff_t>(last) + 1,
                                                         small_letter)));
        revivable = !lower_case && !(text_case == TextCase::meaningful && inside_longer_name);
        std::vector<std::uint32_t> places;
        // "kata Amali", "menurut Gembong": a speaker, whatever else the name may be; and so is the same word
        // elsewhere in the text ("Amali mengatakan ...", "Zainudin Amali"), as a text means one thing by a name.
        if (!type_hint && ((first > 0 && is_speech_verb(tokens[first - 1]->word)) ||
                           (match.length == 1 && speakers.contains(tokens[first]->word)))) {
            revivable = false;
            return places;
        }
        // Kota, a district of Kota Kediri, is the word for a city everywhere else ("Ibu Kota", "Wali Kota",
        // "Kecamatan Kota Sampang"): only "Kecamatan Kota" in a text naming Kota Kediri is that district.
        if (match.length == 1 && place_type_word(tokens[first]->word)) {
            revivable = type_hint.has_value();
            return places;
        }
        for (const NameForm& form : *match.forms) {
            const GazetteerEntry& entry = gazetteer_.entry(form.entry);
            if (entry.kind != EntityKind::place) continue;
            if (type_hint && !of_type(entry, *type_hint)) continue;
            if (form.acronym && text_case == TextCase::meaningful && !written_as_acronym(surface(first))) continue;
            // A district's short name in capitals in running text is an acronym: OBA, DAU, MoA.
            if (!form.acronym && entry.type == "kecamatan" && text_case == TextCase::meaningful && !type_hint &&
                match.length == 1 && reads_as_acronym(surface(first)))
                continue;
            if (form.ambiguity == Ambiguity::personal_name && !strong) continue;
            // A dateline proves nothing for Wina (Vienna): "WINA (ANTARA) -".
            if (form.ambiguity == Ambiguity::foreign_name && !type_hint) continue;
            if (form.ambiguity == Ambiguity::ordinary_word && !strong && !capitalised) continue;
            if (lower_case && !strong) continue;
            places.push_back(form.entry);
        }
        if (places.empty()) return places;
        // The highest level wins (Kabupaten Blora over Kecamatan Blora); a kabupaten and a kota of one name both stay.
        int best = 3;
        for (auto p : places) best = std::min(best, place_level(gazetteer_.entry(p).type));
        std::erase_if(places, [&](std::uint32_t p) { return place_level(gazetteer_.entry(p).type) != best; });
        // Several districts of one name and nothing to choose between them: better none than a wrong one.
        if (best == 2 && places.size() > 1) places.clear();
        // A district's name inside a longer capitalised name is a building, street, firm or person named after it
        // ("Convention Hall Tunjungan Plaza, Surabaya", "Zainudin Amali"), unless the text also names the district's
        // regency. A comma after it does not make it an address: "Istana Merdeka, Jakarta", "pelatih Bima Sakti,
        // menyebutkan"; "Hotel Cepu, Blora" is taken for naming Cepu's regency.
        if (best == 2 && !strong && text_case == TextCase::meaningful &&
            (inside_longer_name || after_capitalised_word)) {
            places.clear();
            revivable = true;
        }
        return places;
    };

    std::vector<Undecided> undecided_names;
    for (std::size_t i = 0; i < tokens.size();) {
        // "Macan Kemayoran": a name that holds a place's but names something else is passed over whole.
        if (const std::size_t lookalike = place_lookalike_length(tokens, i)) {
            i += lookalike;
            continue;
        }
        // "Kapolsek Cisauk", "Bupati Pati": an official's title names the place after it, and of the kind it heads.
        if (const auto kind = place_title_kind(tokens[i]->word);
            kind && i + 1 < tokens.size() && gap_after(i) == " ") {
            const Match place = longest_match(i + 1);
            std::optional<std::string_view> hint;
            if (!kind->empty()) hint = *kind;
            const auto places = place.forms ? places_named(place, i + 1, hint, true) : std::vector<std::uint32_t>{};
            if (!places.empty()) {
                for (auto p : places) mentions.push_back(mention_over(p, tokens, i + 1, i + place.length));
                i += 1 + place.length;
                continue;
            }
        }
        std::size_t first = i;
        std::optional<std::string_view> type_hint = place_type_word(tokens[i]->word);
        // "Wali Kota Kota Solo": a type word written twice names with its second.
        if (type_hint && i + 1 < tokens.size() && place_type_word(tokens[i + 1]->word) == *type_hint &&
            type_word_names_next(i)) {
            ++i;
            continue;
        }
        Match match;
        if (type_hint && !type_word_names_next(i)) type_hint.reset();
        if (type_hint) {
            match = longest_match(i + 1);
            if (match.forms) first = i + 1;
            else type_hint.reset();
            // A name with no place of the type named is read as without the word: "kota-kota Jawa Timur", "Kota
            // Wamena" (a district's town), "distrik Intan Jaya" (the districts of a regency), "distrik Marang" (of
            // Malaysia), "Kabupaten Jawa Tengah" (a regency's name lost from the source). But "Kabupaten Penajam" and
            // "Kabupaten Polewali" shorten a regency's name, and are not its districts of that name.
            const auto has_place = [&](auto wanted) {
                return std::any_of(match.forms->begin(), match.forms->end(), [&](const NameForm& form) {
                    const GazetteerEntry& entry = gazetteer_.entry(form.entry);
                    return entry.kind == EntityKind::place && wanted(entry);
                });
            };
            if (match.forms && !has_place([&](const GazetteerEntry& e) { return of_type(e, *type_hint); }) &&
                (type_hint != "kabupaten" || has_place([](const GazetteerEntry& e) { return e.type != "kecamatan"; })))
                type_hint.reset();
        }
        if (!match.forms) match = longest_match(i);
        if (!match.forms) {
            ++i;
            continue;
        }
        const std::size_t last = first + match.length - 1;

        // An agency, as written: a full name anywhere, an acronym with its capital where capitals mean something.
        std::optional<std::uint32_t> agency;
        if (!type_hint)
            for (const NameForm& form : *match.forms) {
                if (gazetteer_.entry(form.entry).kind != EntityKind::agency) continue;
                if (form.acronym && text_case == TextCase::meaningful && !written_as_acronym(surface(first))) continue;
                if (form.acronym && text_case == TextCase::query && surface(first).size() < 3) continue;
                agency = form.entry;
                break;
            }
        if (agency) {
            EntityMention mention = mention_over(*agency, tokens, first, last);
            std::size_t next = last + 1;
            // "Polres Bekasi", "Dinsos Blora": the unit's place follows it, and the agency is the evidence.
            if (gazetteer_.entry(*agency).takes_place && next < tokens.size() && names_next(gap_after(last), ")")) {
                std::optional<std::string_view> hint = place_type_word(tokens[next]->word);
                if (hint && !type_word_names_next(next)) hint.reset();
                const std::size_t place_first = hint ? next + 1 : next;
                const std::string& unit_type = gazetteer_.entry(*agency).place_type;
                if (!hint && !unit_type.empty()) hint = unit_type;  // Pemkot Semarang is Kota Semarang
                const Match place = longest_match(place_first);
                if (place.forms) {
                    // The unit is evidence for a name not in small letters ("Polres 50 Kota"), not for "pemerintah
                    // daerah guna mendukung".
                    const bool written_as_name =
                        text_case != TextCase::meaningful || !is_lower(surface(place_first).front());
                    const auto places = places_named(place, place_first, hint, written_as_name);
                    if (!places.empty()) {
                        mention.linked_place = places.front();
                        const std::size_t place_last = place_first + place.length - 1;
                        mentions.push_back(mention);
                        for (auto p : places) mentions.push_back(mention_over(p, tokens, place_first, place_last));
                        i = place_last + 1;
                        continue;
                    }
                }
            }
            mentions.push_back(mention);
            i = last + 1;
            continue;
        }
        const auto places = places_named(match, first, type_hint, dateline);
        for (auto p : places) mentions.push_back(mention_over(p, tokens, first, last));
        if (places.empty() && revivable) {  // perhaps a place whose parent the text names: decided at the end
            Undecided undecided{first, last, {}};
            for (const NameForm& form : *match.forms)
                if (gazetteer_.entry(form.entry).kind == EntityKind::place &&
                    (!type_hint || of_type(gazetteer_.entry(form.entry), *type_hint)))
                    undecided.places.push_back(form.entry);
            if (!undecided.places.empty()) undecided_names.push_back(std::move(undecided));
        }
        // A name taken or refused is passed whole: refusing "Tanah Abang" must not leave "Abang" to be taken alone.
        i = last + 1;
    }
    add_undecided_places(mentions, undecided_names, text, tokens);
    drop_places_inside_another(mentions, text, tokens);
    drop_villages_of_other_districts(mentions, tokens);
    choose_regency_or_city(mentions);
    return mentions;
}

void EntityTagger::choose_regency_or_city(std::vector<EntityMention>& mentions) const {
    // "Bandung" alone names Kabupaten and Kota Bandung both. Where the text says elsewhere which it means, the one
    // it names on its own (Kota Bandung, Wali Kota Bandung, Bupati Bandung) or a district of one of them (Coblong,
    // of Kota Bandung), the bare name is that one too, as a text means one place by a name. When it names both, or
    // neither, both stay.
    auto is_place = [&](const EntityMention& m) { return gazetteer_.entry(m.entry).kind == EntityKind::place; };
    auto same_span = [](const EntityMention& a, const EntityMention& b) {
        return a.begin == b.begin && a.end == b.end;
    };
    // Whether another place shares the span of `m`: the bare name gave both.
    auto paired = [&](const EntityMention& m) {
        return std::any_of(mentions.begin(), mentions.end(), [&](const EntityMention& other) {
            return &other != &m && is_place(other) && same_span(other, m);
        });
    };
    // Where the text names one place alone: a span holding it without another place.
    auto named_alone = [&](std::uint32_t entry) {
        return std::any_of(mentions.begin(), mentions.end(),
                           [&](const EntityMention& m) { return m.entry == entry && !paired(m); });
    };
    auto district_of = [&](std::uint32_t area) {
        const std::string& code = gazetteer_.entry(area).id;
        return std::any_of(mentions.begin(), mentions.end(), [&](const EntityMention& m) {
            return is_place(m) && m.entry != area && inside(gazetteer_.entry(m.entry).id, code);
        });
    };
    std::vector<std::uint32_t> dropped;  // the side of a pair the text does not mean
    for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
        const EntityMention& a = mentions[i];
        const EntityMention& b = mentions[i + 1];
        if (!same_span(a, b) || !is_place(a) || !is_place(b)) continue;
        const GazetteerEntry& first = gazetteer_.entry(a.entry);
        const GazetteerEntry& second = gazetteer_.entry(b.entry);
        if (place_level(first.type) != 1 || place_level(second.type) != 1 || first.type == second.type) continue;
        const bool first_meant = named_alone(a.entry) || district_of(a.entry);
        const bool second_meant = named_alone(b.entry) || district_of(b.entry);
        if (first_meant != second_meant) dropped.push_back(first_meant ? b.entry : a.entry);
    }
    if (dropped.empty()) return;
    // Only where the bare name gave both: a span naming the dropped place alone stays as written.
    std::vector<EntityMention> kept;
    for (const EntityMention& m : mentions)
        if (!(paired(m) && std::find(dropped.begin(), dropped.end(), m.entry) != dropped.end())) kept.push_back(m);
    mentions = std::move(kept);
}

void EntityTagger::add_undecided_places(std::vector<EntityMention>& mentions, const std::vector<Undecided>& undecided,
                                        std::string_view text, const std::vector<const Token*>& tokens) const {
    std::vector<bool> taken(undecided.size(), false);
    add_addresses(mentions, undecided, taken, text, tokens);
    add_listed_places(mentions, undecided, taken, text, tokens);
    add_places_with_known_parents(mentions, undecided, taken, tokens);
    std::stable_sort(mentions.begin(), mentions.end(),
                     [](const EntityMention& a, const EntityMention& b) { return a.begin < b.begin; });
}

void EntityTagger::add_addresses(std::vector<EntityMention>& mentions, const std::vector<Undecided>& undecided,
                                 std::vector<bool>& taken, std::string_view text,
                                 const std::vector<const Token*>& tokens) const {
    // "Cigugur, Kuningan", "Bandara Ilaga, Puncak": two names refused alone, the second after a comma the regency
    // of the first, are an address, and each is the other's evidence. Taken when exactly one pair of places fits.
    for (std::size_t i = 0; i + 1 < undecided.size(); ++i) {
        const Undecided& inner = undecided[i];
        const Undecided& outer = undecided[i + 1];
        if (outer.first != inner.last + 1) continue;
        const std::size_t gap_begin = tokens[inner.last]->end;
        if (!text.substr(gap_begin, tokens[outer.first]->begin - gap_begin).starts_with(",")) continue;
        std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
        for (std::uint32_t place : inner.places)
            for (std::uint32_t area : outer.places)
                if (place != area && inside(gazetteer_.entry(place).id, gazetteer_.entry(area).id))
                    pairs.emplace_back(place, area);
        if (pairs.size() != 1) continue;
        mentions.push_back(mention_over(pairs.front().first, tokens, inner.first, inner.last));
        mentions.push_back(mention_over(pairs.front().second, tokens, outer.first, outer.last));
        taken[i] = taken[i + 1] = true;
    }
}

void EntityTagger::add_listed_places(std::vector<EntityMention>& mentions, const std::vector<Undecided>& undecided,
                                     std::vector<bool>& taken, std::string_view text,
                                     const std::vector<const Token*>& tokens) const {
    // "Indramayu, Kuningan, Kebumen", "Semarang \u2013 Kuningan": a regency's or province's name refused alone,
    // listed next to a place of the same level (parted by a comma, slash or dash, or joined by a conjunction), is
    // that place. Not "Menteng, Kuningan", Jakarta's neighbourhood beside a district; and not a district beside
    // districts, as the last word of a longer name is one too often ("Semper Barat, Cilincing").
    // The places named by the mention starting or ending at these offsets.
    auto places_at = [&](std::size_t begin, std::size_t end) {
        std::vector<const GazetteerEntry*> found;
        for (const EntityMention& m : mentions)
            if ((m.begin == begin || m.end == end) && gazetteer_.entry(m.entry).kind == EntityKind::place)
                found.push_back(&gazetteer_.entry(m.entry));
        return found;
    };
    constexpr std::size_t nowhere = ~std::size_t{0};
    for (std::size_t n = 0; n < undecided.size(); ++n) {
        if (taken[n]) continue;
        const Undecided& name = undecided[n];
        // The places listed right before it and right after it, and whether a conjunction joins it: "Bandung dan
        // Bima".
        std::vector<const GazetteerEntry*> before, after;
        bool joined = false;
        if (name.first > 0) {
            const std::size_t b = name.first - 1;
            if (parts_words(text.substr(tokens[b]->end, tokens[name.first]->begin - tokens[b]->end)))
                before = places_at(nowhere, tokens[b]->end);
            else if (is_conjunction(tokens[b]->word) && b > 0)
                before = places_at(nowhere, tokens[b - 1]->end), joined = true;
        }
        if (name.last + 1 < tokens.size()) {
            const std::size_t a = name.last + 1;
            if (parts_words(text.substr(tokens[name.last]->end, tokens[a]->begin - tokens[name.last]->end)))
                after = places_at(tokens[a]->begin, nowhere);
            else if (is_conjunction(tokens[a]->word) && a + 1 < tokens.size())
                after = places_at(tokens[a + 1]->begin, nowhere), joined = true;
        }
        // A list has places of its level on both sides, or a conjunction, or beside it a place of its province: one
        // place of another province after a comma is an address ("kawasan Kuningan, Jakarta Selatan").
        std::vector<std::uint32_t> fitting;
        for (std::uint32_t place : name.places) {
            const GazetteerEntry& entry = gazetteer_.entry(place);
            const int level = place_level(entry.type);
            auto listed = [&](const std::vector<const GazetteerEntry*>& side, bool same_province) {
                return std::any_of(side.begin(), side.end(), [&](const GazetteerEntry* other) {
                    return place_level(other->type) == level &&
                           (!same_province || province(other->id) == province(entry.id));
                });
            };
            if (level < 2 && ((listed(before, false) && listed(after, false)) ||
                              (joined && (listed(before, false) || listed(after, false))) ||
                              listed(before, true) || listed(after, true)))
                fitting.push_back(place);
        }
        if (fitting.empty()) continue;
        // A kabupaten and a kota of one name both, as on their own evidence.
        for (auto place : fitting) mentions.push_back(mention_over(place, tokens, name.first, name.last));
        taken[n] = true;
    }
}

void EntityTagger::add_places_with_known_parents(std::vector<EntityMention>& mentions,
                                                 const std::vector<Undecided>& undecided,
                                                 const std::vector<bool>& taken,
                                                 const std::vector<const Token*>& tokens) const {
    // "Batu, Jawa Timur", "Pulosari, Pemalang": a name refused for want of evidence, or one of several districts,
    // is the place whose province or regency the text also names.
    std::vector<std::uint32_t> known;
    for (const EntityMention& mention : mentions)
        if (gazetteer_.entry(mention.entry).kind == EntityKind::place) known.push_back(mention.entry);
    for (std::size_t n = 0; n < undecided.size() && !known.empty(); ++n) {
        if (taken[n]) continue;
        const Undecided& name = undecided[n];
        // The places whose nearest known parent is nearest: Karanganyar of Kebumen when the text names Kabupaten
        // Kebumen and Jawa Tengah, not every Karanganyar of Jawa Tengah.
        std::vector<std::uint32_t> chosen;
        std::size_t nearest = 0;  // the length of the nearest known parent's code
        for (std::uint32_t place : name.places) {
            const auto areas = Gazetteer::place_and_ancestors(gazetteer_.entry(place).id);
            std::size_t parent = 0;
            for (std::uint32_t k : known) {
                const GazetteerEntry& area = gazetteer_.entry(k);
                // Not the district named after its own regency (Kecamatan Blora in Kabupaten Blora): the regency is
                // meant.
                if (std::find(areas.begin(), areas.end() - 1, area.id) != areas.end() - 1 &&
                    area.name != gazetteer_.entry(place).name)
                    parent = std::max(parent, area.id.size());
            }
            if (parent == 0 || parent < nearest) continue;
            if (parent > nearest) chosen.clear();
            nearest = parent;
            chosen.push_back(place);
        }
        if (chosen.empty()) continue;
        // As on its own evidence: the highest level wins (Kota Batu over Kecamatan Batu), and of several districts
        // still none.
        int best = 3;
        for (auto p : chosen) best = std::min(best, place_level(gazetteer_.entry(p).type));
        std::erase_if(chosen, [&](std::uint32_t p) { return place_level(gazetteer_.entry(p).type) != best; });
        if (best == 2 && chosen.size() > 1) continue;
        for (auto place : chosen) mentions.push_back(mention_over(place, tokens, name.first, name.last));
    }
}

void EntityTagger::drop_villages_of_other_districts(std::vector<EntityMention>& mentions,
                                                    const std::vector<const Token*>& tokens) const {
    // "Desa Merbau, Kecamatan Bunut": a village named like a district (Merbau, in Kepulauan Meranti) is in the
    // district the address names next, not in the one of its name. A village in the district of its own name
    // ("Kelurahan Cilincing, Kecamatan Cilincing") or named without its district stays: most are.
    auto is_village_word = [](std::string_view word) {
        return word == "desa" || word == "kelurahan" || word == "dusun" || word == "kampung" || word == "gampong" ||
               word == "nagari";
    };
    std::vector<EntityMention> kept;
    for (const EntityMention& m : mentions) {
        const GazetteerEntry& place = gazetteer_.entry(m.entry);
        const std::size_t first = token_at(tokens, m.begin);
        bool elsewhere = false;
        if (place.kind == EntityKind::place && place.type == "kecamatan" && first > 0 && first < tokens.size() &&
            is_village_word(tokens[first - 1]->word)) {
            // The district word within the next few words (the village's name may go on: "Desa Air Hitam Laut"),
            // and the district named after it.
            const std::size_t last = token_at(tokens, m.end) - 1;
            for (std::size_t k = last + 1; k < tokens.size() && k <= last + 4 && !elsewhere; ++k) {
                if (place_type_word(tokens[k]->word) != "kecamatan" || k + 1 >= tokens.size()) continue;
                for (const EntityMention& other : mentions)
                    if (other.begin == tokens[k + 1]->begin && other.entry != m.entry &&
                        gazetteer_.entry(other.entry).type == "kecamatan")
                        elsewhere = true;
            }
        }
        if (!elsewhere) kept.push_back(m);
    }
    mentions = std::move(kept);
}

void EntityTagger::drop_places_inside_another(std::vector<EntityMention>& mentions, std::string_view text,
                                              const std::vector<const Token*>& tokens) const {
    // "Patra Kuningan, Jakarta Selatan", "kawasan Kemang, Jakarta Selatan": a name followed by a comma and a regency
    // or city of another province names somewhere inside that one (a neighbourhood or street the gazetteer lacks),
    // not the gazetteer's place of that name (Kabupaten Kuningan in Jawa Barat, Kecamatan Kemang in Bogor). Within
    // one province news often names a district with the regency it was split from ("Torgamba, Labuhan Batu") or
    // with the nearest city ("Porong, Surabaya"), and provinces have been split too ("Wamena, Papua"), so only a
    // regency or city of another province counts. Not in a list of places ("Indramayu, Kuningan, Kebumen",
    // "Cilandak, Depok, dan Bogor"), and not after a type word, which says which place is meant.
    auto comma_between = [&](std::size_t token) {  // right after `token`, before the next word
        std::string_view gap = text.substr(tokens[token]->end, tokens[token + 1]->begin - tokens[token]->end);
        while (gap.starts_with(" ")) gap.remove_prefix(1);
        return gap.starts_with(",");
    };
    auto is_place = [&](const EntityMention& m) { return gazetteer_.entry(m.entry).kind == EntityKind::place; };
    // The place mentions of the name starting at token `first` or ending at token `last` (a name can be two
    // places: Kabupaten and Kota Bekasi).
    auto places_where = [&](auto at) {
        std::vector<const EntityMention*> found;
        for (const EntityMention& m : mentions)
            if (is_place(m) && at(m)) found.push_back(&m);
        return found;
    };
    auto starting = [&](std::size_t first) {
        if (first >= tokens.size()) return std::vector<const EntityMention*>{};
        return places_where([&](const EntityMention& m) { return m.begin == tokens[first]->begin; });
    };
    auto ending = [&](std::size_t last) {
        return places_where([&](const EntityMention& m) { return m.end == tokens[last]->end; });
    };
    auto capitalised_at = [&](std::size_t token) {
        return token < tokens.size() && std::isupper(static_cast<unsigned char>(text[tokens[token]->begin])) != 0;
    };
    // What comes after the place `outer` ending at token `last` goes on with a list: a conjunction ("Cilandak,
    // Depok, dan ..."), another place that does not contain it (", Bogor"; an address goes on to a larger place:
    // ", DKI Jakarta"), or a capitalised name ended by a comma or conjunction, a list item the gazetteer does not
    // know (", Gitik Rogojampi, ..."). An address ends otherwise: ", Rabu (11/9/2019)", a full stop.
    auto listed_after = [&](std::size_t last, const GazetteerEntry& outer) {
        std::size_t next = last + 1;
        if (next >= tokens.size()) return false;
        if (is_conjunction(tokens[next]->word)) return true;
        if (!comma_between(last)) return false;
        const std::vector<const EntityMention*> places = starting(next);
        if (!places.empty())
            return std::none_of(places.begin(), places.end(), [&](const EntityMention* place) {
                return inside(outer.id, gazetteer_.entry(place->entry).id);
            });
        if (!capitalised_at(next)) return false;
        std::size_t end = next;
        while (end + 1 < tokens.size() && capitalised_at(end + 1) && tokens[end + 1]->begin == tokens[end]->end + 1 &&
               text[tokens[end]->end] == ' ')
            ++end;
        return end + 1 < tokens.size() && (comma_between(end) || is_conjunction(tokens[end + 1]->word));
    };
    // A place right before the name, parted from it by a comma, slash or dash (a route: "Semarang \u2013
    // Karimunjawa"), or joined by a conjunction: a list.
    auto listed_before = [&](std::size_t first) {
        if (first == 0) return false;
        const std::size_t gap_begin = tokens[first - 1]->end;
        if (parts_words(text.substr(gap_begin, tokens[first]->begin - gap_begin)) && !ending(first - 1).empty())
            return true;
        return first >= 2 && is_conjunction(tokens[first - 1]->word) && !ending(first - 2).empty();
    };
    std::vector<std::size_t> dropped;
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const EntityMention& name = mentions[i];
        if (!is_place(name)) continue;
        const std::size_t first = token_at(tokens, name.begin), last = token_at(tokens, name.end) - 1;
        if (last + 1 >= tokens.size() || !comma_between(last)) continue;
        if (first > 0 && place_type_word(tokens[first - 1]->word)) continue;
        const std::vector<const EntityMention*> larger = starting(last + 1);
        if (larger.empty() || listed_before(first) ||
            listed_after(token_at(tokens, larger.front()->end) - 1, gazetteer_.entry(larger.front()->entry)))
            continue;
        const GazetteerEntry& place = gazetteer_.entry(name.entry);
        const bool elsewhere = std::all_of(larger.begin(), larger.end(), [&](const EntityMention* other) {
            const GazetteerEntry& outer = gazetteer_.entry(other->entry);
            return place_level(outer.type) == 1 && place_level(place.type) >= 1 &&
                   province(place.id) != province(outer.id);
        });
        if (elsewhere) dropped.push_back(i);
    }
    for (auto it = dropped.rbegin(); it != dropped.rend(); ++it)
        mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(*it));
}

}  // namespace telusur
