#include "stemmer/hunspell_affixes.hpp"

#include <telusur/error.hpp>

#include <charconv>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace telusur::stemming {

AffixCondition AffixCondition::parse(std::string_view text) {
    AffixCondition condition;
    if (text == ".") return condition;
    for (std::size_t i = 0; i < text.size();) {
        ByteSet set{};
        auto add = [&set](unsigned char c) { set[c >> 6] |= std::uint64_t{1} << (c & 63); };
        if (text[i] == '[') {
            const std::size_t close = text.find(']', i);
            if (close == std::string_view::npos) throw std::invalid_argument("unclosed '[' in condition");
            std::string_view inside = text.substr(i + 1, close - i - 1);
            const bool negated = !inside.empty() && inside.front() == '^';
            // hunspell-id writes "[^k^m^p]": every '^' inside a negated set is decoration, not a member.
            for (char c : inside)
                if (c != '^' || !negated) add(static_cast<unsigned char>(c));
            if (negated)
                for (auto& word : set) word = ~word;
            i = close + 1;
        } else if (text[i] == '.') {
            for (auto& word : set) word = ~std::uint64_t{0};
            ++i;
        } else {
            add(static_cast<unsigned char>(text[i]));
            ++i;
        }
        condition.positions_.push_back(set);
    }
    return condition;
}

bool AffixCondition::matches_start(std::string_view word) const {
    if (word.size() < positions_.size()) return false;
    for (std::size_t i = 0; i < positions_.size(); ++i)
        if (!contains(positions_[i], static_cast<unsigned char>(word[i]))) return false;
    return true;
}

bool AffixCondition::matches_end(std::string_view word) const {
    if (word.size() < positions_.size()) return false;
    const std::size_t offset = word.size() - positions_.size();
    for (std::size_t i = 0; i < positions_.size(); ++i)
        if (!contains(positions_[i], static_cast<unsigned char>(word[offset + i]))) return false;
    return true;
}

std::string latin1_to_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out += ch;
        } else {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

namespace {

std::vector<std::string_view> fields(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        if (i >= line.size() || line[i] == '#') break;  // the rest is a comment
        const std::size_t begin = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
        out.push_back(line.substr(begin, i - begin));
    }
    return out;
}

AffixFlag parse_flag(std::string_view text) {
    if (text.size() != 2)
        throw std::invalid_argument("flag '" + std::string(text) + "' is not two characters (FLAG long)");
    return pack_flag(text[0], text[1]);
}

std::vector<AffixFlag> parse_flags(std::string_view text) {
    if (text.size() % 2) throw std::invalid_argument("flags '" + std::string(text) + "' are not pairs (FLAG long)");
    std::vector<AffixFlag> flags;
    for (std::size_t i = 0; i < text.size(); i += 2) flags.push_back(pack_flag(text[i], text[i + 1]));
    return flags;
}

}  // namespace

HunspellAffixes HunspellAffixes::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, 0, "cannot open the hunspell affix file (is hunspell-id installed?)");
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    const bool latin1 = text.find("SET ISO8859-1") != std::string::npos;
    if (latin1) text = latin1_to_utf8(text);

    HunspellAffixes affixes;
    affixes.latin1_ = latin1;
    std::unordered_map<AffixFlag, std::size_t> expected;  // rules announced by each class header
    std::istringstream lines(text);
    std::string line;
    std::size_t number = 0;
    bool long_flags = false;
    try {
        while (std::getline(lines, line)) {
            ++number;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            const auto f = fields(line);
            if (f.empty()) continue;
            if (f[0] == "FLAG") {
                long_flags = f.size() > 1 && f[1] == "long";
                if (!long_flags) throw std::invalid_argument("only FLAG long is supported");
            } else if (f[0] == "CIRCUMFIX" && f.size() > 1) {
                affixes.circumfix_ = parse_flag(f[1]);
            } else if (f[0] == "NEEDAFFIX" && f.size() > 1) {
                affixes.needaffix_ = parse_flag(f[1]);
            } else if (f[0] == "PFX" || f[0] == "SFX") {
                if (!long_flags) throw std::invalid_argument("affix class before FLAG long");
                if (f.size() < 4) throw std::invalid_argument("affix line has fewer than four fields");
                const AffixFlag flag = parse_flag(f[1]);
                auto [it, is_new] = affixes.classes_.try_emplace(flag);
                if (is_new) {  // the header: PFX flag Y|N count
                    it->second.prefix = f[0] == "PFX";
                    it->second.cross_product = f[2] == "Y";
                    std::size_t count = 0;
                    const auto [end, ec] = std::from_chars(f[3].data(), f[3].data() + f[3].size(), count);
                    if (ec != std::errc() || end != f[3].data() + f[3].size())
                        throw std::invalid_argument("affix header count '" + std::string(f[3]) + "' is not a number");
                    expected[flag] = count;
                    it->second.rules.reserve(count);
                    continue;
                }
                if ((f[0] == "PFX") != it->second.prefix) throw std::invalid_argument("PFX and SFX share a flag");
                if (it->second.rules.size() >= expected[flag])
                    throw std::invalid_argument("more rules than the header of " + std::string(f[1]) + " announces");
                AffixRule rule;
                if (f[2] != "0") rule.strip = std::string(f[2]);
                const std::string_view add = f[3];
                const std::size_t slash = add.find('/');
                rule.add = std::string(add.substr(0, slash));
                if (rule.add == "0") rule.add.clear();
                if (slash != std::string_view::npos) rule.continuation = parse_flags(add.substr(slash + 1));
                rule.condition = AffixCondition::parse(f.size() > 4 ? f[4] : ".");
                it->second.rules.push_back(std::move(rule));
            }
        }
    } catch (const std::invalid_argument& e) {
        throw InputError(path, number, e.what());
    }
    if (affixes.classes_.empty()) throw InputError(path, 0, "no affix rules (not a hunspell .aff file?)");
    for (auto& [flag, cls] : affixes.classes_) {
        if (cls.rules.size() != expected[flag])
            throw InputError(path, 0, "an affix class has fewer rules than its header announces");
        for (auto& rule : cls.rules)
            for (AffixFlag c : rule.continuation)
                if (c == affixes.circumfix_) rule.circumfix = true;
    }
    return affixes;
}

}  // namespace telusur::stemming
