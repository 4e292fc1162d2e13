// `telusur-eval name-merges`: every entity key of a database that EntityNames
// resolves to another key, with the articles of each and the rule that merged
// them, so that the merges can be read and the wrong ones counted.
//   middle:   a person's name without its middle names ("anies rasyid
//             baswedan" -> "anies baswedan")
//   surname:  a person's name without its last word, which the articles of
//             the longer name write too ("hotman paris hutapea" -> "hotman
//             paris")
//   spelling: hyphens, the spelling before 1972 ("gatot soebroto" -> "gatot
//             subroto")
//   schwa:    the spelling with or without the schwa before an "r" that
//             more articles write ("bumi cendrawasih" -> "bumi
//             cenderawasih", "kementrian" -> "kementerian")
//   first-name: another form of a person's first name, the one more
//             articles write ("mike pompeo" -> "michael pompeo")
//   designator: a designator, legal form or honorific dropped ("provinsi
//             riau" -> "riau", "pt pertamina" -> "pertamina", "kh ma'ruf
//             amin", "kang emil" -> what "emil" stands for), or a national
//             body's other designated form ("kepolisian ri" -> "kepolisian
//             negara republik indonesia")
//   region-unit: a regency's or city's bare name that articles write with
//             the unit more ("jayawijaya" -> "kabupaten jayawijaya")
//   parenthesis: a key cut inside its parenthesis, closed or without it
//             ("pt pln (persero" -> "pt pln (persero)" or what that
//             stands for)
//   home-place: an organization without its home place ("persib bandung"
//             -> "persib", or what "persib" stands for)
//   short-form: a one-word name the articles naming it name beside a
//             longer one it could be short for ("emil" -> "ridwan kamil",
//             "ugm"; the index's short-form terms)
//   completed: an organization's name cut short or without its commas, the
//             one longer name it starts ("polda metro" -> "polda metro
//             jaya", "badan meteorologi klimatologi")
//   place-in-full: an organization named with its place's short form
//             ("polda jatim" -> "polda jawa timur")
//   acronym-expanded: a head and the acronym of the rest, the body named
//             in full ("dinas lh" -> "dinas lingkungan hidup")
//   slash-head: a government body's name under another head that the
//             news joins to it with a slash ("badan perencanaan pembangunan
//             nasional" -> "kementerian perencanaan pembangunan nasional",
//             written "Kementerian PPN/Bappenas")
//   head-acronym: an organization's acronym of its name after its head,
//             which articles spell out ("lhk" -> "kementerian lingkungan
//             hidup dan kehutanan", written "Menteri LHK")
//   second-name: a name the articles naming it write apart from one much
//             commoner name they name more ("los blancos" -> "real madrid";
//             the index's second-name terms)
//   slip:     a person's rare name with a slip in a later word ("bj
//             habbie" -> "bj habibie"'s key), three letters shuffled
//             ("victor omsihen"), or a slip in the first word before a
//             surname ("wullem wandik")
//   pair:     a pair of players in the other order, or by one word of
//             each name ("markis/hendra" -> "markis kido/hendra setiawan")
//   title:    a title before a person's one word ("dr habibie", "h laoly")
//   initials: a person's leading given names spelled out where the news
//             writes their initials ("burhanuddin jusuf habibie" -> what
//             "bj habibie" is written for)
//   nickname-surname: a nickname the news defines for a person before
//             the person's surname ("rudy habibie")
//   quoted-nickname: a nickname quoted inside a person's name, with the
//             name's first or last word ("andi farid izdihar", written "Andi
//             'Gilang' Farid Izdihar", -> "andi gilang")
//   clipped:  a person's one-word name clipped from a longer one beside it
//             ("gusmi" -> "gusmiadirrahman", "djoksis" -> "djoko siswanto")
//   answer-clip: within one article, a person's one word clipped from the
//             one longer name beside it that the database names beside it
//             again ("ani" -> "sri mulyani", "jk" -> "jusuf kalla")
//   answer-honorific: within one article, an honorific before a word of
//             the one longer name holding it ("sus beben" -> "beben
//             nurfadilah")
//   defined:  a nickname the news defines for a name in so many words
//             ("the gunners" -> "arsenal", "maung bandung" -> "persib";
//             the index's definition terms)
//   team-nickname: a team word before a nickname the news defines
//             ("tim maung bandung" -> "persib", "skuat garuda" -> "timnas
//             indonesia")
//   central-board: a central board before a body's acronym ("pb pbsi",
//             "pp pbsi" -> what "pbsi" stands for)
//   central-level: a body's acronym before "Pusat", its central level
//             ("kpi pusat" -> what "kpi" stands for)
//   airline-place: an airline with a place after it, where its flight goes
//             or its station is ("wings air berau" -> "wings air")
//   country-long-form: a country's official long form ("republik islam
//             iran" -> "iran", "kerajaan saudi" -> "arab saudi")
//   facility: not corpus-wide: what same_thing_as() joins within one
//             answer of a facility with and without a town after its name
//             or "Internasional" ("bandara supadio pontianak", "bandara
//             supadio"), over every such key and the keys beside it
//   answer-joins: not corpus-wide, nor one rule's: every pair
//             same_thing_as() joins within one article's list (two builds'
//             lists, diffed, are the joins a change makes or undoes)
//   alias:    a short name, nickname or acronym articles folded into a
//             longer one ("trump" -> "donald trump"), or a chain of rules
#include "common/entities/entity_names.h"
#include "common/entities/one_thing.h"
#include "common/errors.h"
#include "common/schema.h"
#include "tests/eval/eval_command.h"

