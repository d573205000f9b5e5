// entity_mentions: what the EntityTagger finds in real text, printed for a person to check by hand.
//
//   entity_mentions sample  --corpus FILE [--corpus FILE ...] [--articles 25] [--seed 20240601] [--text]
//       Picks articles from the JSON-lines corpora (a fixed-seed shuffle of all their lines, so the same seed always
//       picks the same articles) and prints every place and agency mention the tagger finds in the title
//       (TextCase::headline), the dateline (as the indexer tags it) and the body (TextCase::meaningful): field, byte
//       offset, the words, ~60 characters of context either side, entity id, kind, type and display name.
//       --text also prints each article's title and body, for reading it in full.
//   entity_mentions queries --queries FILE
//       Tags each "qid<TAB>query" line as a query (TextCase::query) and prints
//       "qid<TAB>class<TAB>mentions<TAB>query", class being place (names at least one place), agency (agencies only)
//       or none. Used to split known-item queries into those with and without entities (benchmarks/entities/RESULTS.md).
#include "corpus/article_reader.hpp"
#include "indexer/analysis.hpp"

#include <telusur/error.hpp>

#include <cstdint>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

using telusur::EntityKind;
using telusur::EntityMention;
using telusur::TextCase;

std::string read_whole(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return std::move(buffer).str();
}

// Context for the eye: one line, no tabs, cut on UTF-8 character boundaries.
std::string one_line(std::string_view text) {
    std::string out;
    for (char c : text) out += (c == '\n' || c == '\t' || c == '\r') ? ' ' : c;
    return out;
}

std::size_t back_to_char(std::string_view text, std::size_t at) {
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
}

std::string context(std::string_view text, std::size_t begin, std::size_t end, std::size_t width = 60) {
    const std::size_t from = back_to_char(text, begin > width ? begin - width : 0);
    const std::size_t to = back_to_char(text, std::min(text.size(), end + width));
    return one_line(text.substr(from, begin - from)) + "[[" + one_line(text.substr(begin, end - begin)) + "]]" +
           one_line(text.substr(end, to - end));
}

void print_mentions(telusur::Analysis& analysis, const std::string& id, const std::string& field,
                    std::string_view text, const std::vector<EntityMention>& mentions, std::size_t offset_shift = 0) {
    const auto& gazetteer = analysis.gazetteer;
    for (const EntityMention& m : mentions) {
        const auto& entry = gazetteer.entry(m.entry);
        std::cout << id << '\t' << field << '\t' << (m.begin + offset_shift) << '\t'
                  << one_line(text.substr(m.begin, m.end - m.begin)) << '\t'
                  << (entry.kind == EntityKind::place ? "place" : "agency") << '\t' << entry.id << '\t' << entry.type
                  << '\t' << entry.display_name();
        if (m.linked_place != EntityMention::no_place) std::cout << " @" << gazetteer.entry(m.linked_place).id;
        std::cout << '\t' << context(text, m.begin, m.end) << '\n';
    }
}

