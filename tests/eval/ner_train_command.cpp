// `telusur-eval train-ner` trains the entity tagger on CoNLL gold files and
// writes models/ner.model; `telusur-eval build-gazetteer` compiles the
// gazetteer sources into models/gazetteer.tsv.gz. Both artifacts are
// committed, so a fresh clone needs neither the gold data nor the sources.
#include "common/entities/entities.h"
#include "common/entities/gazetteer.h"
#include "tests/eval/perceptron_trainer.h"
#include "tests/eval/eval_command.h"
#include "tests/eval/ner_conll.h"
#include "tests/eval/ner_lexicon.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace telusur::eval {
namespace {

namespace fs = std::filesystem;

// ---- build-gazetteer ----

struct GazetteerOptions {
    std::string source;
    std::string out = "models/gazetteer.tsv.gz";
    bool no_dbpedia = false;
    bool no_villages = false;
    std::string epithets = (fs::path(entity_model_dir()) / "sources" / "epithets_curated.tsv").string();
    LexiconOptions lexicon;
};

// Rows of a TSV file with a header, split on tabs (no quoting).
std::vector<std::vector<std::string>> read_tsv(const fs::path& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open gazetteer source: " + path.string());
    std::vector<std::vector<std::string>> rows;
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (header) {
            header = false;
            continue;
        }
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        std::vector<std::string> cells;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, '\t')) cells.push_back(cell);
        rows.push_back(std::move(cells));
    }
    return rows;
}

std::vector<std::string> split_list(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream ss(s);
    std::string item;
    while (std::getline(ss, item, ';'))
        if (!item.empty()) out.push_back(item);
    return out;
}

std::string cell(const std::vector<std::string>& row, std::size_t i) { return i < row.size() ? row[i] : ""; }

std::vector<std::string> words_of(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream ss(s);
    std::string w;
    while (ss >> w) out.push_back(w);
    return out;
}