#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace telusur::eval {
namespace {

struct NameMergeOptions {
    std::vector<std::string> db;
    std::vector<std::string> types;
    std::string rule;
};

/// The key as the spelling rule sees it: hyphens as spaces, "oe", "dj",
/// "tj" as "u", "j", "c".
std::string spelling_folded(std::string key) {
    for (auto& c : key)
        if (c == '-') c = ' ';
    for (const auto& [from, to] : {std::pair<std::string, std::string>{"oe", "u"}, {"dj", "j"}, {"tj", "c"}})
        for (std::size_t at; (at = key.find(from)) != std::string::npos;) key.replace(at, from.size(), to);
    std::string squeezed;
    for (const char c : key)
        if (c != ' ' || (!squeezed.empty() && squeezed.back() != ' ')) squeezed += c;
    while (!squeezed.empty() && squeezed.back() == ' ') squeezed.pop_back();
    return squeezed;
}

std::string rule_of(EntityNames& names, const schema::EntityTypeSchema& type, const std::string& key,
                    const std::string& into) {
    const auto first_end = key.find(' '), last_start = key.rfind(' ');
    if (first_end != std::string::npos && first_end != last_start &&
        into == key.substr(0, first_end) + key.substr(last_start))
        return "middle";
    if (type.type == EntityType::Person && first_end != std::string::npos && first_end != last_start &&
        into == key.substr(0, last_start))
        return "surname";
    if (spelling_folded(key) == spelling_folded(into)) return "spelling";
    // Whether a rule's name for the key (none: "") is where it resolved, or leads there.
    const auto leads_to_into = [&](const std::string& via) {
        return !via.empty() && (via == into || names.resolve(type, via) == into);
    };
    if (leads_to_into(names.commoner_first_name(type, key))) return "first-name";
    if (leads_to_into(names.commoner_schwa_spelling(type, key))) return "schwa";
    if (leads_to_into(names.commoner_slip(type, key))) return "slip";
    if (leads_to_into(names.with_initials_written(type, key))) return "initials";
    if (leads_to_into(names.nickname_with_surname_of(type, key))) return "nickname-surname";
    if (leads_to_into(names.quoted_nickname_of(type, key))) return "quoted-nickname";
    if (leads_to_into(names.doubles_pair_of(type, key))) return "pair";
    if (leads_to_into(names.defined_as(type, key))) return "defined";
    if (leads_to_into(names.team_of_nickname(type, key))) return "team-nickname";
    if (leads_to_into(names.body_of_central_board(type, key))) return "central-board";
    if (leads_to_into(names.body_of_central_level(type, key))) return "central-level";
    if (leads_to_into(names.airline_without_place(type, key))) return "airline-place";
    if (const std::string bare = EntityNames::without_designator_word(type.type, key);
        !bare.empty() && (bare == into || into.starts_with(bare + ' ') || names.resolve(type, bare) == into))
        return "designator";
    if (leads_to_into(EntityNames::after_title(type.type, key))) return "title";
    if (leads_to_into(names.with_region_unit(type, key))) return "region-unit";
    if (leads_to_into(names.with_parenthesis_closed(type, key))) return "parenthesis";
    if (leads_to_into(names.country_of_long_form(type, key))) return "country-long-form";
    if (leads_to_into(names.without_home_place(type, key))) return "home-place";
    if (leads_to_into(names.completed_name(type, key))) return "completed";
    if (leads_to_into(names.with_place_in_full(type, key))) return "place-in-full";
    if (leads_to_into(names.with_acronym_expanded(type, key))) return "acronym-expanded";
    if (leads_to_into(names.under_other_head_by_slash(type, key))) return "slash-head";
    if (leads_to_into(names.second_name_of(type, key))) return "second-name";
    if (leads_to_into(names.clipped_name_of(type, key))) return "clipped";
    if (names.head_acronym_written(type, key, into) == true) return "head-acronym";
    if (key.find(' ') == std::string::npos && into.find(' ') != std::string::npos &&
        (' ' + into + ' ').find(' ' + key + ' ') == std::string::npos)
        return "short-form";
    return "alias";
}

/// The rules read by a function of their own: the name each gives a key ("" for none).
const std::map<std::string,
               std::function<std::string(EntityNames&, const schema::EntityTypeSchema&, const std::string&)>>
    rule_targets = {
        {"home-place", std::mem_fn(&EntityNames::without_home_place)},
        {"completed", std::mem_fn(&EntityNames::completed_name)},
        {"place-in-full", std::mem_fn(&EntityNames::with_place_in_full)},
        {"acronym-expanded", std::mem_fn(&EntityNames::with_acronym_expanded)},
        {"slash-head", std::mem_fn(&EntityNames::under_other_head_by_slash)},
        {"defined", std::mem_fn(&EntityNames::defined_as)},
        {"team-nickname", std::mem_fn(&EntityNames::team_of_nickname)},
        {"central-board", std::mem_fn(&EntityNames::body_of_central_board)},
        {"central-level", std::mem_fn(&EntityNames::body_of_central_level)},
        {"airline-place", std::mem_fn(&EntityNames::airline_without_place)},
        {"country-long-form", std::mem_fn(&EntityNames::country_of_long_form)},
        {"schwa", std::mem_fn(&EntityNames::commoner_schwa_spelling)},
        {"first-name", std::mem_fn(&EntityNames::commoner_first_name)},
        {"region-unit", std::mem_fn(&EntityNames::with_region_unit)},
        {"parenthesis", std::mem_fn(&EntityNames::with_parenthesis_closed)},
        {"slip", std::mem_fn(&EntityNames::commoner_slip)},
        {"initials", std::mem_fn(&EntityNames::with_initials_written)},
        {"clipped", std::mem_fn(&EntityNames::clipped_name_of)},
        {"nickname-surname", std::mem_fn(&EntityNames::nickname_with_surname_of)},
        {"quoted-nickname", std::mem_fn(&EntityNames::quoted_nickname_of)},
        {"pair", std::mem_fn(&EntityNames::doubles_pair_of)},
        {"title", [](EntityNames&, const schema::EntityTypeSchema& type,
                     const std::string& key) { return EntityNames::after_title(type.type, key); }},
};

/// The keys of `type` in `db` (hashed long terms aside: they are no names).
std::vector<std::string> keys_of(const Xapian::Database& db, const schema::EntityTypeSchema& type) {
    std::vector<std::string> keys;
    const std::string prefix = type.prefix;
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it)
        if (std::string key = (*it).substr(prefix.size()); schema::make_boolean_term(type.prefix, key) == *it)
            keys.push_back(std::move(key));
    return keys;
}

