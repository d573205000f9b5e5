// telusur stem [--mode full|light] [--proper] WORD...   prints word<TAB>stem for each word
// telusur stem --eval FILE.tsv [--proper]                scores the stemmer against a gold file of word<TAB>root rows
#include "cli/command.hpp"

#include "stemmer/indonesian_stemmer.hpp"

#include <telusur/error.hpp>
#include <telusur/stemmer.hpp>

#include <fmt/core.h>
#include <unicode/unistr.h>

#include <fstream>
#include <string_view>

namespace telusur::cli {
namespace {

// Case folding, as the analyzer applies it before stemming.
std::string fold(std::string_view word) {
    std::string folded;
    icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())))
        .foldCase()
        .toUTF8String(folded);
    return folded;
}

// One word as the caller marks it: a word, or (--proper) a proper noun.
std::string stem_word(const Stemmer& stemmer, const std::string& word, bool proper) {
    return proper ? stemmer.stem_proper_noun(word) : stemmer.stem(word);
}

// A gold entry may hold several words ("siapakah memberdayakan pembangunan"): each is stemmed, the stems joined.
std::string stem_text(const Stemmer& stemmer, std::string_view text, bool proper) {
    std::string result;
    while (!text.empty()) {
        const std::size_t space = text.find(' ');
        const std::string word = fold(text.substr(0, space));
        text.remove_prefix(space == std::string_view::npos ? text.size() : space + 1);
        if (word.empty()) continue;
        if (!result.empty()) result += ' ';
        result += stem_word(stemmer, word, proper);
    }
    return result;
}

int evaluate(const Stemmer& stemmer, const std::string& path, bool proper) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, 0, "cannot open the gold file");
    std::string line;
    std::size_t number = 0, total = 0, correct = 0;
    while (std::getline(in, line)) {
        if (++number == 1) continue;  // the header
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        const std::size_t tab = line.find('\t');
        if (tab == std::string::npos) throw InputError(path, number, "expected word<TAB>root");
        const std::string_view word = std::string_view(line).substr(0, tab);
        std::string_view root = std::string_view(line).substr(tab + 1);
        root = root.substr(0, root.find('\t'));
        const std::string produced = stem_text(stemmer, word, proper);
        ++total;
        if (produced == root)
            ++correct;
        else
            fmt::print("{}\texpected {}\tgot {}\n", word, root, produced);
    }
    const double percent = total ? 100.0 * static_cast<double>(correct) / static_cast<double>(total) : 0.0;
    fmt::print("accuracy {:.1f}% ({}/{})\n", percent, correct, total);
    return ok;
}

}  // namespace

int run_stem(const std::vector<std::string>& args) {
    po::options_description options("options");
    std::string mode = "full", gold, dictionary = StemmerOptions{}.dictionary;
    std::vector<std::string> words;
    options.add_options()
        ("mode", po::value(&mode), "full (derivational, the default) or light (particles and possessives only)")
        ("eval", po::value(&gold), "score against a gold TSV (header line; columns word, root)")
        ("proper", "treat every word as a proper noun: not reduced, but for a possessive or -pun after it "
                   "(Jakartanya -> jakarta; Abdullah stays)")
        ("explain", "show every reading of each word with its score")
        ("dictionary", po::value(&dictionary), "hunspell dictionary path without .dic/.aff")
        ("word", po::value(&words), "words to stem");
    po::variables_map values;
    if (!parse_command_line("stem", "[--mode full|light] [--proper] WORD... | --eval FILE.tsv [--proper]", args,
                            options, "word", values))
        return ok;
    StemmerOptions stemmer_options;
    stemmer_options.dictionary = dictionary;
    if (mode == "full")
        stemmer_options.mode = StemMode::full;
    else if (mode == "light")
        stemmer_options.mode = StemMode::light;
    else
        throw UsageError(fmt::format("telusur stem: --mode must be full or light, not '{}'", mode));
    if (gold.empty() == words.empty())
        throw UsageError("telusur stem: give words to stem or --eval FILE.tsv (see 'telusur stem --help')");
    const bool proper = values.count("proper") != 0;
    const auto stemmer = make_indonesian_stemmer(stemmer_options);
    if (!gold.empty()) return evaluate(*stemmer, gold, proper);
    const auto* explaining =
        values.count("explain") ? dynamic_cast<const stemming::IndonesianStemmer*>(stemmer.get()) : nullptr;
    for (const std::string& word : words) {
        const std::string folded = fold(word);
        fmt::print("{}\t{}\n", word, stem_word(*stemmer, folded, proper));
        if (explaining) fmt::print("{}\n", explaining->explain(folded));
    }
    return ok;
}

}  // namespace telusur::cli
