#include "indexer/facet_key.hpp"

#include "indexer/varint.hpp"

#include <algorithm>

namespace telusur {
namespace {

// Names never hold a line break: the gazetteer is read a name a line.
std::string names_joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names) out.append(out.empty() ? "" : "\n").append(name);
    return out;
}

std::vector<std::string> split(std::string_view text) {
    std::vector<std::string> names;
    each_name(text, [&](std::string_view name) { names.emplace_back(name); });
    return names;
}

}  // namespace

std::string FacetKey::encode() const {
    std::string out;
    for (const std::string& field : {date, source, names_joined(places), names_joined(agencies)})
        varint::append_field(out, field);
    return out;
}

FacetKeyView FacetKeyView::read(std::string_view value) {
    FacetKeyView key;
    if (varint::read_field(value, key.date) && varint::read_field(value, key.source) &&
        varint::read_field(value, key.places))
        varint::read_field(value, key.agencies);
    return key;
}

FacetKey FacetKey::decode(std::string_view value) {
    const FacetKeyView view = FacetKeyView::read(value);
    return {std::string(view.date), std::string(view.source), split(view.places), split(view.agencies)};
}

}  // namespace telusur
