// Indonesian function words, written for this project: conjunctions,
// prepositions, pronouns, question words, particles and auxiliaries. Content
// words are deliberately absent, even frequent ones ("pemerintah",
// "presiden"): they carry meaning in news queries.
#include "common/analysis/analyzer.h"
#include "common/analysis/answer_types.h"

namespace telusur {

const std::vector<std::string>& indonesian_stopwords() {
    static const std::vector<std::string> words = [] {
        // A word list, laid out by kind.
        // clang-format off
        std::vector<std::string> list{
        // conjunctions
        "dan", "atau", "serta", "tetapi", "tapi", "namun", "melainkan", "sedangkan",
        "bahwa", "karena", "sebab", "jika", "jikalau", "kalau", "apabila", "bila",
        "agar", "supaya", "sehingga", "maka", "lalu", "kemudian", "ketika", "saat",
        "sementara", "sambil", "seraya", "walaupun", "meskipun", "meski", "walau",
        "padahal", "hingga", "sampai", "sejak", "setelah", "sesudah", "sebelum",
        "selama", "yaitu", "yakni", "ialah", "adalah", "merupakan",
        "vs", "versus",  // "Milan vs Udinese": joins two names, as "dan" does
        // prepositions
        "di", "ke", "dari", "pada", "dalam", "kepada", "daripada", "untuk", "bagi",
        "dengan", "oleh", "tentang", "terhadap", "melalui", "antara", "tanpa",
        "seperti", "sebagai", "atas", "per", "demi", "akan",
        // pronouns and determiners
        "saya", "aku", "kami", "kita", "kamu", "engkau", "anda", "dia", "ia",
        "beliau", "mereka", "ini", "itu", "tersebut", "sini", "situ", "sana",
        "para", "sang", "si", "sebuah", "seorang", "suatu", "nya",
        // question words: question_words(), added below
        // auxiliaries, adverbs and particles
        "yang", "tidak", "tak", "bukan", "belum", "sudah", "telah", "sedang",
        "masih", "pernah", "bisa", "dapat", "boleh", "harus", "mesti", "perlu",
        "juga", "pula", "pun", "lah", "kah", "saja", "hanya", "sangat", "amat",
        "lebih", "paling", "sekali", "lagi", "begitu", "demikian", "secara",
        "bahkan", "ada", "hal", "ya",
        };
        // clang-format on
        for (const auto& q : question_words()) list.emplace_back(q.word);
        return list;
    }();
    return words;
}

}  // namespace telusur