/// `--rule facility`: what same_thing_as() joins within one answer of a
/// place's key of three words or more and the keys of the database it may
/// be read beside there: without its last word or two (a town after the
/// name), with and without "internasional" after its first word (the head).
int list_facility_joins(const Xapian::Database& db, EntityNames& names) {
    const schema::EntityTypeSchema& type = schema::entity_schema(EntityType::Location);
    const std::vector<std::string> all = keys_of(db, type);
    const std::set<std::string> known(all.begin(), all.end());
    std::set<std::pair<std::string, std::string>> listed;
    std::printf("type\trule\tarticles\tinto_articles\tkey\tinto\n");
    for (const std::string& key : all) {
        std::vector<std::string> words;
        for (std::size_t at = 0; at <= key.size();) {
            const std::size_t end = std::min(key.find(' ', at), key.size());
            words.push_back(key.substr(at, end - at));
            at = end + 1;
        }
        if (words.size() < 3) continue;
        std::vector<std::vector<std::string>> forms{words};
        if (words[1] == "internasional") {
            forms.push_back(words);
            forms.back().erase(forms.back().begin() + 1);
        } else {
            forms.push_back(words);
            forms.back().insert(forms.back().begin() + 1, "internasional");
        }
        std::vector<std::string> list;
        for (const auto& form : forms)
            for (std::size_t drop = 0; drop <= 2 && form.size() >= drop + 2; ++drop) {
                std::string shorter;
                for (std::size_t w = 0; w + drop < form.size(); ++w) shorter.append(w ? " " : "").append(form[w]);
                if (known.count(shorter) == 0) continue;
                // As one answer holds it: resolved.
                if (std::string resolved = names.resolve(type, shorter);
                    std::find(list.begin(), list.end(), resolved) == list.end())
                    list.push_back(std::move(resolved));
            }
        if (list.size() < 2) continue;
        std::vector<std::size_t> articles;
        for (const auto& k : list) articles.push_back(names.termfreq(schema::make_boolean_term(type.prefix, k)));
        const std::vector<std::size_t> into = same_thing_as(type, names, list, articles);
        for (std::size_t i = 0; i < list.size(); ++i)
            if (into[i] != i && listed.emplace(list[i], list[into[i]]).second)
                std::printf("location\tfacility\t%zu\t%zu\t%s\t%s\n", articles[i], articles[into[i]], list[i].c_str(),
                            list[into[i]].c_str());
    }
    std::fprintf(stderr, "location facility: %zu joins\n", listed.size());
    return 0;
}

