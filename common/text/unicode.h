// Small Unicode helpers on UTF-8 strings, built on ICU.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace telusur::text {

/// True when s is not empty and every byte is an ASCII digit.
bool all_ascii_digits(std::string_view s);

/// True when every byte is ASCII (the fast path for most news text).
bool is_ascii(std::string_view s);

/// True when every byte is an ASCII lower-case letter, a-z (so for "" too):
/// a normalized key's word written in plain letters, as the slip and
/// acronym rules of the entity names read them.
bool all_ascii_lowercase(std::string_view s);

/// True when s is well-formed UTF-8; on failure *bad_offset (if given) is
/// the byte offset of the first ill-formed sequence.
bool is_valid_utf8(std::string_view s, std::size_t* bad_offset = nullptr);

/// NFKC, then removal of default-ignorable code points (zero-width space and
/// joiners, soft hyphen, BOM, word joiner...). Keeps case.
std::string nfkc_strip_ignorables(std::string_view s);

/// NFKC_Casefold (which also drops default-ignorables), for values compared
/// case-insensitively such as boolean filter values.
std::string nfkc_casefold(std::string_view s);

/// The longest prefix of s of at most max_bytes that does not cut a UTF-8
/// sequence in two.
std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes);

/// Collapses runs of white space to one space and trims both ends.
std::string collapse_spaces(std::string_view s);

/// FNV-1a 64-bit hash: stable across runs and platforms (std::hash is not).
std::uint64_t fnv1a64(std::string_view s, std::uint64_t seed = 0xcbf29ce484222325ULL);

/// 16 lower-case hex digits.
std::string hex64(std::uint64_t v);

}  // namespace telusur::text
