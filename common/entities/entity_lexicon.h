// The entity terms of one database revision in memory: every term under the
// prefixes of schema::kEntityTypes (keys, name uses, written forms, short
// forms, groups) with its document frequency, read once in term order.
// EntityNames and the query-entity look-ups then answer from memory: a
// batch's or a server's queries read ~100 B-tree blocks each for names
// otherwise (a pread per block, most of them for n-grams that name nothing).
// Same answers as the database it was read from, at that revision.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace telusur {

class EntityLexicon {
public:
    /// Reads db's entity terms; nullptr when they would take more than
    /// max_bytes (then look-ups stay with the database).
    static std::unique_ptr<EntityLexicon> read(const Xapian::Database& db, std::size_t max_bytes);

    /// Whether `term` starts with one of the prefixes read: only then do the
    /// look-ups below answer for it.
    bool covers(std::string_view term) const;
    /// The term's document frequency, 0 when there is no such term.
    Xapian::doccount termfreq(std::string_view term) const;
    bool any_starts_with(std::string_view start) const;
    /// Calls f(term, termfreq) for each term starting with `start`, in term order.
    template <class F>
    void for_each_starting_with(std::string_view start, F&& f) const {
        for (std::size_t i = lower_bound(start); i < freqs_.size(); ++i) {
            const std::string_view term = term_at(i);
            if (!term.starts_with(start)) break;
            f(term, freqs_[i]);
        }
    }

    std::size_t terms() const { return freqs_.size(); }
    std::size_t memory_bytes() const;

private:
    EntityLexicon() = default;
    std::string_view term_at(std::size_t i) const {
        return std::string_view(bytes_).substr(starts_[i], starts_[i + 1] - starts_[i]);
    }
    /// The first term not before `term`.
    std::size_t lower_bound(std::string_view term) const;

    std::vector<std::string> prefixes_;
    std::string bytes_;                  ///< the terms back to back, in byte order
    std::vector<std::uint32_t> starts_;  ///< term i is bytes_[starts_[i], starts_[i + 1])
    std::vector<Xapian::doccount> freqs_;
};

}  // namespace telusur
