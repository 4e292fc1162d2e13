#include "common/schema.h"

#include "common/text/unicode.h"

namespace telusur::schema {

std::string normalize_boolean_value(std::string_view value) {
    return text::collapse_spaces(text::nfkc_casefold(value));
}

std::string hash_long_term(std::string term, std::size_t max_length) {
    if (term.size() <= max_length) return term;
    // Keep a readable head and replace the tail by its hash, as Omega does.
    const std::size_t keep = max_length - 16;
    const std::string tail_hash = text::hex64(text::fnv1a64(std::string_view(term).substr(keep)));
    term.replace(keep, std::string::npos, tail_hash);
    return term;
}

namespace {

std::string join_with_colon_rule(std::string_view prefix, std::string_view value) {
    std::string term(prefix);
    // Omega's rule (scriptindex.cc prefix_needs_colon), which QueryParser
    // applies too: a multi-letter prefix is followed by ':' when the value
    // starts with a capital or ':', so the prefix's end stays unambiguous.
    const bool needs_colon = prefix.size() > 1 && !value.empty() &&
                             ((value[0] >= 'A' && value[0] <= 'Z') || value[0] == ':');
    if (needs_colon) term.push_back(':');
    term.append(value);
    return term;
}

}  // namespace

std::string make_boolean_term(std::string_view prefix, std::string_view value) {
    return hash_long_term(join_with_colon_rule(prefix, normalize_boolean_value(value)));
}

std::string make_id_term(std::string_view id) {
    return hash_long_term(join_with_colon_rule(kPrefixId, id));
}

}  // namespace telusur::schema
