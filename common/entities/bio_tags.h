// The entity tagger's output alphabet: BIO tags over PER, ORG and LOC, with
// the BIO constraint and the previous-tag classes that context features are
// keyed by. Internal to common/entities.
#pragma once

#include <cstdint>
#include <string_view>

namespace telusur::ner {

enum Tag : std::uint8_t { kO = 0, kBPer, kIPer, kBOrg, kIOrg, kBLoc, kILoc, kNumTags };

/// "O", "B-PER", ... ; parse_tag() returns kNumTags for anything else.
std::string_view tag_name(Tag t);
Tag parse_tag(std::string_view s);

/// Whether tag t may follow tag prev under BIO (I-X only after B-X or I-X).
inline bool bio_allowed(Tag prev, Tag t) {
    if (t == kIPer) return prev == kBPer || prev == kIPer;
    if (t == kIOrg) return prev == kBOrg || prev == kIOrg;
    if (t == kILoc) return prev == kBLoc || prev == kILoc;
    return true;
}

/// The type of a previous tag (O, PER, ORG, LOC): B- and I- share it, which
/// keeps the context-feature lookups per token at most four sets.
constexpr int kPrevClasses = 4;
inline int prev_class(Tag t) { return (static_cast<int>(t) + 1) / 2; }

/// Sets of tags as bit masks (bit t = tag t).
constexpr std::uint8_t kAllTags = 0x7F;
constexpr std::uint8_t kOnlyO = 0x01;
constexpr std::uint8_t kOorInside = 0x55;  // O, I-PER, I-ORG, I-LOC

}  // namespace telusur::ner
