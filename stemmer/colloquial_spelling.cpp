#include "stemmer/colloquial_spelling.hpp"

#include <array>
#include <span>

namespace telusur::stemming {
namespace {

// me- before l, r, w, y or a nasal is formal meN- already (melesat, meleset): the word is formal, its root unknown.
bool formal_me(std::string_view body) {
    return body.size() > 2 && body.starts_with("me") && std::string_view("lrwymn").find(body[2]) != std::string_view::npos;
}

}  // namespace

void colloquial_spellings(std::string_view word, std::vector<FormalSpelling>& out) {
    out.clear();
    // Spoken verbs are short (dipertanggungjawabin has 20 letters); a longer unknown word is a name, a URL or noise,
    // and each formal spelling would cost a segmentation of it.
    constexpr std::size_t longest_spoken_word = 24;
    if (word.size() > longest_spoken_word) return;
    std::string_view clitic;
    if (word.size() > 7 && word.ends_with("nya")) {  // nontonnya, ngerjainnya
        clitic = word.substr(word.size() - 3);
        word.remove_suffix(3);
    }
    // -in after at least a syllable and a nasal prefix or di- ("nyiapin", "dibeliin"); shorter words are roots.
    const bool suffix_in = word.size() > 5 && word.ends_with("in");
    const std::string_view body = suffix_in ? word.substr(0, word.size() - 2) : word;
    if (body.size() < 4) return;
    // The formal suffixes the spoken ending stands for, -kan first as the commoner.
    static constexpr std::array<Suffix, 2> for_in{Suffix::kan, Suffix::i};
    static constexpr std::array<Suffix, 1> for_none{Suffix::none};
    const std::span<const Suffix> formal_suffixes = suffix_in ? std::span<const Suffix>(for_in) : for_none;

    // The formal prefix each spoken beginning may stand for, written before the rest of the word.
    std::array<std::pair<std::string_view, std::string_view>, 5> heads;  // (formal prefix, rest of the spoken body)
    std::size_t head_count = 0;
    if (body.starts_with("nge") && !is_vowel(body[3])) {
        // ng- before a root in e (ngerti: mengerti), or nge- for the whole of meN-, whatever its allomorph: ngecek
        // (mengecek), ngerasa (merasa), ngebantu (membantu), ngedukung (mendukung), ngegali (menggali).
        heads[head_count++] = {"me", body};
        const std::string_view rest = body.substr(3);
        for (std::string_view prefix : {"me", "mem", "men", "meng"}) heads[head_count++] = {prefix, rest};
    } else if (body.starts_with("ny") && is_vowel(body[2])) {
        heads[head_count++] = {"me", body};                // nyetir: menyetir (setir)
        heads[head_count++] = {"menc", body.substr(2)};    // nyari: mencari (cari)
    } else if ((body[0] == 'n' || body[0] == 'm') && (is_vowel(body[1]) || body.starts_with("ng")) &&
               !formal_me(body)) {
        heads[head_count++] = {"me", body};  // nulis (menulis), mikir (memikir), ngajak (mengajak), megang
    } else if (suffix_in) {
        heads[head_count++] = {"", body};  // beliin: belikan; dibeliin: dibelikan (without -in, di- is formal)
    }
    for (std::size_t h = 0; h < head_count; ++h)
        for (const Suffix suffix : formal_suffixes) {
            FormalSpelling& formal = out.emplace_back();
            formal.word.assign(heads[h].first).append(heads[h].second).append(spelling(suffix)).append(clitic);
            formal.suffix_for_in = suffix;
        }
}

}  // namespace telusur::stemming