/// One article's keys of `type`, resolved as a result's entity list holds
/// them (each resolved key once, in term order).
std::vector<std::string> resolved_keys_of(const Xapian::Database& db, Xapian::docid doc, EntityNames& names,
                                          const schema::EntityTypeSchema& type) {
    const std::string prefix = type.prefix;
    std::vector<std::string> list;
    for (auto term = db.termlist_begin(doc); term != db.termlist_end(doc); ++term) {
        const std::string& t = *term;
        if (t.compare(0, prefix.size(), prefix) != 0) continue;
        const std::string key = t.substr(prefix.size());
        if (schema::make_boolean_term(type.prefix, key) != t) continue;
        if (std::string resolved = names.resolve(type, key);
            std::find(list.begin(), list.end(), resolved) == list.end())
            list.push_back(std::move(resolved));
    }
    return list;
}

/// `--rule answer-clip`: what same_thing_as() joins within one article of a
/// person's one-word key and the one longer key of the article it is clipped
/// from (EntityNames::clipped_beside()), the keys resolved as an answer holds
/// them; each pair once, with the articles it joins in. A word of another
/// key of the article is left to same_thing_as()'s other rules, as there.
/// `--rule answer-honorific`: an honorific and a word
/// (EntityNames::after_honorific()) and the one longer key of the article
/// holding that word (as written in the key: same_thing_as() reads the
/// news's forms of it too).
int list_answer_joins(const Xapian::Database& db, EntityNames& names, const std::string& rule) {
    const schema::EntityTypeSchema& type = schema::entity_schema(EntityType::Person);
    const auto has_word = [](const std::string& name, std::string_view word) {
        return (' ' + name + ' ').find(' ' + std::string(word) + ' ') != std::string::npos;
    };
    std::map<std::pair<std::string, std::string>, std::size_t> joins;
    for (auto doc = db.postlist_begin(""); doc != db.postlist_end(""); ++doc) {
        const std::vector<std::string> list = resolved_keys_of(db, *doc, names, type);
        for (const std::string& key : list) {
            std::vector<const std::string*> into;
            if (rule == "answer-honorific") {
                const std::string_view called = EntityNames::after_honorific(key);
                if (called.empty()) continue;
                for (const std::string& full : list)
                    if (&full != &key && full.find(' ') != std::string::npos && !has_word(full, key) &&
                        full.find(key) == std::string::npos && has_word(full, called))
                        into.push_back(&full);
            } else {
                if (key.find(' ') != std::string::npos ||
                    std::any_of(list.begin(), list.end(),
                                [&](const std::string& other) { return other != key && has_word(other, key); }))
                    continue;
                for (const std::string& full : list)
                    if (&full != &key && names.clipped_beside(type, key, full)) into.push_back(&full);
            }
            if (into.size() == 1) ++joins[{key, *into.front()}];
        }
    }
    std::printf("type\trule\tarticles\tinto_articles\tkey\tinto\tjoined_in\n");
    for (const auto& [pair, in] : joins)
        std::printf("person\t%s\t%u\t%u\t%s\t%s\t%zu\n", rule.c_str(),
                    db.get_termfreq(schema::make_boolean_term(type.prefix, pair.first)),
                    db.get_termfreq(schema::make_boolean_term(type.prefix, pair.second)), pair.first.c_str(),
                    pair.second.c_str(), in);
    std::fprintf(stderr, "person %s: %zu pairs\n", rule.c_str(), joins.size());
    return 0;
}

