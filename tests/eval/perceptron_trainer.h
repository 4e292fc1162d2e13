// Training of the entity tagger: the averaged structured perceptron
// (Collins 2002) over the features and the Viterbi decoder of
// common/entities, producing a PerceptronModel. Only `telusur-eval
// train-ner` links it; the tools only load the model it writes.
#pragma once

#include "common/entities/bio_tags.h"
#include "common/entities/ner_text.h"
#include "common/entities/perceptron_model.h"
#include "common/entities/tagger_features.h"
#include "common/entities/viterbi.h"

#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace telusur::ner {

/// One training sentence, with its features already prepared.
struct TrainSentence {
    SentenceFeatures features;
    std::vector<Tag> gold;
    bool no_org = false;  ///< the source never tags ORG: don't punish predicting it
};

/// Averaged perceptron training (Collins 2002) with lazy averaging.
class PerceptronTrainer {
public:
    /// One pass over the sentences in a shuffled order (structured
    /// perceptron: decode, then update the gold path up and the predicted
    /// path down where they differ); returns token errors.
    std::size_t train_epoch(std::vector<TrainSentence>& data, std::mt19937_64& rng);
    /// Averaged weights, dropping features whose largest |weight| is below
    /// prune_below.
    PerceptronModel averaged(float prune_below) const;
    /// The mean of several trainers' averaged weights (an ensemble of
    /// perceptrons trained in different orders), pruned like averaged().
    static PerceptronModel averaged(const std::vector<const PerceptronTrainer*>& trainers, float prune_below);
    std::size_t size() const { return index_.size(); }

private:
    // Decodes one sentence with the current weights into pred_.
    void decode(const SentenceFeatures& s);
    // gold_: the sentence's gold tags, moved onto paths the decoder can
    // produce, and unpunished ORG guesses where the source has no ORG.
    void reachable_gold(const TrainSentence& ts);
    // Updates the weights where gold_ and pred_ differ; returns token errors.
    std::size_t update_differences(const SentenceFeatures& s);
    void update(std::uint64_t key, Tag tag, float delta);
    // Weight slot j summed over every step so far (lazy averaging).
    double average_total(std::size_t j) const;

    FlatMap64 index_;
    std::vector<std::uint64_t> keys_;  // by index
    std::vector<float> weights_;
    std::vector<double> totals_;
    std::vector<std::uint32_t> stamps_;
    std::uint32_t now_ = 0;
    ViterbiScratch scratch_;
    std::vector<Tag> pred_, gold_;
};

}  // namespace telusur::ner
