// Morphology evaluation by class (issue 18): (affixed word, root) pairs built
// from the hunspell-id lexicon the stemmer is compiled with, so that accuracy
// can be measured on words no rule was fitted to. Shared by `telusur-eval stem
// --morphology` and the CI floor in tests/test_stem_eval.cpp.
#pragma once

#include "common/stemmer/stem_eval.h"

#include <string>
#include <vector>

namespace telusur {

struct MorphologyClass {
    std::string name;
    std::string what;  ///< one line: how the pairs are made
    std::vector<StemGoldPair> pairs;
};

/// The classes, each with up to max_pairs pairs (an even, deterministic
/// sample when there are more). Pairs come from hunspell's own derivations
/// (prefix, suffix, confix) and from forms built from them by the rules of
/// Indonesian morphology that hunspell has no class for (particles after
/// possessives, meN-/di- + per-, reduplication with affixes). A built form
/// that is itself a dictionary entry or a derived form of some root, or a
/// derived form with more than one root, is ambiguous and left out.
std::vector<MorphologyClass> morphology_classes(std::size_t max_pairs = 3000);

}  // namespace telusur