/// `--rule answer-joins`: every pair same_thing_as() joins within one
/// article's list of each type (the article's keys resolved, as a result's
/// entity list holds them), each pair once, with the articles it joins in.
/// Not one rule's: the output of two builds, diffed, is every join a
/// change of same_thing_as() makes or undoes on the whole database.
int list_all_answer_joins(const Xapian::Database& db, EntityNames& names, const std::vector<std::string>& types) {
    std::size_t pairs = 0;
    std::printf("type\trule\tarticles\tinto_articles\tkey\tinto\tjoined_in\n");
    for (const auto& type : schema::kEntityTypes) {
        if (!types.empty() && std::find(types.begin(), types.end(), type.json_key) == types.end()) continue;
        std::map<std::pair<std::string, std::string>, std::size_t> joins;
        for (auto doc = db.postlist_begin(""); doc != db.postlist_end(""); ++doc) {
            const std::vector<std::string> list = resolved_keys_of(db, *doc, names, type);
            if (list.size() < 2) continue;
            const std::vector<std::size_t> into =
                same_thing_as(type, names, list, std::vector<std::size_t>(list.size(), 1));
            for (std::size_t i = 0; i < list.size(); ++i)
                if (into[i] != i) ++joins[{list[i], list[into[i]]}];
        }
        for (const auto& [pair, in] : joins)
            std::printf("%s\tanswer-joins\t%u\t%u\t%s\t%s\t%zu\n", type.json_key,
                        db.get_termfreq(schema::make_boolean_term(type.prefix, pair.first)),
                        db.get_termfreq(schema::make_boolean_term(type.prefix, pair.second)), pair.first.c_str(),
                        pair.second.c_str(), in);
        pairs += joins.size();
    }
    std::fprintf(stderr, "answer-joins: %zu pairs\n", pairs);
    return 0;
}

