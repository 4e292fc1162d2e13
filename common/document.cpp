#include "common/document.h"

#include "common/text/unicode.h"

#include <cctype>

namespace telusur {

namespace {

using text::all_ascii_digits;

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

}  // namespace

std::string ArticleDate::iso_day() const {
    if (yyyymmdd.size() != 8) return {};
    return yyyymmdd.substr(0, 4) + "-" + yyyymmdd.substr(4, 2) + "-" + yyyymmdd.substr(6, 2);
}

std::optional<ArticleDate> parse_article_date(std::string_view iso) {
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
    const auto year = iso.substr(0, 4), month = iso.substr(5, 2), day = iso.substr(8, 2);
    if (!all_ascii_digits(year) || !all_ascii_digits(month) || !all_ascii_digits(day)) return std::nullopt;
    const int y = to_int(year), m = to_int(month), d = to_int(day);
    if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;

    std::string hhmmss = "000000";
    if (iso.size() > 10) {
        if (iso[10] != 'T' && iso[10] != ' ') return std::nullopt;
        const auto time = iso.substr(11);
        if (time.size() < 5 || time[2] != ':' || !all_ascii_digits(time.substr(0, 2)) ||
            !all_ascii_digits(time.substr(3, 2)))
            return std::nullopt;
        std::string seconds = "00";
        if (time.size() >= 8 && time[5] == ':' && all_ascii_digits(time.substr(6, 2)))
            seconds = std::string(time.substr(6, 2));
        if (to_int(time.substr(0, 2)) > 23 || to_int(time.substr(3, 2)) > 59) return std::nullopt;
        hhmmss = std::string(time.substr(0, 2)) + std::string(time.substr(3, 2)) + seconds;
    }
    ArticleDate date;
    date.yyyymmdd = std::string(year) + std::string(month) + std::string(day);
    date.yyyymmddhhmmss = date.yyyymmdd + hhmmss;
    return date;
}

std::string stable_article_id(const Article& article) {
    // Appended, not "u" + ...: GCC 12 warns falsely on that (-Wrestrict, bug 105329).
    if (!article.url.empty()) return std::string("u").append(text::hex64(text::fnv1a64(article.url)));
    return std::string("t").append(text::hex64(text::fnv1a64(article.title + '\x1f' + article.date)));
}

std::string content_hash(const Article& article) {
    return text::hex64(
        text::fnv1a64(text::collapse_spaces(article.title) + '\x1f' + text::collapse_spaces(article.body)));
}

}  // namespace telusur
