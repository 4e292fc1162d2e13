#include "common/entities/entity_lexicon.h"

#include "common/schema.h"

#include <algorithm>
#include <limits>

namespace telusur {

std::unique_ptr<EntityLexicon> EntityLexicon::read(const Xapian::Database& db, std::size_t max_bytes) {
    std::unique_ptr<EntityLexicon> lexicon(new EntityLexicon);
    for (const auto& type : schema::kEntityTypes)
        for (const char* prefix :
             {type.prefix, type.name_use_prefix, type.alias_prefix, type.short_form_prefix, type.group_prefix,
              type.second_name_prefix, type.defined_prefix})
            lexicon->prefixes_.emplace_back(prefix);
    // In byte order, and none inside another's range, so that the terms are
    // read once each and stay sorted.
    // (std:: algorithms, not std::ranges: clang 14, the sanitizer build,
    // cannot compile libstdc++ 12's ranges.)
    auto& prefixes = lexicon->prefixes_;
    std::sort(prefixes.begin(), prefixes.end());
    prefixes.erase(std::unique(prefixes.begin(), prefixes.end(),
                               [](const std::string& outer, const std::string& p) { return p.starts_with(outer); }),
                   prefixes.end());
    max_bytes = std::min<std::size_t>(max_bytes, std::numeric_limits<std::uint32_t>::max());
    for (const auto& prefix : lexicon->prefixes_)
        for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
            lexicon->starts_.push_back(static_cast<std::uint32_t>(lexicon->bytes_.size()));
            lexicon->bytes_ += *it;
            lexicon->freqs_.push_back(it.get_termfreq());
            if (lexicon->memory_bytes() > max_bytes) return nullptr;
        }
    // No shrink_to_fit(): its copy would double the peak memory, and the
    // capacity past the end, never written, is mostly not resident.
    lexicon->starts_.push_back(static_cast<std::uint32_t>(lexicon->bytes_.size()));
    return lexicon;
}

bool EntityLexicon::covers(std::string_view term) const {
    return std::any_of(prefixes_.begin(), prefixes_.end(),
                       [&](const std::string& prefix) { return term.starts_with(prefix); });
}

std::size_t EntityLexicon::lower_bound(std::string_view term) const {
    std::size_t first = 0, count = freqs_.size();
    while (count > 0) {
        const std::size_t half = count / 2;
        if (term_at(first + half) < term) {
            first += half + 1;
            count -= half + 1;
        } else {
            count = half;
        }
    }
    return first;
}

Xapian::doccount EntityLexicon::termfreq(std::string_view term) const {
    const std::size_t i = lower_bound(term);
    return i < freqs_.size() && term_at(i) == term ? freqs_[i] : 0;
}

bool EntityLexicon::any_starts_with(std::string_view start) const {
    const std::size_t i = lower_bound(start);
    return i < freqs_.size() && term_at(i).starts_with(start);
}

std::size_t EntityLexicon::memory_bytes() const {
    return bytes_.size() + starts_.size() * sizeof(std::uint32_t) + freqs_.size() * sizeof(Xapian::doccount);
}

}  // namespace telusur
