// Reduplication and other hyphenated words, as the analyzer hands them over whole: "anak-anak" (plural), "berlari-lari"
// (repeated action), "mobil-mobilan" (toy, imitation), "sayur-mayur" (rhyming: vegetables of all kinds),
// "se-kabupaten" (prefix before a name), "dia-lah" (particle). A reduplicated word stems to the root of its parts,
// or as its half does when the lexicon lacks the half ("fitur-fitur", a loanword's plural); a lexical reduplication
// hunspell-id lists whole although its half is no word ("kupu-kupu", butterfly) stays whole, as do compounds, and
// stems so under affixes around it ("diiming-imingi", "menyia-nyiakan").
#pragma once

#include "stemmer/root_lexicon.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace telusur::stemming {

class Reduplication {
public:
    // Stems one word without hyphens: `stem_word` derivationally, `strip_clitics` its particles and possessives only
    // (what stem() uses when not derivational). The views returned point into the word or the lexicon.
    using StemWord = std::function<std::string_view(std::string_view)>;

    Reduplication(const RootLexicon& lexicon, StemWord stem_word, StemWord strip_clitics)
        : lexicon_(lexicon), stem_word_(std::move(stem_word)), strip_clitics_(std::move(strip_clitics)) {}

    // The stem of a word containing hyphens, derivational (full) or clitics only (light).
    std::string stem(std::string_view word, bool derivational) const;

private:
    std::string stem_two_parts(std::string_view first, std::string_view second) const;
    std::optional<std::string> listed_under_affixes(std::string_view first, std::string_view second) const;
    bool is_word(std::string_view stem) const;

    const RootLexicon& lexicon_;
    StemWord stem_word_;
    StemWord strip_clitics_;
};

}  // namespace telusur::stemming
