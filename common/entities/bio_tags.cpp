#include "common/entities/bio_tags.h"

#include <array>

namespace telusur::ner {
namespace {

constexpr std::array<std::string_view, kNumTags> kTagNames = {"O",     "B-PER", "I-PER", "B-ORG",
                                                              "I-ORG", "B-LOC", "I-LOC"};

}  // namespace

std::string_view tag_name(Tag t) { return t < kNumTags ? kTagNames[t] : "?"; }

Tag parse_tag(std::string_view s) {
    for (std::size_t i = 0; i < kTagNames.size(); ++i)
        if (kTagNames[i] == s) return static_cast<Tag>(i);
    return kNumTags;
}

}  // namespace telusur::ner
