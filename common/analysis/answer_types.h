// Answer types: what kind of answer a natural-language question asks for,
// and which kinds of answer an article can give. The ranking favours, among
// the top matches of a question, articles that contain an answer of the
// asked kind ("Siapa ...?" -> a person's name, "Berapa ...?" -> a number):
// the classic answer-type check of question-answering passage retrieval.
#pragma once

#include "common/analysis/analyzer.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace telusur {

/// Bits of an answer-type set (one byte; schema::ContentKey stores an
/// article's set).
namespace answer_type {
inline constexpr std::uint8_t kPerson = 1;
inline constexpr std::uint8_t kOrganization = 2;
inline constexpr std::uint8_t kPlace = 4;
inline constexpr std::uint8_t kNumber = 8;
inline constexpr std::uint8_t kDate = 16;
}  // namespace answer_type

struct QuestionWord {
    std::string_view word;
    std::uint8_t answer_type;  ///< 0 when the answer has no single type (apa, mengapa)
};

/// Every Indonesian question word (lower case): the one list the ranking
/// and the stopwords share.
std::span<const QuestionWord> question_words();

/// The answer type the first question word among `tokens` (a query as
/// Analyzer::analyze() gives it) asks for: siapa -> person, berapa ->
/// number, kapan -> date, di mana / dimana / manakah -> place. 0 when there
/// is no such word: not a question, or one whose answer has no single type
/// (apa, mengapa, bagaimana).
std::uint8_t expected_answer_type(const std::vector<AnalyzedToken>& tokens);

/// Whether the query has a question word (any of those above, or apa,
/// mengapa, kenapa, bagaimana): a question rather than a topic (keywords,
/// a headline).
bool is_question(const std::vector<AnalyzedToken>& tokens);

/// The answer types one indexed word (lower case) can fill: a number (any
/// digit) and a date (a month or weekday name, or a year 1000-2999).
std::uint8_t answer_types_of_word(std::string_view word);

/// Whether a word (lower case) is an Indonesian month or weekday name, as
/// dates write them ("oktober", "jumat").
bool is_month_or_weekday(std::string_view word);

}  // namespace telusur
