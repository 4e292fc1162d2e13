#include "common/schema.h"

#include "common/text/unicode.h"

#include <algorithm>

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
    const bool needs_colon =
        prefix.size() > 1 && !value.empty() && ((value[0] >= 'A' && value[0] <= 'Z') || value[0] == ':');
    if (needs_colon) term.push_back(':');
    term.append(value);
    return term;
}

}  // namespace

std::string make_boolean_term(std::string_view prefix, std::string_view value) {
    return hash_long_term(join_with_colon_rule(prefix, normalize_boolean_value(value)));
}

std::string make_id_term(std::string_view id) { return hash_long_term(join_with_colon_rule(kPrefixId, id)); }

namespace {

/// prefix + head + '\t' + value, or "" when longer than kMaxSafeTermLength:
/// such a pair is not recorded (a hashed tail would break the prefix scans).
std::string pair_term(std::string_view prefix, std::string_view head, std::string_view value) {
    std::string term;
    term.reserve(prefix.size() + head.size() + 1 + value.size());
    term.append(prefix).append(head).append(1, kNameUseSeparator).append(value);
    if (term.size() > kMaxSafeTermLength) term.clear();
    return term;
}

}  // namespace

NameUseTerms name_use_terms(const EntityTypeSchema& type, std::string_view canonical, std::string_view form) {
    const std::string key = normalize_boolean_value(canonical);
    NameUseTerms terms{pair_term(type.name_use_prefix, key, form),
                       pair_term(type.alias_prefix, normalize_boolean_value(form), key)};
    if (terms.use.empty() || terms.alias.empty()) return {};
    return terms;
}

ShortFormTerms short_form_terms(const EntityTypeSchema& type, std::string_view short_key, std::string_view full_key) {
    ShortFormTerms terms{pair_term(type.short_form_prefix, short_key, full_key),
                         pair_term(type.group_prefix, full_key, short_key)};
    if (terms.short_to_full.empty() || terms.full_to_short.empty()) return {};
    return terms;
}

SecondNameTerms second_name_terms(const EntityTypeSchema& type, std::string_view key, std::string_view dominant) {
    SecondNameTerms terms{pair_term(type.second_name_prefix, key, dominant),
                          pair_term(type.second_named_prefix, dominant, key)};
    if (terms.second_to_dominant.empty() || terms.dominant_to_second.empty()) return {};
    return terms;
}

DefinitionTerms definition_terms(const EntityTypeSchema& type, std::string_view nickname_key, std::string_view key) {
    DefinitionTerms terms{pair_term(type.defined_prefix, nickname_key, key),
                          pair_term(type.group_prefix, key, nickname_key)};
    if (terms.nickname_to_key.empty() || terms.key_to_nickname.empty()) return {};
    return terms;
}

std::string designated_term(const EntityTypeSchema& type, std::string_view bare, std::string_view key) {
    return pair_term(type.group_prefix, bare, key);
}

std::string ContentKey::encode() const {
    std::string key(content_hash);
    key += static_cast<char>(answer_types);
    key.append(lead_words);
    return key;
}

std::optional<ContentKey> ContentKey::decode(std::string_view value) {
    if (value.size() < kContentHashLength + 1 || (value.size() - kContentHashLength - 1) % 4 != 0) return std::nullopt;
    return ContentKey{value.substr(0, kContentHashLength), static_cast<std::uint8_t>(value[kContentHashLength]),
                      value.substr(kContentHashLength + 1)};
}

std::string FacetValues::encode() const {
    std::string value;
    auto field = [&value](std::string_view bytes) {
        for (std::size_t n = bytes.size();; n >>= 7) {
            if (n < 0x80) {
                value += static_cast<char>(n);
                break;
            }
            value += static_cast<char>(0x80 | (n & 0x7f));
        }
        value.append(bytes);
    };
    field(date);
    field(source);
    field(category);
    for (const auto entity : entities) field(entity);
    return value;
}

std::optional<FacetValues> FacetValues::decode(std::string_view value) {
    std::size_t at = 0;
    auto field = [&](std::string_view& out) {
        std::size_t n = 0;
        for (unsigned shift = 0;; shift += 7) {
            if (at == value.size() || shift > 28) return false;
            const auto byte = static_cast<unsigned char>(value[at++]);
            n |= static_cast<std::size_t>(byte & 0x7f) << shift;
            if (byte < 0x80) break;
        }
        if (n > value.size() - at) return false;
        out = value.substr(at, n);
        at += n;
        return true;
    };
    FacetValues fields;
    if (!field(fields.date) || !field(fields.source) || !field(fields.category)) return std::nullopt;
    for (auto& entity : fields.entities)
        if (!field(entity)) return std::nullopt;
    if (at != value.size()) return std::nullopt;
    return fields;
}

std::string facet_values_of(const Xapian::Document& doc) {
    const std::string date = doc.get_value(kSlotDate), source = doc.get_value(kSlotSource),
                      category = doc.get_value(kSlotCategory);
    std::array<std::string, kEntityTypes.size()> entities;
    FacetValues fields{date, source, category, {}};
    for (std::size_t t = 0; t < entities.size(); ++t) {
        entities[t] = doc.get_value(kEntityTypes[t].slot);
        fields.entities[t] = entities[t];
    }
    return fields.encode();
}

std::uint32_t lead_word_hash(std::string_view word) {
    const std::uint32_t h = static_cast<std::uint32_t>(text::fnv1a64(word));
    return h ? h : 1;  // 0 marks a position without a word
}

std::string lead_words_value(const std::vector<std::string>& words_by_position) {
    std::string value;
    value.reserve(4 * words_by_position.size());
    for (const std::string& word : words_by_position) {
        const std::uint32_t h = word.empty() ? 0 : lead_word_hash(word);
        for (int shift = 0; shift < 32; shift += 8) value += static_cast<char>((h >> shift) & 0xff);
    }
    return value;
}

bool lead_words_contain(std::string_view value, std::uint32_t hash, unsigned window) {
    const std::size_t n = std::min<std::size_t>(value.size() / 4, window);
    for (std::size_t i = 0; i < n; ++i) {
        std::uint32_t h = 0;
        for (int b = 3; b >= 0; --b)
            h = (h << 8) | static_cast<unsigned char>(value[4 * i + static_cast<std::size_t>(b)]);
        if (h == hash) return true;
    }
    return false;
}

}  // namespace telusur::schema
