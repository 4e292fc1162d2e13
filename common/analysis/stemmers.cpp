// The one place that maps a stemmer name to a Xapian::Stem. Everything else
// (indexer, query, eval) asks for a stemmer by name through make_stemmer().
#include "common/analysis/analyzer.h"
#include "common/stemmer/indonesian_stemmer.h"

#include <stdexcept>

namespace telusur {

std::vector<std::string> stemmer_names() { return {"telusur", "snowball", "none"}; }

Xapian::Stem make_stemmer(std::string_view name, std::size_t own_cache_words) {
    // Xapian::Stem takes ownership of the implementation (intrusive refcount).
    if (name == "telusur")
        return Xapian::Stem(own_cache_words == 0
                                ? new TelusurStemImplementation()
                                : new TelusurStemImplementation(StemCacheMode::kSharded, own_cache_words));
    if (name == "snowball") return Xapian::Stem("indonesian");
    if (name == "none") return Xapian::Stem();
    std::string known;
    for (const auto& n : stemmer_names()) known += (known.empty() ? "" : ", ") + n;
    throw std::invalid_argument("unknown stemmer '" + std::string(name) + "' (known: " + known + ")");
}

}  // namespace telusur
