#include "searcher/query_parser.hpp"

#include "corpus/utf8.hpp"
#include "indexer/schema.hpp"

#include <telusur/error.hpp>

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

namespace telusur {
namespace {

enum class Field { none, title, source, date, place, agency };

// Field names a user can write, in Indonesian and in English.
std::optional<Field> field_named(std::string_view name) {
    std::string lower;
    for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "judul" || lower == "title") return Field::title;
    if (lower == "sumber" || lower == "source") return Field::source;
    if (lower == "tanggal" || lower == "date") return Field::date;
    if (lower == "tempat" || lower == "place") return Field::place;
    if (lower == "lembaga" || lower == "agency") return Field::agency;
    return std::nullopt;
}

// What a piece of query contributes to the conjunction around it.
enum class Role {
    required,  // a word or phrase the user asked for
    optional,  // a stopword: ranks, but does not restrict
    filter,    // a field filter: restricts, does not rank
    excluded,  // -word / NOT word
    none,      // contributes nothing (e.g. a word made only of punctuation)
};

struct Part {
    Xapian::Query query;
    Role role = Role::none;
    bool plain = false;                // bare words, where an entity's name may be written
    bool one_entity = false;           // one place's or agency's name and nothing else (kpk, dinas sosial)
    std::string stopword = {};         // the term of a stopword standing alone (Role::optional)
    std::size_t begin = 0, end = 0;    // bytes of the query it was written in
};

// The 1-based character position of a byte of the query: a user counts what they see, not bytes.
std::size_t character_position(std::string_view text, std::size_t byte) {
    std::size_t position = 1;
    for (std::size_t i = 0; i < byte && i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++position;
    return position;
}

// Refuses what no parse should spend time or memory on: text that is not UTF-8, or more than a person writes.
void check_text(std::string_view query) {
    const std::size_t bad = utf8::find_invalid(query);
    if (bad != std::string_view::npos) throw QueryError(character_position(query, bad), "invalid UTF-8");
    if (query.size() > QueryParser::max_query_bytes)
        throw QueryError(character_position(query, QueryParser::max_query_bytes),
                         "the query is longer than " + std::to_string(QueryParser::max_query_bytes) + " bytes");
}

void check_words(std::string_view query, const std::vector<Token>& tokens) {
    std::size_t words = 0;
    for (const Token& token : tokens) {
        const std::string_view written = query.substr(token.begin, token.end - token.begin);
        if (token.compound || written == "OR" || written == "AND" || written == "NOT") continue;
        if (++words > QueryParser::max_query_words)
            throw QueryError(character_position(query, token.begin),
                             "the query has more than " + std::to_string(QueryParser::max_query_words) + " words");
    }
}

// Letters or digits (any non-ASCII byte counts): more of a word than punctuation around it.
bool has_word_character(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    });
}

// A prefix search (korup*) needs this many characters before the '*', and takes the most frequent this many of
// the words that start so: "ba*" would otherwise be a search for thousands of words.
constexpr std::size_t min_prefix_characters = 2;
constexpr std::size_t max_prefix_terms = 100;

