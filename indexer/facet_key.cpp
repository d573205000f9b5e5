#include "indexer/facet_key.hpp"

#include "indexer/varint.hpp"

#include <algorithm>

namespace telusur {
namespace {

// Names never hold a line break: the gazetteer is read a name a line.
std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names) out.append(out.empty() ? "" : "\n").append(name);
    return out;
}

std::vector<std::string> split(std::string_view text) {
    std::vector<std::string> names;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find('\n'), text.size());
        names.emplace_back(text.substr(0, end));
        text.remove_prefix(std::min(end + 1, text.size()));
    }
    return names;
}

}  // namespace

std::string FacetKey::encode() const {
    std::string out;
    for (const std::string& field : {date, source, joined(places), joined(agencies)}) varint::append_field(out, field);
    return out;
}

FacetKey FacetKey::decode(std::string_view value) {
    FacetKey key;
    std::string_view date, source, places, agencies;
    if (varint::read_field(value, date) && varint::read_field(value, source) && varint::read_field(value, places))
        varint::read_field(value, agencies);
    key.date = date;
    key.source = source;
    key.places = split(places);
    key.agencies = split(agencies);
    return key;
}

}  // namespace telusur
