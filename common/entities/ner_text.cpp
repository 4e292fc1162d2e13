#include "common/entities/ner_text.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace telusur::ner {
namespace {

// Decodes the code point at i (returns U+FFFD on malformed input) and its length.
UChar32 decode_at(std::string_view s, std::size_t i, std::size_t& len) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        len = 1;
        return c;
    }
    int32_t pos = static_cast<int32_t>(i);
    UChar32 cp;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos, static_cast<int32_t>(s.size()), cp);
    len = static_cast<std::size_t>(pos) - i;
    if (len == 0) len = 1;
    return cp < 0 ? 0xFFFD : cp;
}

bool is_space(UChar32 c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x2009 ||
           c == 0x200B || c == 0x3000 || c == 0x202F;
}

bool is_digit_at(std::string_view s, std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }

// Characters that are always a token of their own, wherever they occur.
bool always_split(UChar32 c) {
    switch (c) {
        case '(':
        case ')':
        case '[':
        case ']':
        case '{':
        case '}':
        case '"':
        case ';':
        case '!':
        case '?':
        case 0x201C:
        case 0x201D:
        case 0x00AB:
        case 0x00BB:
        case 0x2026:  // …
            return true;
        default: return false;
    }
}

// Characters stripped off the edges of a piece (as separate tokens).
bool edge_punct(UChar32 c) {
    switch (c) {
        case '\'':
        case 0x2018:
        case 0x2019:
        case ',':
        case ':':
        case '*':
        case '`':
        case 0x2013:
        case 0x2014:  // – —
            return true;
        default: return false;
    }
}

// Words written with a final dot in the gold data (titles, company forms).
bool is_known_abbreviation(std::string_view w) {
    static constexpr std::array<std::string_view, 40> kAbbrev = {
        "Dr",  "dr",  "Prof", "Ir",  "Jl", "Jln", "No", "St",   "Inc",  "Co",  "Ltd", "Tbk", "dll", "dsb",
        "dkk", "Sdr", "Sdri", "Bpk", "Mr", "Mrs", "Ms", "Ny",   "Tn",   "drg", "Kol", "Mgr", "Hj",  "Drs",
        "Dra", "Kab", "Kec",  "Kel", "Jr", "Sr",  "vs", "Corp", "Bros", "Tgl", "Rp",  "hlm"};
    return std::find(kAbbrev.begin(), kAbbrev.end(), w) != kAbbrev.end();
}

// "A.S", "U.S.A", "H" (an initial): a dot after these belongs to the token.
bool keeps_final_dot(std::string_view core) {
    if (core.empty()) return false;
    if (core.size() == 1) return std::isalpha(static_cast<unsigned char>(core[0])) != 0;
    if (is_known_abbreviation(core)) return true;
    // Initials with inner dots: every part is 1-3 letters.
    if (core.find('.') == std::string_view::npos) return false;
    std::size_t start = 0;
    while (start <= core.size()) {
        std::size_t dot = core.find('.', start);
        if (dot == std::string_view::npos) dot = core.size();
        const std::size_t n = dot - start;
        if (n == 0 || n > 3) return false;
        for (std::size_t k = start; k < dot; ++k)
            if (!std::isalpha(static_cast<unsigned char>(core[k]))) return false;
        start = dot + 1;
    }
    return true;
}

