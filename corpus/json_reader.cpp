// JSON lines: one article a line, {"id", "title", "body", "date", "source", "url"}; other fields are ignored.
#include "corpus/article_reader.hpp"
#include "corpus/dateline.hpp"
#include "corpus/indonesian_date.hpp"
#include "corpus/text.hpp"
#include "corpus/utf8.hpp"

#include <nlohmann/json.hpp>

#include <set>

namespace telusur {
namespace {

using Json = nlohmann::json;

// A text field: a string, or absent/null for "none". Anything else is the caller's mistake, said plainly.
std::string text_field(const Json& record, const char* key, const std::string& name, std::size_t line) {
    const auto it = record.find(key);
    if (it == record.end() || it->is_null()) return {};
    if (!it->is_string()) throw InputError(name, line, std::string("\"") + key + "\" must be a string, not " + it->type_name());
    return it->get<std::string>();
}

// Ids are strings, but a whole number is taken as written (some exports number their articles).
std::string id_field(const Json& record, const std::string& name, std::size_t line) {
    const auto it = record.find("id");
    if (it != record.end() && it->is_number_integer()) return it->dump();
    std::string id(text::trim(text_field(record, "id", name, line)));
    if (id.empty()) throw InputError(name, line, "article has no \"id\"");
    return id;
}

// Paragraphs separated by one blank line, whatever spacing the export used.
std::string normalise_body(const std::string& body) {
    std::string result;
    for (const auto& paragraph : text::paragraphs(body)) {
        if (!result.empty()) result += "\n\n";
        result += paragraph;
    }
    return result;
}

}  // namespace

Article read_json_article(std::string_view line, const std::string& name, std::size_t line_number) {
    if (line.size() > max_article_bytes) throw InputError(name, line_number, "line of " + too_large(line.size()));
    const std::size_t bad = utf8::find_invalid(line);
    if (bad != std::string_view::npos)
        throw InputError(name, line_number, "invalid UTF-8 at byte " + std::to_string(bad + 1) + " of the line");
    if (line.find('\0') != std::string_view::npos) throw InputError(name, line_number, "NUL byte in the line");
    Json record;
    // A key written twice leaves it unknowable which value the export meant (which id, which body): refused.
    std::set<std::string> keys;
    auto no_duplicate_keys = [&](int depth, Json::parse_event_t event, Json& parsed) {
        if (depth == 1 && event == Json::parse_event_t::key && !keys.insert(parsed.get<std::string>()).second)
            throw InputError(name, line_number, "key " + parsed.dump() + " given more than once");
        return true;
    };
    try {
        record = Json::parse(line, no_duplicate_keys);
    } catch (const Json::parse_error& e) {
        throw InputError(name, line_number, "not valid JSON at byte " + std::to_string(e.byte));
    } catch (const Json::out_of_range&) {  // found by fuzzing: it used to end the whole run
        throw InputError(name, line_number, "a number too large to read (such as 1E999999)");
    }
    if (!record.is_object()) throw InputError(name, line_number, "expected a JSON object, found " + std::string(record.type_name()));

    Article article;
    article.id = id_field(record, name, line_number);
    article.title = std::string(text::trim(text_field(record, "title", name, line_number)));
    article.body = normalise_body(text_field(record, "body", name, line_number));
    if (article.body.empty()) throw InputError(name, line_number, "article '" + article.id + "' has no body");
    article.date = find_indonesian_date(text_field(record, "date", name, line_number));
    article.source = std::string(text::trim(text_field(record, "source", name, line_number)));
    article.url = std::string(text::trim(text_field(record, "url", name, line_number)));

    const std::string_view lead = std::string_view(article.body).substr(0, article.body.find('\n'));
    if (auto dateline = read_dateline(lead)) {
        article.dateline = dateline->place;
        if (article.source.empty()) article.source = dateline->source;
    }
    return article;
}

}  // namespace telusur
