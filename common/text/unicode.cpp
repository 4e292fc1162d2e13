#include "common/text/unicode.h"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <stdexcept>

namespace telusur::text {

bool all_ascii_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool all_ascii_lowercase(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool is_ascii(std::string_view s) {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}

bool is_valid_utf8(std::string_view s, std::size_t* bad_offset) {
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    int32_t i = 0;
    const auto length = static_cast<int32_t>(s.size());
    while (i < length) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(p, i, length, c);
        if (c < 0) {
            if (bad_offset) *bad_offset = static_cast<std::size_t>(start);
            return false;
        }
    }
    return true;
}

namespace {

const icu::Normalizer2& normalizer(bool casefold) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n =
        casefold ? icu::Normalizer2::getNFKCCasefoldInstance(status) : icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status) || n == nullptr)
        throw std::runtime_error(std::string("ICU normalizer unavailable: ") + u_errorName(status));
    return *n;
}

std::string to_utf8(const icu::UnicodeString& u) {
    std::string out;
    u.toUTF8String(out);
    return out;
}

}  // namespace

std::string nfkc_strip_ignorables(std::string_view s) {
    if (is_ascii(s)) return std::string(s);
    const auto input = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    UErrorCode status = U_ZERO_ERROR;
    const auto& nfkc = normalizer(false);
    icu::UnicodeString normalized = nfkc.isNormalized(input, status) ? input : nfkc.normalize(input, status);
    if (U_FAILURE(status)) return std::string(s);
    icu::UnicodeString kept;
    for (int32_t i = 0; i < normalized.length();) {
        const UChar32 c = normalized.char32At(i);
        if (!u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) kept.append(c);
        i += U16_LENGTH(c);
    }
    return to_utf8(kept);
}

std::string nfkc_casefold(std::string_view s) {
    if (is_ascii(s)) {  // NFKC leaves ASCII alone; case folding is then tolower
        std::string out(s);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return out;
    }
    const auto input = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString folded = normalizer(true).normalize(input, status);
    if (U_FAILURE(status)) return std::string(s);
    return to_utf8(folded);
}

std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes) {
    if (s.size() <= max_bytes) return s;
    std::size_t end = max_bytes;
    // Step back over continuation bytes (10xxxxxx) to a sequence boundary.
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    return s.substr(0, end);
}

std::string collapse_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out.push_back(c);
    }
    return out;
}

std::uint64_t fnv1a64(std::string_view s, std::uint64_t seed) {
    std::uint64_t h = seed;
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

std::string hex64(std::uint64_t v) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<std::size_t>(i)] = digits[v & 0xF];
    return out;
}

}  // namespace telusur::text
