#include "common/stemmer/lexicon.h"

#include <charconv>
#include <cstring>

namespace telusur {

namespace {

// Calls fn(key, value) for each "key<TAB>value\n" line of a generated table.
template <typename Fn>
void for_each_row(const char* table, Fn fn) {
    std::string_view rest(table, std::strlen(table));
    while (!rest.empty()) {
        auto eol = rest.find('\n');
        std::string_view line = rest.substr(0, eol);
        rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
        auto tab = line.find('\t');
        if (tab == std::string_view::npos) continue;
        fn(line.substr(0, tab), line.substr(tab + 1));
    }
}

}  // namespace

const Lexicon& Lexicon::instance() {
    static const Lexicon lexicon;
    return lexicon;
}

Lexicon::Lexicon() {
    roots_.reserve(32 * 1024);
    for_each_row(stemmer_data::kRoots, [&](std::string_view root, std::string_view fields) {
        unsigned traits = 0, classes = 0;
        auto [end, ec] = std::from_chars(fields.data(), fields.data() + fields.size(), traits);
        if (ec == std::errc() && end < fields.data() + fields.size())
            std::from_chars(end + 1, fields.data() + fields.size(), classes);
        roots_.emplace(root, RootInfo{static_cast<std::uint8_t>(traits), static_cast<std::uint8_t>(classes)});
    });
    derived_.reserve(32 * 1024);
    for_each_row(stemmer_data::kDerived, [&](std::string_view surface, std::string_view roots) {
        auto& list = derived_[surface];
        while (!roots.empty()) {
            auto comma = roots.find(',');
            list.push_back(roots.substr(0, comma));
            roots.remove_prefix(comma == std::string_view::npos ? roots.size() : comma + 1);
        }
    });
}

}  // namespace telusur
