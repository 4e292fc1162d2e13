#include "common/analysis/answer_types.h"

#include <algorithm>
#include <array>
#include <utility>

namespace telusur {

namespace {

// Question words and the answer they ask for. "mana" asks for a place in
// "di mana", "ke mana", "dari mana" and "negara manakah"; "apa" asks for
// anything, so it has no type here (0), nor have "mengapa", "bagaimana",
// "kemana" (a direction) and "darimana" (an origin).
constexpr std::array<QuestionWord, 21> kQuestionWords{{
    {"siapa", answer_type::kPerson},
    {"siapakah", answer_type::kPerson},
    {"berapa", answer_type::kNumber},
    {"berapakah", answer_type::kNumber},
    {"kapan", answer_type::kDate},
    {"kapankah", answer_type::kDate},
    {"bilamana", answer_type::kDate},
    {"dimana", answer_type::kPlace},
    {"dimanakah", answer_type::kPlace},
    {"mana", answer_type::kPlace},
    {"manakah", answer_type::kPlace},
    {"apa", 0},
    {"apakah", 0},
    {"mengapa", 0},
    {"mengapakah", 0},
    {"kenapa", 0},
    {"bagaimana", 0},
    {"bagaimanakah", 0},
    {"darimana", 0},
    {"kemana", 0},
    {"kemanakah", 0},
}};

const QuestionWord* find_question_word(std::string_view word) {
    const auto it = std::ranges::find(kQuestionWords, word, &QuestionWord::word);
    return it == kQuestionWords.end() ? nullptr : &*it;
}

// Month and weekday names (Indonesian, as they are written in dates).
constexpr std::array<std::string_view, 19> kDateWords{
    "januari",  "februari", "maret", "april",  "mei",  "juni",  "juli",  "agustus", "september", "oktober",
    "november", "desember", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu",   "minggu",
};

}  // namespace

std::span<const QuestionWord> question_words() { return kQuestionWords; }

std::uint8_t expected_answer_type(const std::vector<AnalyzedToken>& tokens) {
    for (const auto& token : tokens)
        if (const QuestionWord* q = find_question_word(token.term); q && q->answer_type) return q->answer_type;
    return 0;
}

bool is_question(const std::vector<AnalyzedToken>& tokens) {
    return std::ranges::any_of(tokens, [](const AnalyzedToken& token) { return find_question_word(token.term); });
}

std::uint8_t answer_types_of_word(std::string_view word) {
    // Called for every indexed word: one pass over the bytes, and the name
    // list only for words of a name's length without digits.
    bool any_digit = false, all_digits = !word.empty();
    for (const char c : word) {
        const bool digit = c >= '0' && c <= '9';
        any_digit |= digit;
        all_digits &= digit;
    }
    if (any_digit) {
        const bool year = all_digits && word.size() == 4 && (word[0] == '1' || word[0] == '2');
        return answer_type::kNumber | (year ? answer_type::kDate : 0);
    }
    return is_month_or_weekday(word) ? answer_type::kDate : 0;
}

bool is_month_or_weekday(std::string_view word) {
    // The names are 3 to 9 letters: most words are not looked for.
    if (word.size() < 3 || word.size() > 9) return false;
    return std::ranges::find(kDateWords, word) != kDateWords.end();
}

}  // namespace telusur