std::size_t utf8_length(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// A date value: a day, month or year, as the inclusive range of yyyymmdd strings it covers; nullopt for text that is
// not one, or for a day or month no calendar has (2019-13, 2019-02-30), which would otherwise match nothing silently.
std::optional<std::pair<std::string, std::string>> date_bounds(std::string_view value) {
    auto number = [](std::string_view s) -> std::optional<int> {
        if (s.empty()) return std::nullopt;
        int n = 0;
        for (char c : s) {
            if (c < '0' || c > '9') return std::nullopt;
            n = n * 10 + (c - '0');
        }
        return n;
    };
    auto days_in = [](int year, int month) {
        constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return month == 2 && leap ? 29 : days[month - 1];
    };
    const auto year = value.size() >= 4 ? number(value.substr(0, 4)) : std::nullopt;
    if (!year || *year == 0) return std::nullopt;
    const std::string y(value.substr(0, 4));
    if (value.size() == 4) return {{y + "0101", y + "1231"}};
    if (value.size() != 7 && value.size() != 10) return std::nullopt;
    const auto month = value[4] == '-' ? number(value.substr(5, 2)) : std::nullopt;
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    const std::string ym = y + std::string(value.substr(5, 2));
    if (value.size() == 7) return {{ym + "01", ym + "31"}};
    const auto day = value[7] == '-' ? number(value.substr(8, 2)) : std::nullopt;
    if (!day || *day < 1 || *day > days_in(*year, *month)) return std::nullopt;
    const std::string ymd = ym + std::string(value.substr(8, 2));
    return {{ymd, ymd}};
}

class Parser {
public:
    Parser(Analysis& analysis, const std::vector<EntityMention>& mentions, std::string_view text, bool relaxed,
           std::set<std::string>* terms, const Xapian::Database* index)
        : analyzer_(analysis.analyzer), gazetteer_(analysis.gazetteer), mentions_(mentions), text_(text),
          relaxed_(relaxed), terms_(terms), index_(index) {}

    // The entities the query's own words name, one group of alternatives (Kabupaten and Kota Bekasi) per name.
    const std::vector<std::vector<std::string>>& named_entities() const { return named_entities_; }
    // The terms of the stopwords typed as words of their own, which `terms` leaves out.
    const std::set<std::string>& stopword_terms() const { return stopword_terms_; }
    // Whether any word outside an exclusion ranks the matches; a query of field filters alone has none.
    bool ranks_words() const { return ranks_words_; }
    // The own terms of the places and agencies the query's (not excluded) tempat:/lembaga: filters name, whose
    // weight in an article says how prominently it names them.
    const std::vector<std::string>& filter_entity_terms() const { return filter_entity_terms_; }
    // The form terms (schema::form_prefix) of the derived words typed outside an exclusion.
    const std::set<std::string>& form_terms() const { return form_terms_; }
    // The terms snippets mark, each with the form its query word had.
    const WrittenForms& written_forms() const { return written_forms_; }
    // Whether the query is one place's or agency's name alone (kpk, dinas sosial).
    bool one_entity() const { return one_entity_; }

    Xapian::Query parse() {
        Part whole = disjunction(0);
        skip_spaces();
        if (at_ < text_.size()) {
            if (text_[at_] == ')') fail(at_, "')' without a matching '('");
            fail(at_, "unexpected text");
        }
        if (whole.role == Role::none) fail(text_.empty() ? 0 : text_.size() - 1, "the query has no words to search for");
        one_entity_ = whole.one_entity;
        return standalone(whole);
    }

private:
    Analyzer& analyzer_;
    const Gazetteer& gazetteer_;
    const std::vector<EntityMention>& mentions_;
    std::vector<std::vector<std::string>> named_entities_;
    std::string_view text_;
    std::size_t at_ = 0;
    bool relaxed_;
    std::set<std::string>* terms_;
    const Xapian::Database* index_;
    std::set<std::string> stopword_terms_;
    int negation_depth_ = 0;  // inside this many exclusions
    bool ranks_words_ = false;
    std::vector<std::string> filter_entity_terms_;
    std::set<std::string> form_terms_;
    WrittenForms written_forms_;
    bool one_entity_ = false;

    [[noreturn]] void fail(std::size_t byte, const std::string& reason) const {
        throw QueryError(character_position(text_, byte), reason);
    }

    // Whether a stopword ranks partial matches. One that more than half the articles contain (di, yang, dan) tells
    // them apart hardly at all (BM25 gives it at most a tenth of what a word in a thousandth of them gets) and is the
    // costliest to check: checking it on every partial match was a fifth of a search's time. It still ranks the
    // articles with every word, where it costs little.
    bool ranks_partial_matches(const Part& stopword) const {
        return !index_ || index_->get_termfreq(stopword.stopword) * 2 <= index_->get_doccount();
    }

    void skip_spaces() {
        while (at_ < text_.size() && is_space(text_[at_])) ++at_;
    }

    // The operator keyword at the cursor, if it is one (upper case, standing alone).
    bool keyword(std::string_view word) const {
        if (text_.substr(at_, word.size()) != word) return false;
        const std::size_t after = at_ + word.size();
        return after == text_.size() || is_space(text_[after]) || text_[after] == '(' || text_[after] == '"';
    }

    bool at_item_end() const {
        return at_ >= text_.size() || text_[at_] == ')' || keyword("OR");
    }

    // A part on its own: an exclusion needs something to exclude from, a filter something to filter.
    static Xapian::Query standalone(const Part& part) {
        switch (part.role) {
            case Role::excluded: return Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, part.query);
            case Role::filter: return Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query::MatchAll, part.query);
            default: return part.query;
        }
    }

    Part disjunction(int depth) {
        if (depth > QueryParser::max_depth) fail(at_, "the query nests too deeply");
        std::vector<Part> alternatives{conjunction(depth)};
        for (;;) {
            skip_spaces();
            if (!keyword("OR")) break;
            const std::size_t or_at = at_;
            at_ += 2;
            skip_spaces();
            if (at_item_end()) fail(or_at, "OR needs something to search on each side");
            alternatives.push_back(conjunction(depth));
        }
        if (alternatives.size() == 1) return alternatives.front();
        std::vector<Xapian::Query> queries;
        for (const Part& part : alternatives)
            if (part.role != Role::none) queries.push_back(standalone(part));
        if (queries.empty()) return {};
        return {Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end()), Role::required};
    }

    // The query for an entity as the index stores it: the place's or agency's own term.
    Xapian::Query entity_query(const EntityMention& mention) const {
        const GazetteerEntry& entry = gazetteer_.entry(mention.entry);
        return Xapian::Query(schema::term(entry.kind == EntityKind::place ? schema::place_prefix : schema::agency_prefix, entry.id));
    }

    // Words that together name an entity ("dinas sosial", "dinsos") match either as written or as the entity, so an
    // acronym finds the full name and the full name the acronym; and they rank articles about it higher.
    void merge_entity_names(std::vector<Part>& parts) {
        for (std::size_t m = 0; m < mentions_.size();) {
            // Mentions with one span (Kabupaten and Kota Bekasi) are one name with several meanings.
            std::size_t n = m + 1;
            while (n < mentions_.size() && mentions_[n].begin == mentions_[m].begin && mentions_[n].end == mentions_[m].end) ++n;
            const std::size_t begin = mentions_[m].begin, end = mentions_[m].end;
            std::size_t first = 0;
            while (first < parts.size() && !(parts[first].plain && parts[first].begin <= begin && parts[first].end > begin)) ++first;
            std::size_t last = first;
            while (last < parts.size() && parts[last].plain && parts[last].end < end) ++last;
            if (last < parts.size() && parts[last].plain && parts[last].end >= end &&
                (parts[first].role == Role::required || parts[first].role == Role::optional)) {
                std::vector<Xapian::Query> words, entities;
                for (std::size_t i = first; i <= last; ++i) words.push_back(parts[i].query);
                std::vector<std::string> ids;
                for (std::size_t k = m; k < n; ++k) {
                    entities.push_back(entity_query(mentions_[k]));
                    ids.push_back(gazetteer_.entry(mentions_[k].entry).id);
                }
                named_entities_.push_back(ids);
                // A name inside a longer written word ("blora-ekspres.com", "se-Kabupaten Blora") still ranks articles
                // about it higher, but cannot stand in for the rest of that word.
                if (has_word_character(text_.substr(parts[first].begin, begin - parts[first].begin)) ||
                    has_word_character(text_.substr(end, parts[last].end - end))) {
                    m = n;
                    continue;
                }
                // The meanings of one name are one term (a synonym): an article tagged with both, Bekasi alone where
                // its text does not say which, gains their weights summed no more, over one whose text says which.
                // (OP_MAX would weigh them as one exactly, but Xapian 1.4.22 crashes on it inside an OR it prunes.)
                std::vector<Xapian::Query> alternatives;
                alternatives.emplace_back(Xapian::Query::OP_SYNONYM, entities.begin(), entities.end());
                alternatives.push_back(words.size() == 1 ? words.front()
                                                         : Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end()));
                Part merged{Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end()), Role::required};
                merged.one_entity = true;
                parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(first), parts.begin() + static_cast<std::ptrdiff_t>(last) + 1);
                parts.insert(parts.begin() + static_cast<std::ptrdiff_t>(first), merged);
            }
            m = n;
        }
    }

    Part conjunction(int depth) {
        std::vector<Part> parts;
        std::vector<Xapian::Query> required, optional, ranking_optional, filters, excluded;
        skip_spaces();
        if (at_item_end()) {
            if (at_ < text_.size() && keyword("OR")) fail(at_, "OR needs something to search on each side");
            return {};
        }
        while (!at_item_end()) {
            if (keyword("AND")) {
                at_ += 3;
                skip_spaces();
                if (at_item_end()) fail(at_ - 3, "AND needs something to search on each side");
            }
            parts.push_back(unary(depth));
            skip_spaces();
        }
        merge_entity_names(parts);
        for (const Part& part : parts) {
            switch (part.role) {
                case Role::required: required.push_back(part.query); break;
                case Role::optional:
                    optional.push_back(part.query);
                    if (!relaxed_ || ranks_partial_matches(part)) ranking_optional.push_back(part.query);
                    break;
                case Role::filter: filters.push_back(part.query); break;
                case Role::excluded: excluded.push_back(part.query); break;
                case Role::none: break;
            }
        }
        const auto words_op = relaxed_ ? Xapian::Query::OP_OR : Xapian::Query::OP_AND;
        Xapian::Query core;
        if (!required.empty()) {
            core = Xapian::Query(words_op, required.begin(), required.end());
            if (!ranking_optional.empty())
                core = Xapian::Query(Xapian::Query::OP_AND_MAYBE, core,
                                     Xapian::Query(Xapian::Query::OP_OR, ranking_optional.begin(),
                                                   ranking_optional.end()));
        } else if (!optional.empty()) {  // a query of stopwords alone still searches for them
            core = Xapian::Query(words_op, optional.begin(), optional.end());
        }
        const bool has_core = !core.empty();
        if (!filters.empty()) {
            const Xapian::Query all(Xapian::Query::OP_AND, filters.begin(), filters.end());
            core = Xapian::Query(Xapian::Query::OP_FILTER, has_core ? core : Xapian::Query::MatchAll, all);
        }
        if (!excluded.empty()) {
            const Xapian::Query any(Xapian::Query::OP_OR, excluded.begin(), excluded.end());
            if (core.empty() && filters.empty() && required.empty() && optional.empty()) {
                return {any, Role::excluded};
            }
            core = Xapian::Query(Xapian::Query::OP_AND_NOT, core.empty() ? Xapian::Query::MatchAll : core, any);
        }
        if (core.empty()) return {};
        if (parts.size() == 1 && parts.front().one_entity) return parts.front();
        if (!has_core && excluded.empty()) return {filters.size() == 1 ? filters.front() : Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end()), Role::filter};
        return {core, Role::required};
    }

    Part unary(int depth) {
        const std::size_t start = at_;
        bool negate = false;
        if (keyword("NOT")) {
            at_ += 3;
            skip_spaces();
            negate = true;
        } else if ((text_[at_] == '-' || text_[at_] == '+') && at_ + 1 < text_.size() && !is_space(text_[at_ + 1])) {
            negate = text_[at_] == '-';
            ++at_;
        }
        if (negate && at_item_end()) fail(start, "nothing after the exclusion");
        negation_depth_ += negate ? 1 : 0;
        Part part = primary(depth, negate);
        negation_depth_ -= negate ? 1 : 0;
        if (!negate) return part;
        if (part.role == Role::none) return {};
        return {part.role == Role::excluded ? Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, part.query)
                                            : part.query,
                Role::excluded};
    }

    // The text inside "..." (or “...”) at the cursor, moving past the closing quote.
    std::string_view quoted() {
        const std::size_t open = at_;
        at_ += text_[at_] == '"' ? 1 : 3;
        std::size_t close = text_.find('"', at_), skip = 1;
        const std::size_t curly = text_.find("\u201d", at_);
        if (curly != std::string_view::npos && (close == std::string_view::npos || curly < close)) {
            close = curly;
            skip = 3;
        }
        if (close == std::string_view::npos) fail(open, "quote without a closing quote");
        const std::string_view inside = text_.substr(at_, close - at_);
        at_ = close + skip;
        return inside;
    }

    bool at_quote() const { return text_[at_] == '"' || text_.substr(at_, 3) == "\u201c"; }

    // Where the word starting at `from` ends: at a space, a parenthesis or a quote.
    std::size_t word_end(std::size_t from) const {
        while (from < text_.size() && !is_space(text_[from]) && text_[from] != '(' && text_[from] != ')' &&
               text_[from] != '"')
            ++from;
        return from;
    }

    Part primary(int depth, bool negated) {
        if (text_[at_] == '(') {
            const std::size_t open = at_++;
            Part inner = disjunction(depth + 1);
            skip_spaces();
            if (at_ >= text_.size() || text_[at_] != ')') fail(open, "'(' without a matching ')'");
            ++at_;
            return inner;
        }
        if (at_quote()) {
            const std::string_view phrase = quoted();
            const std::size_t star = phrase.find('*');
            if (star != std::string_view::npos)
                fail(static_cast<std::size_t>(phrase.data() - text_.data()) + star,
                     "'*' ends the beginning of a word outside quotes (korup*), not in a phrase");
            return words(phrase, Field::none, true);
        }
        // A word: up to a space, a parenthesis or a quote.
        const std::size_t begin = at_;
        at_ = word_end(at_);
        // The same word twice ("undang undang") may be a reduplication the stemmer keeps whole, its hyphen left
        // out: one unit then, as the analyzer reads it in an article.
        if (at_ + 1 < text_.size() && text_[at_] == ' ') {
            const std::size_t next_end = word_end(at_ + 1);
            if (analyzer_.joins_words(text_, WordSpan{begin, at_}, WordSpan{at_ + 1, next_end})) at_ = next_end;
        }
        const std::string_view word = text_.substr(begin, at_ - begin);
        const std::size_t colon = word.find(':');
        const auto field = colon == std::string_view::npos ? std::nullopt : field_named(word.substr(0, colon));
        // Not a field we know: search for the words themselves ("jam 10:30" is not a field).
        if (!field && is_prefix(word)) {
            Part part = prefix_words(word, begin, "");
            part.begin = begin;
            part.end = at_;
            return part;
        }
        if (!field) {
            Part part = words(word, Field::none);
            part.plain = !negated;
            part.begin = begin;
            part.end = at_;
            return part;
        }
        if (colon + 1 < word.size()) return field_value(*field, word.substr(colon + 1), begin + colon + 1);
        if (at_ < text_.size() && at_quote()) {  // judul:"..." sumber:"Kabar Nusantara"
            const std::size_t value_at = at_ + 1;
            return field_value(*field, quoted(), value_at);
        }
        fail(begin + colon, "'" + std::string(word) + "' needs a word or a \"quoted value\" right after the colon");
    }

    Part field_value(Field field, std::string_view value, std::size_t value_at) {
        if (field == Field::title)
            return is_prefix(value) ? prefix_words(value, value_at, std::string(schema::title_prefix))
                                    : words(value, Field::title);
        if (field == Field::source) {
            // The outlet as the index names it, or by its name without the domain: sumber:kompas is kompas.com
            // (and kompas.id), not kompasiana.com.
            const std::string source = schema::term(schema::source_prefix, analyzer_.fold(value));
            return {Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(source),
                                  Xapian::Query(Xapian::Query::OP_WILDCARD, source + ".")),
                    Role::filter};
        }
        if (field == Field::place || field == Field::agency) return entity_filter(field, value, value_at);
        // Field::date
        std::pair<std::string, std::string> range;
        const std::size_t dots = value.find("..");
        if (dots == std::string_view::npos) {
            const auto bounds = date_bounds(value);
            if (!bounds)
                fail(value_at, "a date is yyyy, yyyy-mm, yyyy-mm-dd (a day the calendar has) or a range such as "
                               "2019-09-01..2019-09-30");
            range = *bounds;
        } else {
            const std::string_view from = value.substr(0, dots), to = value.substr(dots + 2);
            const auto low = from.empty() ? std::optional<std::pair<std::string, std::string>>{{"", ""}} : date_bounds(from);
            const auto high = to.empty() ? std::optional<std::pair<std::string, std::string>>{{"", "99999999"}} : date_bounds(to);
            const char* what = " of the date range is not a date (yyyy, yyyy-mm or yyyy-mm-dd, a day the calendar has)";
            if (!low) fail(value_at, std::string("the start") + what);
            if (!high) fail(value_at + dots + 2, std::string("the end") + what);
            if (from.empty() && to.empty()) fail(value_at, "a date range needs a start or an end");
            range = {low->first, high->second};
            if (!from.empty() && !to.empty() && range.first > range.second)
                fail(value_at, "the date range ends before it starts");
        }
        return {Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::date_slot, range.first, range.second), Role::filter};
    }

    // tempat:jawa-tengah, lembaga:dinsos: articles naming that place (or a place within it) or that agency.
    Part entity_filter(Field field, std::string_view value, std::size_t value_at) {
        std::string name(value);
        std::replace(name.begin(), name.end(), '-', ' ');  // tempat:jawa-tengah, as one word on the command line
        std::replace(name.begin(), name.end(), '_', ' ');
        const auto* forms = gazetteer_.find(gazetteer_.key(name));
        const EntityKind kind = field == Field::place ? EntityKind::place : EntityKind::agency;
        // A place filter matches the place and the places within it; the entity's own term says how it is named.
        const bool place = kind == EntityKind::place;
        const std::string_view filter_prefix = place ? schema::place_area_prefix : schema::agency_prefix;
        const std::string_view own_prefix = place ? schema::place_prefix : schema::agency_prefix;
        std::vector<Xapian::Query> terms;
        for (const NameForm& form : forms ? *forms : std::vector<NameForm>{}) {
            const GazetteerEntry& entry = gazetteer_.entry(form.entry);
            if (entry.kind != kind) continue;
            terms.emplace_back(schema::term(filter_prefix, entry.id));
            if (negation_depth_ == 0) filter_entity_terms_.push_back(schema::term(own_prefix, entry.id));
        }
        if (terms.empty())
            fail(value_at, std::string(place ? "no place" : "no agency") + " called '" +
                               std::string(value) + "' in the gazetteer");
        return {Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()), Role::filter};
    }

    // A word ending in '*' (korup*): the words that start so.
    static bool is_prefix(std::string_view word) { return word.size() > 1 && word.back() == '*'; }

    // korup*: the words of the index that start with "korup" (korupsi, koruptor), and the derived words written
    // so (pemberantas* meets pemberantasan, whose term is berantas), as one word: an article's count is theirs
    // together. The most frequent max_prefix_terms of them, so a short prefix stays a search and not a scan.
    // `term_prefix`: "" for words anywhere, schema::title_prefix for judul:.
    Part prefix_words(std::string_view written, std::size_t at, const std::string& term_prefix) {
        std::string_view stem = written.substr(0, written.find_last_not_of('*') + 1);
        // *korup*, as Markdown emphasis pastes it.
        stem.remove_prefix(std::min(stem.find_first_not_of('*'), stem.size()));
        const std::vector<Token> tokens = analyzer_.analyze(stem);
        if (tokens.size() != 1 || tokens.front().begin != 0 || tokens.front().end != stem.size())
            fail(at, "'*' ends the beginning of one word, letters or digits (korup*)");
        const std::string& start = tokens.front().word;
        if (utf8_length(start) < min_prefix_characters)
            fail(at, "'*' needs at least " + std::to_string(min_prefix_characters) + " letters before it");
        std::vector<std::pair<Xapian::doccount, std::string>> found;  // (articles, term)
        auto collect = [&](const std::string& from) {
            for (auto it = index_->allterms_begin(from); it != index_->allterms_end(from); ++it)
                found.emplace_back(it.get_termfreq(), *it);
        };
        ranks_words_ = ranks_words_ || negation_depth_ == 0;
        if (!index_) return {Xapian::Query(Xapian::Query::OP_WILDCARD, term_prefix + start, max_prefix_terms,
                                           Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT),
                             Role::required};
        collect(term_prefix + start);
        if (term_prefix.empty()) collect(schema::term(schema::form_prefix, start));
        if (found.empty()) return {Xapian::Query(term_prefix + start), Role::required};  // a word no article has
        const auto kept = std::min(found.size(), max_prefix_terms);
        std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(kept), found.end(),
                          [](const auto& a, const auto& b) { return a.first > b.first; });
        found.resize(kept);
        std::vector<Xapian::Query> terms;
        for (const auto& [articles, term] : found) {
            terms.emplace_back(term);
            // Snippets mark the words met: a derived word by its term, as the analyzer reads it in an article.
            if (!terms_ || negation_depth_ > 0) continue;
            const bool form = term.starts_with(schema::form_prefix);
            const std::string word = term.substr(form ? schema::form_prefix.size() : term_prefix.size());
            if (!form) terms_->insert(word);
            for (const Token& token : form ? analyzer_.analyze(word) : std::vector<Token>{}) terms_->insert(token.term);
        }
        return {Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end()), Role::required};
    }

    // Words typed by the user (a bare word, or the inside of a phrase), through the document analysis.
    Part words(std::string_view text, Field field, bool quoted = false) {
        const std::string prefix = field == Field::title ? std::string(schema::title_prefix) : std::string();
        const std::vector<Token> tokens = analyzer_.analyze(text);
        // Words left out, also inside an excluded group (-(banjir jakarta)), are not marked in snippets.
        const bool marks = negation_depth_ == 0;
        std::vector<Xapian::Query> units;  // one per written word: a plain term, or a hyphenated word's forms
        std::vector<std::string> phrase_terms;
        bool all_stopwords = true;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const Token& token = tokens[i];
            // A snippet marks the words that say what was sought: "di" and "yang" of "banjir di jakarta" would
            // draw it to any passage, unless they stand in a quoted phrase.
            if (marks && terms_) {
                (token.stopword && !quoted ? stopword_terms_ : *terms_).insert(token.term);
                written_forms_.emplace(token.term, token.form);
            }
            if (marks && !token.form.empty()) form_terms_.insert(schema::term(schema::form_prefix, token.form));
            if (!token.compound) {
                phrase_terms.push_back(prefix + token.term);
                units.emplace_back(prefix + token.term, 1, token.position + 1);
                all_stopwords = all_stopwords && token.stopword;
                continue;
            }
            // A joined word matches itself, or its parts written side by side ("covid 19" for "Covid-19"); when any
            // word may match, any of its parts.
            std::vector<std::string> parts;
            std::size_t j = i + 1;
            for (; j < tokens.size() && !tokens[j].compound && tokens[j].end <= token.end; ++j) {
                parts.push_back(prefix + tokens[j].term);
                if (marks && terms_) {
                    terms_->insert(tokens[j].term);
                    written_forms_.emplace(tokens[j].term, tokens[j].form);
                }
            }
            phrase_terms.insert(phrase_terms.end(), parts.begin(), parts.end());
            all_stopwords = false;
            const Xapian::Query together =
                relaxed_ && !quoted ? Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end())
                                    : Xapian::Query(Xapian::Query::OP_PHRASE, parts.begin(), parts.end(), parts.size());
            // A compound written as two words ("sepak bola", indexer/data/open_compounds.txt) is one word in either
            // spelling, and counts once: summed, its rarer joined spelling outweighed the query's other words.
            const bool spaced = j > i + 2 && text.substr(tokens[i + 1].end, tokens[i + 2].begin - tokens[i + 1].end) == " ";
            units.push_back(Xapian::Query(spaced ? Xapian::Query::OP_SYNONYM : Xapian::Query::OP_OR,
                                          Xapian::Query(prefix + token.term), together));
            i = j - 1;
        }
        if (units.empty()) return {};
        ranks_words_ = ranks_words_ || negation_depth_ == 0;  // an excluded word ranks nothing
        if (units.size() == 1 && all_stopwords) {
            Part stopword{units.front(), Role::optional};
            stopword.stopword = phrase_terms.front();
            return stopword;
        }
        if (units.size() == 1) return {units.front(), Role::required};
        // When any word may match, so may any part of one written word: "jeda.bertanding.16.hari" (a headline's
        // slug) is four words, and an article with some of them is a partial match like any other.
        if (relaxed_ && !quoted) return {Xapian::Query(Xapian::Query::OP_OR, units.begin(), units.end()), Role::required};
        // Several words from a quoted phrase, or from one written word ("28/10/2020"): they must stand together.
        return {Xapian::Query(Xapian::Query::OP_PHRASE, phrase_terms.begin(), phrase_terms.end(), phrase_terms.size()),
                Role::required};
    }
};