// Emits one piece (a chunk between always-split characters), peeling edge
// punctuation off both ends.
void emit_piece(std::string_view text, std::size_t b, std::size_t e, std::vector<TokenSpan>& out) {
    // Leading punctuation.
    while (b < e) {
        std::size_t len;
        const UChar32 c = decode_at(text, b, len);
        if (!edge_punct(c) && !(c == '.' && b + 1 < e && text[b + 1] == '.')) break;
        if (c == '.') {  // a leading run of dots ("...kata")
            std::size_t k = b;
            while (k < e && text[k] == '.') ++k;
            out.push_back({b, k});
            b = k;
            continue;
        }
        out.push_back({b, b + len});
        b += len;
    }
    if (b >= e) return;
    // Trailing punctuation, collected in reverse.
    TokenSpan trailing[8];
    int n_trailing = 0;
    while (e > b && n_trailing < 8) {
        // Step back one code point.
        std::size_t p = e - 1;
        while (p > b && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
        std::size_t len;
        const UChar32 c = decode_at(text, p, len);
        if (c == '.') {
            std::size_t k = p;
            while (k > b && text[k - 1] == '.') --k;
            if (e - k >= 2) {  // "..." is one token
                trailing[n_trailing++] = {k, e};
                e = k;
                continue;
            }
            if (keeps_final_dot(text.substr(b, p - b))) break;
            trailing[n_trailing++] = {p, e};
            e = p;
            continue;
        }
        if (!edge_punct(c) && c != '-') break;
        if (c == '-' && e - b > 1) break;  // "se-" stays whole, a lone "-" is punctuation
        trailing[n_trailing++] = {p, e};
        e = p;
    }
    if (e > b) out.push_back({b, e});
    for (int k = n_trailing - 1; k >= 0; --k) out.push_back(trailing[k]);
}

// A full stop with no space after it between two sentences ("Moeldoko.Dia",
// "Santiko.Sebagaimana"): a word of four letters or more before it, so no
// initial or short abbreviation ("B.J.", "Moh.Hatta", "Dia.Lo.Gue") nor a
// known one ("Prof.Budi"), and a capitalized word after it (not one in
// capitals: "EVOS.AOV", a team; "DJAI.PSE", a file number) that is no web
// domain ("Tempo.Co", "Change.Org"; "Kompas.com" is in lower case).
bool ends_glued_sentence(std::string_view piece, std::size_t dot) {
    const auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    std::size_t left = dot;
    while (left > 0 && is_letter(piece[left - 1])) --left;
    if (dot - left < 4 || is_known_abbreviation(piece.substr(left, dot - left))) return false;
    std::size_t right = dot + 1;
    while (right < piece.size() && is_letter(piece[right])) ++right;
    const std::string_view next = piece.substr(dot + 1, right - dot - 1);
    if (next.size() < 2 || !(next[0] >= 'A' && next[0] <= 'Z') || !(next[1] >= 'a' && next[1] <= 'z')) return false;
    std::string lower(next);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static constexpr std::array<std::string_view, 9> kDomains = {"co",   "com", "org", "net", "id",
                                                                 "info", "tv",  "io",  "biz"};
    return std::find(kDomains.begin(), kDomains.end(), lower) == kDomains.end();
}

}  // namespace

std::vector<TokenSpan> tokenize(std::string_view text) {
    std::vector<TokenSpan> out;
    out.reserve(text.size() / 5 + 4);
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        std::size_t len;
        UChar32 c = decode_at(text, i, len);
        if (is_space(c)) {
            i += len;
            continue;
        }
        // A chunk of non-space characters.
        const std::size_t cb = i;
        std::size_t ce = i;
        while (ce < n) {
            c = decode_at(text, ce, len);
            if (is_space(c)) break;
            ce += len;
        }
        std::size_t piece = cb;
        for (std::size_t k = cb; k < ce;) {
            c = decode_at(text, k, len);
            bool split = always_split(c);
            // ',' and ':' separate unless inside a number ("1,5", "10:30").
            if ((c == ',' || c == ':') && !(k > cb && is_digit_at(text, k - 1) && is_digit_at(text, k + 1)))
                split = true;
            if (c == '.' && ends_glued_sentence(text.substr(piece, ce - piece), k - piece)) split = true;
            if (split) {
                if (k > piece) emit_piece(text, piece, k, out);
                out.push_back({k, k + len});
                piece = k + len;
            }
            k += len;
        }
        if (ce > piece) emit_piece(text, piece, ce, out);
        i = ce;
    }
    return out;
}