int run_name_merges(const NameMergeOptions& o) {
    Xapian::Database db;
    for (const auto& path : o.db) db.add_database(Xapian::Database(path));
    EntityNames names(db);
    if (o.rule == "facility") return list_facility_joins(db, names);
    if (o.rule == "answer-clip" || o.rule == "answer-honorific") return list_answer_joins(db, names, o.rule);
    if (o.rule == "answer-joins") return list_all_answer_joins(db, names, o.types);
    std::map<std::string, std::size_t> per_rule;
    std::printf("type\trule\tarticles\tinto_articles\tkey\tinto\n");
    for (const auto& type : schema::kEntityTypes) {
        if (!o.types.empty() && std::find(o.types.begin(), o.types.end(), type.json_key) == o.types.end()) continue;
        for (const std::string& key : keys_of(db, type)) {
            const std::string term = schema::make_boolean_term(type.prefix, key);
            // A rule of its own asked for: only the keys it gives a name (resolving every key takes minutes).
            if (const auto own = rule_targets.find(o.rule);
                own != rule_targets.end() && own->second(names, type, key).empty())
                continue;
            const std::string into = names.resolve(type, key);
            if (into == key) continue;
            const std::string rule = rule_of(names, type, key, into);
            if (!o.rule.empty() && rule != o.rule) continue;
            ++per_rule[std::string(type.json_key) + " " + rule];
            std::printf("%s\t%s\t%u\t%u\t%s\t%s\n", type.json_key, rule.c_str(), db.get_termfreq(term),
                        db.get_termfreq(schema::make_boolean_term(type.prefix, into)), key.c_str(), into.c_str());
        }
    }
    for (const auto& [what, count] : per_rule) std::fprintf(stderr, "%s: %zu merges\n", what.c_str(), count);
    return 0;
}

static const RegisterCommand reg{[](CLI::App& app, int* rc) {
    auto o = std::make_shared<NameMergeOptions>();
    auto* sub = app.add_subcommand("name-merges",
                                   "Every entity key EntityNames resolves to another key, with the rule that merged "
                                   "them (TSV), to judge the merges' precision");
    sub->add_option("--db", o->db, "Database (repeatable: shards)")->required();
    sub->add_option("--type", o->types, "person, organization or location (repeatable; default: all)")
        ->check(CLI::IsMember({"person", "organization", "location"}));
    sub->add_option("--rule", o->rule, "Only this rule's merges")
        ->check(CLI::IsMember({"middle",
                               "surname",
                               "spelling",
                               "schwa",
                               "first-name",
                               "designator",
                               "region-unit",
                               "parenthesis",
                               "home-place",
                               "completed",
                               "place-in-full",
                               "acronym-expanded",
                               "slash-head",
                               "head-acronym",
                               "second-name",
                               "defined",
                               "team-nickname",
                               "central-board",
                               "central-level",
                               "airline-place",
                               "country-long-form",
                               "short-form",
                               "alias",
                               "facility",
                               "answer-clip",
                               "answer-honorific",
                               "answer-joins",
                               "slip",
                               "initials",
                               "clipped",
                               "title",
                               "nickname-surname",
                               "quoted-nickname",
                               "pair"}));
    sub->callback([o, rc] {
        try {
            *rc = run_name_merges(*o);
        } catch (const Xapian::Error& e) {
            std::cerr << "telusur-eval name-merges: error: " << e.get_description() << '\n';
            *rc = 2;
        }
    });
}};

}  // namespace
}  // namespace telusur::eval