bool all_upper(const std::string& w) {
    return w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

/// `name` without "Indonesia" before or after it ("Garuda Indonesia" ->
/// "Garuda"), else "".
std::string without_country(const std::string& name) {
    constexpr std::string_view kCountry = "Indonesia";
    const std::string_view n = name;
    if (n.size() > kCountry.size() + 1 && n.ends_with(kCountry) && n[n.size() - kCountry.size() - 1] == ' ')
        return std::string(n.substr(0, n.size() - kCountry.size() - 1));
    if (n.size() > kCountry.size() + 1 && n.starts_with(kCountry) && n[kCountry.size()] == ' ')
        return std::string(n.substr(kCountry.size() + 1));
    return "";
}

// "DKI" when alias is "DKI Jakarta" and name "Daerah Khusus Ibukota
// Jakarta": an upper-case first word of 3+ letters that spells the initials
// of the words the name has before the alias's remaining words. "" if not.
std::string leading_acronym(const std::string& alias, const std::string& name) {
    const auto a = words_of(alias), n = words_of(name);
    if (a.size() < 2 || !all_upper(a[0]) || a[0].size() < 3 || n.size() < a[0].size() + a.size() - 1) return "";
    const std::size_t lead = n.size() - (a.size() - 1);
    if (lead != a[0].size() || !std::equal(a.begin() + 1, a.end(), n.begin() + static_cast<long>(lead))) return "";
    for (std::size_t i = 0; i < lead; ++i)
        if (n[i][0] != a[0][i]) return "";
    return a[0];
}

// Indonesian news shortens a listed person to initials and surname ("BJ
// Habibie", "B.J. Habibie" for Bacharuddin Jusuf Habibie). Each form that
// exactly one listed person of three or four names yields, and that is no
// listed name, becomes an alias of that person. (Initials alone, "SBY",
// would be a person hint on every three-letter acronym, so they are not
// generated.)
void add_person_initials(ner::Gazetteer& g, const std::vector<std::string>& people) {
    std::map<std::string, std::vector<const std::string*>> forms;
    std::set<std::string> listed;
    for (const std::string& p : people) listed.insert(ner::to_lower(p));
    for (const std::string& p : people) {
        const auto w = words_of(p);
        if (w.size() < 3 || w.size() > 4) continue;
        bool plain = true;  // capitalized ASCII words of 3+ letters
        for (const std::string& x : w)
            plain = plain && x.size() >= 3 && x[0] >= 'A' && x[0] <= 'Z' &&
                    std::all_of(x.begin() + 1, x.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (!plain) continue;
        std::string initials, dotted;
        for (std::size_t i = 0; i + 1 < w.size(); ++i) {
            initials += w[i][0];
            dotted += std::string(1, w[i][0]) + ".";
        }
        forms[initials + " " + w.back()].push_back(&p);
        forms[dotted + " " + w.back()].push_back(&p);
    }
    std::size_t added = 0;
    for (const auto& [form, who] : forms) {
        if (who.size() != 1 || listed.count(ner::to_lower(form)) != 0) continue;
        const std::uint64_t h = ner::Gazetteer::phrase_hash(form);
        if (g.canonical(ner::kGazOrg, h) != nullptr || g.canonical(ner::kGazLoc, h) != nullptr) continue;
        g.add("A:PER", form, *who[0]);
        ++added;
    }
    std::printf("person initials: %zu aliases\n", added);
}

// The project's curated epithets (alias, type, canonical, any_type, note):
// names the news gives a thing that no article defines ("Kabau Sirah",
// "Pulau Dewata", "The Fed"), as "E:<type>" rows, which name the thing
// whatever type the tagger gave the mention; any_type "no" (a club's short
// name that is also its city's, "Dortmund") as "A:<type>" rows, which name
// it where tagged with its type only. A canonical form the lists already
// fold ("Yogyakarta" -> "Daerah Istimewa Yogyakarta") is followed, so the
// epithet reaches the key its thing's own name gets.
void add_epithets(ner::Gazetteer& g, const std::string& path) {
    std::size_t added = 0;
    for (const auto& r : read_tsv(path)) {
        const std::string& type = cell(r, 1);
        if (type != "PER" && type != "ORG" && type != "LOC")
            throw std::runtime_error("epithet of unknown type '" + type + "' in " + path + ": " + cell(r, 0));
        const ner::GazType gaz_type = type == "PER" ? ner::kGazPer : type == "ORG" ? ner::kGazOrg : ner::kGazLoc;
        std::string canonical = cell(r, 2);
        if (!canonical.starts_with("@"))
            if (const std::string* listed =
                    g.canonical(gaz_type, ner::Gazetteer::phrase_hash(canonical.empty() ? cell(r, 0) : canonical)))
                canonical = *listed;
        if (cell(r, 3) == "no")
            g.add("A:" + type, cell(r, 0), canonical.empty() ? cell(r, 0) : canonical);
        else
            g.add("E:" + type, cell(r, 0), canonical);
        ++added;
    }
    std::printf("epithets: %zu\n", added);
}

int run_build_gazetteer(const GazetteerOptions& opt) {
    const fs::path src(opt.source);
    ner::Gazetteer g;
    // Order matters: the first canonical form listed for a phrase wins.
    // Countries: ICU's own names are added at load time; here only the CLDR
    // short/variant forms and the curated aliases, resolved through ICU.
    for (const auto& r : read_tsv(src / "country_aliases_id_curated.tsv")) g.add("LOC", cell(r, 0), "@" + cell(r, 1));
    for (const auto& r : read_tsv(src / "countries_id_icu.tsv")) {
        if (!cell(r, 2).empty()) g.add("LOC", cell(r, 2), "@" + cell(r, 0));
        if (!cell(r, 3).empty()) g.add("LOC", cell(r, 3), "@" + cell(r, 0));
    }
    for (const auto& r : read_tsv(src / "world_regions_id_icu.tsv"))
        g.add(cell(r, 0) == "EU" || cell(r, 0) == "UN" ? "ORG" : "LOC", cell(r, 1), "");
    for (const auto& r : read_tsv(src / "id_provinces.tsv")) {
        g.add("LOC", cell(r, 1), "");
        for (const auto& a : split_list(cell(r, 2))) {
            g.add("LOC", a, cell(r, 1));
            // "DKI Jakarta" for "Daerah Khusus Ibukota Jakarta": the
            // acronym alone ("DKI") names the province too.
            if (const std::string acr = leading_acronym(a, cell(r, 1)); !acr.empty()) g.add("A:LOC", acr, cell(r, 1));
        }
    }
    for (const auto& r : read_tsv(src / "id_regencies_cities.tsv")) {
        g.add("LOC", cell(r, 1), "");
        g.add("LOC", cell(r, 3), "");
    }
    for (const auto& r : read_tsv(src / "id_districts.tsv")) g.add("LOCW", cell(r, 1), "");
    if (!opt.no_villages) {
        // Village names (desa, kelurahan): a feature-only list; many repeat
        // across kecamatan, so each once, sorted.
        std::set<std::string> villages;
        for (const auto& r : read_tsv(src / "id_villages.tsv")) villages.insert(cell(r, 1));
        for (const std::string& v : villages) g.add("LOCV", v, "");
    }
    {
        // An alias that is another listed body's name without "Indonesia"
        // names that body too, as the news writes it ("Garuda", a party's
        // short name, and Garuda Indonesia, the airline): a body's name, no
        // alias of either.
        const auto institutions = read_tsv(src / "id_institutions_curated.tsv");
        const auto parties = read_tsv(src / "id_political_parties_curated.tsv");
        std::set<std::string> names_without_country;
        for (const auto* list : {&institutions, &parties})
            for (const auto& r : *list) {
                std::vector<std::string> names = split_list(cell(r, 1));
                names.push_back(cell(r, 0));
                for (const std::string& name : names)
                    if (const std::string bare = without_country(name); !bare.empty())
                        names_without_country.insert(bare);
            }
        for (const auto* list : {&institutions, &parties})
            for (const auto& r : *list) {
                g.add("ORG", cell(r, 0), "");
                for (const auto& a : split_list(cell(r, 1)))
                    g.add("ORG", a, names_without_country.count(a) != 0 ? "" : cell(r, 0));
            }
    }
    for (const auto& r : read_tsv(src / "triggers_curated.tsv")) g.add("T:" + cell(r, 1), cell(r, 0), "");
    if (!opt.no_dbpedia) {
        // Wikipedia titles (CC BY-SA 3.0). Places written "Village, District,
        // Regency" are villages: too ambiguous, skipped.
        std::vector<std::string> people;
        for (const auto& r : read_tsv(src / "dbpedia_id_person.tsv"))
            if (ner::starts_upper(cell(r, 1))) {
                g.add("PER", cell(r, 1), "");
                people.push_back(cell(r, 1));
            }
        for (const auto& r : read_tsv(src / "dbpedia_id_organization.tsv"))
            if (ner::starts_upper(cell(r, 1))) g.add("ORG", cell(r, 1), "");
        for (const auto& r : read_tsv(src / "dbpedia_id_place.tsv"))
            if (cell(r, 1).find(',') == std::string::npos && ner::starts_upper(cell(r, 1)))
                g.add("LOC", cell(r, 1), "");
        add_person_initials(g, people);  // after the other lists, which its forms must not shadow
    }
    if (!opt.epithets.empty()) add_epithets(g, opt.epithets);  // after the lists whose names they follow
    if (!opt.lexicon.corpus.empty()) add_corpus_lexicon(g, opt.lexicon);
    g.save(opt.out);
    std::printf("wrote %s: %zu entries (%ju bytes)\n", opt.out.c_str(), g.size(),
                static_cast<std::uintmax_t>(fs::file_size(opt.out)));
    return 0;
}

// ---- train-ner ----

struct TrainOptions {
    std::vector<std::string> data;
    std::vector<std::string> eval_only;
    std::string out = "models/ner.model";
    std::string gazetteer;
    int epochs = 10;
    double dev_fraction = 0.0;
    double dev_offset = 0.0;
    float prune = 0.0f;
    std::uint64_t seed = 42;
    int ensemble = 3;
};

struct DevFile {
    std::string path;
    std::array<bool, 3> types;
    std::vector<ConllSentence> sentences;
};

int run_train(const TrainOptions& opt) {
    const std::string gaz_path =
        opt.gazetteer.empty() ? (fs::path(opt.out).parent_path() / "gazetteer.tsv.gz").string() : opt.gazetteer;
    auto gaz = std::make_shared<ner::Gazetteer>(ner::Gazetteer::load(gaz_path));

    std::vector<ner::TrainSentence> train;
    std::vector<DevFile> dev;
    for (const std::string& path : opt.data) {
        const auto types = default_scored_types(path);
        DevFile df{path, types, {}};
        std::size_t n_train = 0;
        for (ConllSentence& s : read_conll(path)) {
            if (in_dev_split(s, opt.dev_fraction, opt.dev_offset)) {
                df.sentences.push_back(std::move(s));
                continue;
            }
            ner::TrainSentence ts;
            std::vector<std::string_view> views(s.tokens.begin(), s.tokens.end());
            ner::prepare_sentence(views.data(), views.size(), *gaz, ts.features);
            for (const std::string& t : s.tags) {
                ner::Tag tag = ner::parse_tag(t);
                if (tag == ner::kNumTags) throw std::runtime_error("unknown tag '" + t + "' in " + path);
                ts.gold.push_back(tag);
            }
            ts.no_org = !types[1];
            train.push_back(std::move(ts));
            ++n_train;
        }
        std::printf("%s: %zu train, %zu dev sentences\n", path.c_str(), n_train, df.sentences.size());
        if (!df.sentences.empty()) dev.push_back(std::move(df));
    }
    for (const std::string& path : opt.eval_only) {
        DevFile df{path, default_scored_types(path), {}};
        for (ConllSentence& s : read_conll(path))
            if (in_dev_split(s, opt.dev_fraction, opt.dev_offset)) df.sentences.push_back(std::move(s));
        if (!df.sentences.empty()) dev.push_back(std::move(df));
    }

    // An ensemble: trainers that see the data in different orders; the
    // model is the mean of their averaged weights.
    std::vector<ner::PerceptronTrainer> trainers(static_cast<std::size_t>(std::max(1, opt.ensemble)));
    std::vector<std::mt19937_64> rngs;
    std::vector<const ner::PerceptronTrainer*> members;
    for (std::size_t k = 0; k < trainers.size(); ++k) {
        rngs.emplace_back(opt.seed + 1000003ULL * k);
        members.push_back(&trainers[k]);
    }
    const auto average = [&] { return ner::PerceptronTrainer::averaged(members, opt.prune); };
    std::shared_ptr<ner::PerceptronModel> best;
    double best_score = -1;
    int best_epoch = 0;
    for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
        const auto t0 = std::chrono::steady_clock::now();
        std::size_t errors = 0;
        for (std::size_t k = 0; k < trainers.size(); ++k) errors += trainers[k].train_epoch(train, rngs[k]);
        const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::printf("epoch %d: %zu token errors, %zu features, %.1f s\n", epoch, errors, trainers[0].size(), secs);
        if (dev.empty()) continue;
        auto model = std::make_shared<ner::PerceptronModel>(average());
        double sum = 0;
        for (bool rules : {false, true}) {
            const EntityExtractor x(model, gaz, ExtractorOptions{rules});
            std::printf("  dev %-8s", rules ? "+rules" : "model");
            double sum_rules = 0;
            for (const DevFile& df : dev) {
                NerCounts c;
                for (const ConllSentence& s : df.sentences) c.add_sentence(s, x.extract_tokens(s.tokens), df.types);
                const double f1 = micro(c, df.types).f1;
                sum_rules += f1;
                std::printf(" %s=%.2f", fs::path(df.path).stem().c_str(), 100 * f1);
            }
            std::printf(" mean=%.2f\n", 100 * sum_rules / dev.size());
            if (rules) sum = sum_rules;
        }
        if (sum > best_score) {
            best_score = sum;
            best_epoch = epoch;
            best = model;
        }
    }
    if (!best)
        best = std::make_shared<ner::PerceptronModel>(average());
    else
        std::printf("best epoch by mean dev F1 (+rules): %d (%.2f)\n", best_epoch, 100 * best_score / dev.size());
    best->save(opt.out);
    std::printf("wrote %s: %zu features (%ju bytes)\n", opt.out.c_str(), best->size(),
                static_cast<std::uintmax_t>(fs::file_size(opt.out)));
    return 0;
}

const RegisterCommand reg_gaz{[](CLI::App& app, int* rc) {
    auto opt = std::make_shared<GazetteerOptions>();
    auto* sub = app.add_subcommand("build-gazetteer", "Compile gazetteer sources into models/gazetteer.tsv.gz");
    sub->add_option("--source", opt->source, "directory of gazetteer TSVs (e.g. /work/shared/gazetteer)")
        ->required()
        ->check(CLI::ExistingDirectory);
    sub->add_option("--out", opt->out, "output file")->capture_default_str();
    sub->add_flag("--no-dbpedia", opt->no_dbpedia, "leave out the DBpedia (CC BY-SA) name lists");
    sub->add_flag("--no-villages", opt->no_villages,
                  "leave out the village names (id_villages.tsv, a feature-only list)");
    sub->add_option("--epithets", opt->epithets,
                    "the project's curated epithets (alias, type, canonical, any_type, note; \"\" for none)")
        ->capture_default_str();
    sub->add_option("--corpus", opt->lexicon.corpus,
                    "unlabeled JSON-lines news (\"body\" field, may be gzip'd) for the word classes; repeatable")
        ->check(CLI::ExistingFile);
    sub->add_option("--clusters", opt->lexicon.clusters, "word clusters")->capture_default_str();
    sub->add_option("--min-count", opt->lexicon.min_count, "lexicon: minimum word frequency")->capture_default_str();
    sub->add_option("--max-words", opt->lexicon.max_words, "lexicon: most frequent words kept")->capture_default_str();
    sub->callback([opt, rc] { *rc = run_build_gazetteer(*opt); });
}};

const RegisterCommand reg_train{[](CLI::App& app, int* rc) {
    auto opt = std::make_shared<TrainOptions>();
    auto* sub = app.add_subcommand("train-ner", "Train the entity tagger (averaged perceptron) on CoNLL BIO files");
    sub->add_option("--data", opt->data, "CoNLL training file; repeatable (repeat a file to weight it)")
        ->required()
        ->check(CLI::ExistingFile);
    sub->add_option("--eval", opt->eval_only, "CoNLL file whose dev split is only scored, not trained on")
        ->check(CLI::ExistingFile);
    sub->add_option("--out", opt->out, "model file to write")->capture_default_str();
    sub->add_option("--gazetteer", opt->gazetteer, "compiled gazetteer (default: gazetteer.tsv.gz next to --out)");
    sub->add_option("--epochs", opt->epochs, "training passes")->capture_default_str();
    sub->add_option("--dev-fraction", opt->dev_fraction,
                    "hold out this fraction of each file (by sentence text) and report dev F1 per epoch; "
                    "the best epoch's model is written")
        ->capture_default_str();
    sub->add_option("--dev-offset", opt->dev_offset,
                    "start of the dev slice in the hash range, 0..1 (another fold for model selection)")
        ->capture_default_str();
    sub->add_option("--prune", opt->prune, "drop features whose largest |weight| is below this")->capture_default_str();
    sub->add_option("--seed", opt->seed, "shuffle seed")->capture_default_str();
    sub->add_option("--ensemble", opt->ensemble,
                    "train this many perceptrons on different orders and average their weights")
        ->capture_default_str();
    sub->callback([opt, rc] { *rc = run_train(*opt); });
}};

}  // namespace
}  // namespace telusur::eval