int sample(const std::vector<std::string>& corpora, std::size_t count, std::uint32_t seed, bool show_text) {
    struct Line {
        std::size_t corpus, number;
        std::string_view text;
    };
    std::vector<std::string> contents;
    for (const auto& path : corpora) contents.push_back(read_whole(path));
    std::vector<Line> lines;
    for (std::size_t c = 0; c < contents.size(); ++c) {
        std::string_view rest = contents[c];
        for (std::size_t number = 1; !rest.empty(); ++number) {
            const std::size_t nl = rest.find('\n');
            const std::string_view line = rest.substr(0, nl);
            if (!line.empty()) lines.push_back({c, number, line});
            if (nl == std::string_view::npos) break;
            rest.remove_prefix(nl + 1);
        }
    }
    // Fisher-Yates with the engine's raw output: std::uniform_int_distribution differs between standard libraries,
    // and the sample must be the same everywhere. (The modulo bias is negligible for a few thousand lines.)
    std::mt19937 engine(seed);
    for (std::size_t i = lines.size(); i > 1; --i) std::swap(lines[i - 1], lines[engine() % i]);

    telusur::Analysis analysis(telusur::make_snowball_stemmer(), {});
    std::cout << "# article\tfield\toffset\twords\tkind\tid\ttype\tname\tcontext\n";
    for (std::size_t n = 0; n < count && n < lines.size(); ++n) {
        const Line& line = lines[n];
        const telusur::Article article = telusur::read_json_article(line.text, corpora[line.corpus], line.number);
        std::cout << "## " << (n + 1) << ' ' << article.id << " (" << corpora[line.corpus] << ':' << line.number
                  << ") dateline=" << article.dateline << '\n';
        if (show_text) std::cout << "TITLE: " << article.title << "\nBODY:\n" << article.body << "\nEND BODY\n";
        auto& analyzer = analysis.analyzer;
        print_mentions(analysis, article.id, "title", article.title,
                       analysis.tagger.tag(article.title, analyzer.analyze(article.title), TextCase::headline));
        if (!article.dateline.empty()) {
            // The indexer tags the dateline on its own; report it at the place where the body writes it.
            const std::size_t at = article.body.substr(0, 200).find(article.dateline);
            print_mentions(analysis, article.id, "dateline", article.dateline,
                           analysis.tagger.tag(article.dateline, analyzer.analyze(article.dateline),
                                               TextCase::headline, true),
                           at == std::string::npos ? 0 : at);
        }
        print_mentions(analysis, article.id, "body", article.body,
                       analysis.tagger.tag(article.body, analyzer.analyze(article.body), TextCase::meaningful));
    }
    return 0;
}

int queries(const std::string& path) {
    telusur::Analysis analysis(telusur::make_snowball_stemmer(), {});
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const std::size_t tab = line.find('\t');
        if (tab == std::string::npos) continue;
        const std::string qid = line.substr(0, tab), query = line.substr(tab + 1);
        const auto mentions = analysis.tagger.tag(query, analysis.analyzer.analyze(query), TextCase::query);
        bool place = false, agency = false;
        std::string listed;
        for (const EntityMention& m : mentions) {
            const auto& entry = analysis.gazetteer.entry(m.entry);
            (entry.kind == EntityKind::place ? place : agency) = true;
            if (!listed.empty()) listed += "; ";
            listed += query.substr(m.begin, m.end - m.begin) + "=" + entry.id + " " + entry.display_name();
        }
        std::cout << qid << '\t' << (place ? "place" : agency ? "agency" : "none") << '\t' << listed << '\t' << query
                  << '\n';
    }
    return 0;
}

int usage() {
    std::cerr << "usage: entity_mentions sample --corpus FILE [--corpus FILE ...] [--articles N] [--seed N] [--text]\n"
                 "       entity_mentions queries --queries FILE\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage();
    const std::string mode = argv[1];
    std::vector<std::string> corpora;
    std::string queries_path;
    std::size_t count = 25;
    std::uint32_t seed = 20240601;
    bool show_text = false;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--corpus" && has_value) corpora.push_back(argv[++i]);
        else if (arg == "--queries" && has_value) queries_path = argv[++i];
        else if (arg == "--articles" && has_value) count = std::stoul(argv[++i]);
        else if (arg == "--seed" && has_value) seed = static_cast<std::uint32_t>(std::stoul(argv[++i]));
        else if (arg == "--text") show_text = true;
        else return usage();
    }
    try {
        if (mode == "sample" && !corpora.empty()) return sample(corpora, count, seed, show_text);
        if (mode == "queries" && !queries_path.empty()) return queries(queries_path);
        return usage();
    } catch (const std::exception& e) {
        std::cerr << "entity_mentions: " << e.what() << '\n';
        return 1;
    }
}