std::vector<std::pair<std::size_t, std::size_t>> split_sentences(std::string_view text,
                                                                 const std::vector<TokenSpan>& tokens) {
    constexpr std::size_t kMaxSentence = 160;
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string_view tok = text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
        bool end_here = tok == "." || tok == "!" || tok == "?" || tok == "..." || tok == "\xE2\x80\xA6";
        if (end_here && i + 1 < tokens.size()) {
            // A closing quote right after the full stop stays with the sentence.
            const std::string_view next = text.substr(tokens[i + 1].begin, tokens[i + 1].end - tokens[i + 1].begin);
            if ((next == "\"" || next == "\xE2\x80\x9D" || next == "'") && tokens[i + 1].begin == tokens[i].end) {
                ++i;
            }
        }
        // A line break between this token and the next also ends a sentence.
        if (!end_here && i + 1 < tokens.size()) {
            const std::string_view gap = text.substr(tokens[i].end, tokens[i + 1].begin - tokens[i].end);
            if (gap.find('\n') != std::string_view::npos) end_here = true;
        }
        if (end_here || i + 1 - start >= kMaxSentence || i + 1 == tokens.size()) {
            out.emplace_back(start, i + 1);
            start = i + 1;
        }
    }
    return out;
}

void append_lower(std::string_view s, std::string& out) {
    bool ascii = true;
    for (char ch : s)
        if (static_cast<unsigned char>(ch) >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii) {
        for (char ch : s) out.push_back((ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch);
        return;
    }
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    u.toLower(icu::Locale::getRoot());
    u.toUTF8String(out);
}

std::string to_lower(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    append_lower(s, out);
    return out;
}

void word_shape(std::string_view s, std::string& out) {
    out.clear();
    char last = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len;
        const UChar32 c = decode_at(s, i, len);
        char cls;
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z')
                cls = 'X';
            else if (c >= 'a' && c <= 'z')
                cls = 'x';
            else if (c >= '0' && c <= '9')
                cls = 'd';
            else
                cls = static_cast<char>(c);
        } else if (u_isupper(c)) {
            cls = 'X';
        } else if (u_isalpha(c)) {
            cls = 'x';
        } else if (u_isdigit(c)) {
            cls = 'd';
        } else {
            cls = '*';
        }
        if (cls != last) out.push_back(cls);
        last = cls;
        i += len;
        if (out.size() >= 8) break;  // long shapes carry no extra signal
    }
}

bool starts_upper(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len;
        const UChar32 c = decode_at(s, i, len);
        if (u_isalpha(c)) return u_isupper(c) || u_istitle(c);
        i += len;
    }
    return false;
}

bool has_lower_letter(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len;
        const UChar32 c = decode_at(s, i, len);
        if (u_islower(c)) return true;
        i += len;
    }
    return false;
}

bool has_letter(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len;
        const UChar32 c = decode_at(s, i, len);
        if (u_isalpha(c)) return true;
        i += len;
    }
    return false;
}

std::uint64_t hash_bytes(std::string_view s) {
    std::uint64_t h = 0xCBF29CE484222325ULL;
    for (char ch : s) {
        h ^= static_cast<unsigned char>(ch);
        h *= 0x100000001B3ULL;
    }
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    return h;
}

std::string normalize_spacing(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len;
        const UChar32 c = decode_at(s, i, len);
        if (is_space(c)) {
            pending_space = !out.empty();
        } else {
            if (pending_space) out.push_back(' ');
            pending_space = false;
            out.append(s.substr(i, len));
        }
        i += len;
    }
    return out;
}

bool is_kinship_word(std::string_view lower) {
    static constexpr std::string_view kWords[] = {
        "adik",  "almarhum",  "almarhumah", "ayah",    "ayahanda", "bungsu", "ibunda", "istri", "kakak",
        "kakek", "keponakan", "mendiang",   "menantu", "mertua",   "nenek",  "sulung", "suami"};
    return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

}  // namespace telusur::ner