// Words of the query written side by side, as pairs that may stand side by side in an article too: each pair is
// a phrase query (in order, adjacent) of their terms. Hyphenated words count by their parts.
std::vector<Xapian::Query> adjacent_pairs(const std::vector<Token>& tokens) {
    std::vector<Xapian::Query> pairs;
    const Token* previous = nullptr;
    for (const Token& token : tokens) {
        if (token.compound) continue;
        if (previous && token.position == previous->position + 1) {
            const std::string terms[] = {previous->term, token.term};
            pairs.emplace_back(Xapian::Query::OP_PHRASE, std::begin(terms), std::end(terms), 2);
        }
        previous = &token;
    }
    return pairs;
}

}  // namespace

ParsedQuery QueryParser::parse(std::string_view query, double entity_boost, bool recognise_entities,
                               double proximity_weight, double form_weight) {
    check_text(query);
    const std::vector<Token> tokens = analysis_.analyzer.analyze(query);
    check_words(query, tokens);
    const std::vector<EntityMention> mentions =
        recognise_entities ? analysis_.tagger.tag(query, tokens, TextCase::query) : std::vector<EntityMention>{};
    ParsedQuery parsed;
    Parser strict(analysis_, mentions, query, false, &parsed.match_terms, index_);
    parsed.strict = strict.parse();
    parsed.match_forms = strict.written_forms();
    if (parsed.match_terms.empty()) parsed.match_terms = strict.stopword_terms();  // a query of stopwords alone
    parsed.relaxed = Parser(analysis_, mentions, query, true, nullptr, index_).parse();
    parsed.has_relaxed = parsed.relaxed.serialise() != parsed.strict.serialise();
    parsed.filters_only = !strict.ranks_words();
    parsed.one_entity = strict.one_entity();
    if (parsed.filters_only && !strict.filter_entity_terms().empty()) {
        // tempat:blora alone: the articles that name Blora most prominently (headline, dateline, lead, often) first,
        // then those that only name a place within it.
        const std::vector<std::string>& named = strict.filter_entity_terms();
        const Xapian::Query prominence(Xapian::Query::OP_OR, named.begin(), named.end());
        parsed.strict = Xapian::Query(Xapian::Query::OP_AND_MAYBE, parsed.strict, prominence);
        parsed.relaxed = parsed.strict;
    }
    if (entity_boost > 0 && !strict.named_entities().empty()) {
        // Articles about a place or agency the query names (their headline, dateline or lead names it) gain a fixed
        // `entity_boost` per such name; the words themselves already score every mention.
        std::vector<Xapian::Query> boosts;
        for (const auto& alternatives : strict.named_entities()) {
            std::vector<Xapian::Query> prominent;
            for (const auto& id : alternatives) prominent.emplace_back(schema::term(schema::prominent_prefix, id));
            const Xapian::Query weight((new Xapian::FixedWeightPostingSource(entity_boost))->release());
            boosts.emplace_back(Xapian::Query::OP_FILTER, weight,
                                Xapian::Query(Xapian::Query::OP_OR, prominent.begin(), prominent.end()));
        }
        const Xapian::Query boost(Xapian::Query::OP_OR, boosts.begin(), boosts.end());
        parsed.strict = Xapian::Query(Xapian::Query::OP_AND_MAYBE, parsed.strict, boost);
        parsed.relaxed = Xapian::Query(Xapian::Query::OP_AND_MAYBE, parsed.relaxed, boost);
    }
    if (proximity_weight > 0) {
        // Articles where words written together in the query stand together too rank higher: each such pair adds
        // its words' weight again, scaled. It never changes what matches.
        const std::vector<Xapian::Query> pairs = adjacent_pairs(tokens);
        if (!pairs.empty()) {
            const Xapian::Query together(Xapian::Query::OP_SCALE_WEIGHT,
                                         Xapian::Query(Xapian::Query::OP_OR, pairs.begin(), pairs.end()),
                                         proximity_weight);
            parsed.strict = Xapian::Query(Xapian::Query::OP_AND_MAYBE, parsed.strict, together);
            parsed.relaxed = Xapian::Query(Xapian::Query::OP_AND_MAYBE, parsed.relaxed, together);
        }
    }
    if (form_weight > 0 && !strict.form_terms().empty()) {
        // Among the articles with every word, those that write the words as the query does (menjalani, not only
        // jalan "road") rank higher: each such word adds its own weight, scaled. It never changes what matches.
        // Partial matches go without: over the archive-wide OR of a long query it would double the time a search
        // takes, and a word written as typed would count again where another matched by its stem alone.
        const std::set<std::string>& forms = strict.form_terms();
        const Xapian::Query written(Xapian::Query::OP_SCALE_WEIGHT,
                                    Xapian::Query(Xapian::Query::OP_OR, forms.begin(), forms.end()), form_weight);
        parsed.strict = Xapian::Query(Xapian::Query::OP_AND_MAYBE, parsed.strict, written);
    }
    return parsed;
}

}  // namespace telusur
