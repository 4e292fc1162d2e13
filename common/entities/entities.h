// Named-entity extraction for Indonesian news: PER, ORG and LOC spans with a
// canonical name per real-world thing, so facets count "AS", "Amerika
// Serikat" and "Negeri Paman Sam" as one. An averaged-perceptron BIO tagger
// (trained by `telusur-eval train-ner` on human-annotated data) does most of
// the work; a compiled gazetteer feeds it features, supplies canonical
// names and, with trigger-word rules, catches what the model misses.
//
// The model and gazetteer are read at run time from the directory named by
// the environment variable TELUSUR_MODEL_DIR, or else the source tree's
// models/ folder (see docs/entities.md).
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace telusur {

namespace ner {
class PerceptronModel;
class Gazetteer;
}  // namespace ner

enum class EntityType { Person, Organization, Location };

/// One entity mention in a text.
struct Entity {
    EntityType type;
    /// As written: a substring of the input, except where a name cut by its
    /// acronym in brackets is joined ("Taman Makam Pahlawan (TMP) Kalibata"
    /// -> "Taman Makam Pahlawan Kalibata"; begin and end span the whole).
    std::string text;
    std::string canonical;   ///< the name facets and filters use ("Korut" -> "Korea Utara")
    std::size_t begin, end;  ///< byte offsets of text in the input: [begin, end)
    /// Which sentence of the input (0-based, as the tagger split it) the
    /// mention starts in: the indexer tells names written together from
    /// names written apart by it.
    unsigned sentence = 0;
    /// The text defines this mention's words as a nickname of `canonical`
    /// ("The Gunners, julukan Arsenal"): the indexer records the definition
    /// for the whole database (schema.h's definition terms).
    bool defined_nickname = false;
};

/// One entity over pre-tokenized input: tokens [first, last).
struct TokenEntity {
    EntityType type;
    std::size_t first, last;
    std::string canonical;
};

/// Switches used by the evaluation to measure each component.
struct ExtractorOptions {
    bool rules = true;  ///< gazetteer and trigger rules after the model
    /// Which rules (value 1: person after a title or speech verb, 2:
    /// organisation head + name, 4: gazetteer names the model missed, 8:
    /// person after a title when the name's first word is one the news
    /// corpus nearly always capitalizes). 4 and 8 are on by default: on
    /// held-out news 1 and 2 cost 0.2-1.2 F1 ("Menteri Energi" -> PER
    /// "Energi"); 8 is neutral there (-0.1 on nerui) and catches names the
    /// model misses after a rank ("Mayor Jenderal Andika Perkasa").
    /// Clean-up for real news text, which removes or cuts the model's spans
    /// and never adds one (on): 32, a span is cut at a word the news
    /// corpus writes in lower case (a Title Case headline's verb: "Kim Jong
    /// Un Marahi"); 64, spans with a site name or byline ("KOMPAS.com",
    /// "jhn/yn") and storm names ("Topan Lingling") are dropped; 128, a
    /// person span that starts with a listed one-word place or organisation
    /// is split ("AS Donald Trump"). 256 (extract() only): within one text,
    /// one type per string, acronyms defined in parentheses or after
    /// "atau"/"alias" and a person's nickname given so ("Basuki Tjahaja
    /// Purnama alias Ahok") take the canonical name of their full form.
    /// 64 also drops coordinate hemispheres ("6.40 LS"), statutes ("RUU
    /// Pertahanan"), a one-word place that is a lower-case word ending an
    /// untagged name ("Piala Dunia") and, in extract(), sports events tagged
    /// as places ("Davis Cup"); 32 also cuts a span at a headline's verb
    /// inside it ("Kanada Lintasi Selat Taiwan"). 512: a rank that ends an
    /// organisation's or place's span is cut off ("Polda Jateng AKBP").
    /// 256 also drops acronyms the text spells out in lower case ("daftar
    /// pencarian orang (DPO)"), cuts an acronym off a person ("DPO Veronica
    /// Koman", "Jin BTS"), splits two names glued into one span ("Kudus Jawa
    /// Tengah", "PKS Refriza") and types a club named after its city
    /// ("bek Liverpool") or by its nickname ("tim berjuluk Maung Bandung")
    /// as an organisation. 256 also cuts a minister's title (derived from
    /// the ministry's abbreviation: "Menpar"), a rank, or a title the text
    /// uses as one ("Pangeran Harry" beside "Pangeran Charles") off a
    /// person, a verb off a name the text also writes without it ("PB
    /// Djarum Berdamai"), drops lone initials ("T."), and makes a surname
    /// tagged as a village the person ("Sadio Mane" ... "Mane"), and one
    /// person of a name with a nickname in quotes inside ("Saul 'Canelo'
    /// Alvarez", keyed "Saul Alvarez"). 256 also completes a body's name the
    /// model cut at "dan" or a comma up to its acronym or to a name the
    /// gazetteer lists ("Badan Meteorologi, Klimatologi dan Geofisika"), and
    /// cuts words glued before a body that its acronym skips ("Direktur
    /// Eksekutif Institute for ... (IESR)"). 512 also joins the first word of a
    /// two-word head the model left out to the span after it ("Direktorat"
    /// of "Direktorat Jenderal Pajak"). 1024: a person's name split at a
    /// surname particle is joined ("Marc-Andre ter Stegen"), a flight's
    /// code is cut off an airline ("Trigana Air IL 267"), and a hero's name
    /// after a facility's head joins it ("RSPAD Gatot Soebroto", "Jalan
    /// Ahmad Yani"). 32 also, in
    /// extract_article() only, cuts an ordinary word glued to the edge of a
    /// Title Case title's name or before a name starting a body's sentence
    /// where the article names the rest alone ("Liverpool Sempurna",
    /// "Kesangsian Bondan").
    unsigned rule_mask = 0x7EC;
};

/// An article's entities: its title's and its body's, each in text order
/// (offsets into that text).
struct ArticleEntities {
    std::vector<Entity> title, body;
};

class EntityExtractor {
public:
    /// The extractor with the committed model and gazetteer, loaded once on
    /// first use (thread-safe).
    /// @throws std::runtime_error naming the missing or unreadable file.
    static const EntityExtractor& instance();

    /// Loads ner.model and gazetteer.tsv.gz from a model directory.
    /// @throws std::runtime_error naming the missing or unreadable file.
    static EntityExtractor load(const std::string& model_dir, ExtractorOptions options = {});

    /// Builds an extractor from parts already in memory (training, tests).
    EntityExtractor(std::shared_ptr<const ner::PerceptronModel> model, std::shared_ptr<const ner::Gazetteer> gazetteer,
                    ExtractorOptions options = {});

    /// Entities in raw UTF-8 text in original case, in text order. Splits
    /// sentences and tokenizes internally. Thread-safe.
    std::vector<Entity> extract(std::string_view text) const;

    /// Entities of an article's title and body: extract() of each, then
    /// (rule 32) a Title Case title's name cut where a word of the headline's
    /// sentence is glued to its edge and the article names the rest alone
    /// ("Liverpool Sempurna", "Guncang Papua Barat" beside "Papua Barat").
    /// Thread-safe.
    ArticleEntities extract_article(std::string_view title, std::string_view body) const;

    /// Entities in one pre-tokenized sentence (the evaluation's entry point;
    /// same model and rules as extract()). Thread-safe.
    std::vector<TokenEntity> extract_tokens(const std::vector<std::string>& tokens) const;

    /// Canonical name of a mention of this type: the gazetteer's canonical
    /// form if the name (case-insensitive) is a known alias, else the name
    /// with normalized spacing.
    std::string canonical_name(EntityType type, std::string_view name) const;

private:
    struct Impl;
    std::shared_ptr<const Impl> impl_;
};

/// "PER", "ORG", "LOC".
std::string_view entity_type_name(EntityType type);

/// The gazetteer's canonical form of a name (case-insensitive, alias-aware):
/// "korut" -> "Korea Utara"; unknown names are returned with normalized
/// spacing. Uses EntityExtractor::instance(), so the query side does not call
/// it: filters resolve names from the database (entity_names.h).
std::string canonical_entity_name(EntityType type, std::string_view name);

/// The words of a name (split at spaces).
std::vector<std::string_view> name_words(std::string_view name);
/// Whether the words of `part` start or end those of `whole`, which has more
/// ("Austin" and "Lloyd Austin", "Van Dijk" and "Virgil Van Dijk").
bool starts_or_ends_name(const std::vector<std::string_view>& part, const std::vector<std::string_view>& whole);

/// One article's people, as canonical names in order of first mention and
/// mentions per name: a person is named in full once, then by surname or
/// first name ("Lloyd Austin" ... "ujar Austin"), so a name that exactly one
/// longer name of the article starts or ends with (word by word, case aside:
/// "Ter Stegen" of "Marc-Andre ter Stegen") is folded
/// into it, with its mentions. Ambiguous short names stay. `folded_into`, if
/// given, receives each folded name -> the name it was folded into.
void merge_person_name_parts(std::vector<std::string>& names, std::map<std::string, unsigned>& counts,
                             std::map<std::string, std::string>* folded_into = nullptr);

/// The directory the committed model is read from: $TELUSUR_MODEL_DIR if
/// set and non-empty, else <source tree>/models.
std::string entity_model_dir();

}  // namespace telusur
