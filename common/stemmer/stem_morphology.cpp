#include "common/stemmer/stem_morphology.h"

#include "common/stemmer/lexicon.h"

#include <array>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

namespace telusur {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// hunspell's derivations: surface -> its one root (forms with two roots, or
// that are dictionary entries themselves, are ambiguous and not kept).
struct Derivations {
    std::map<std::string, std::string> root_of;                       // ordered: a stable sample
    std::unordered_map<std::string, std::set<std::string>> forms_of;  // root -> its derived forms
};

// The project's lemma of a full or rhyming reduplication is its first half
// when that is a word (hunspell's roots abu-abu, tiru-niru: abu, tiru;
// kupu-kupu stays), as in the UD treebanks and docs/stemmer.md.
std::string base_of_reduplication(const Lexicon& lexicon, std::string_view root) {
    const auto dash = root.find('-');
    if (dash == std::string_view::npos) return std::string(root);
    // Rhyming and nasal halves too (tiru-niru, sayur-mayur: tiru, sayur).
    const auto a = root.substr(0, dash), b = root.substr(dash + 1);
    return std::string(a.size() == b.size() && a.substr(1) == b.substr(1) && lexicon.is_root(a) ? a : root);
}

Derivations read_derivations(const Lexicon& lexicon) {
    Derivations d;
    for (std::uint32_t i = 0; i < stemmer_data::kDerivedRecordsSize; ++i) {
        const auto& record = stemmer_data::kDerivedRecords[i];
        const std::string surface(stemmer_data::kWords + record.surface.offset, record.surface.length);
        if (record.root_count != 1 || lexicon.is_root(surface)) continue;
        const auto& ref = stemmer_data::kDerivedRoots[record.first_root];
        std::string root = base_of_reduplication(lexicon, {stemmer_data::kWords + ref.offset, ref.length});
        d.forms_of[root].insert(surface);
        d.root_of.emplace(surface, std::move(root));
    }
    return d;
}

// The prefix class of a hunspell derivation, by its surface.
const char* derived_class(std::string_view form, std::string_view root) {
    if (form.find('-') != std::string_view::npos) return "hunspell reduplication";
    if (starts_with(form, root)) return "hunspell suffix";
    if (starts_with(form, "memper") || starts_with(form, "diper") || starts_with(form, "per") ||
        starts_with(form, "pel"))
        return "hunspell per-/pel-";
    if (starts_with(form, "be")) return "hunspell ber-/bel-";
    if (starts_with(form, "me") || starts_with(form, "di")) return "hunspell meN-/di-";
    if (starts_with(form, "pe")) return "hunspell peN-";
    return "hunspell ke-/se-/ter-";
}

class Builder {
public:
    explicit Builder(const Lexicon& lexicon) : lexicon_(lexicon), d_(read_derivations(lexicon)) {}

    // A built form is kept only when the dictionary and hunspell's
    // derivations know nothing else about it.
    bool unambiguous(const std::string& form) const {
        return !lexicon_.is_root(form) && lexicon_.derived_roots(form).empty();
    }
    void add(const std::string& cls, const std::string& form, const std::string& root) {
        if (unambiguous(form)) by_class_[cls].push_back({form, root});
    }
    bool derived_from(const std::string& form, const std::string& root) const {
        auto it = d_.root_of.find(form);
        return it != d_.root_of.end() && it->second == root;
    }

    void build() {
        static constexpr std::array<const char*, 3> kPossessives{"nya", "ku", "mu"};
        static constexpr std::array<const char*, 4> kParticles{"lah", "kah", "tah", "pun"};
        std::size_t n = 0;
        for (const auto& [form, root] : d_.root_of) {
            by_class_[derived_class(form, root)].push_back({form, root});
            // Particles after possessives: one combination per form, in turn.
            const std::string clitics = std::string(kPossessives[n % 3]) + kParticles[(n / 3) % 4];
            add("particle after possessive", form + clitics, root);
            ++n;
            // meN-/di- + per-: the passive of an active form and back.
            if (form.find('-') != std::string::npos) continue;
            if (starts_with(form, "memper")) add("meN-/di- + per-", "diper" + form.substr(6), root);
            if (starts_with(form, "diper")) add("meN-/di- + per-", "memper" + form.substr(5), root);
            // meN-X-X-kan and X-meN-X, from a meN- form with no suffix.
            if (root.find('-') == std::string::npos && form.find('-') == std::string::npos && starts_with(form, "me") &&
                !ends_with(form, "kan") && !ends_with(form, "i") && !ends_with(form, "an") && root.size() >= 3) {
                const std::string half = form == "meng" + root ? root : form.substr(2);
                if (derived_from(form + "kan", root)) add("meN-X-X-kan", form + "-" + half + "kan", root);
                add("X-meN-X", root + "-" + form, root);
            }
        }
        // Entries that only look affixed: the leftover after one affix is an
        // entry too (selasa: se + lasa, sekolah, bekasi), but hunspell derives
        // the word from nothing, so it stays whole.
        static constexpr std::array<std::string_view, 8> kPrefixes{"ber", "ter", "per", "me", "di", "ke", "se", "pe"};
        static constexpr std::array<std::string_view, 9> kSuffixes{"kan", "an",  "i",   "nya", "ku",
                                                                   "mu",  "lah", "kah", "pun"};
        lexicon_.for_each_root([&](std::string_view entry) {
            if (!lexicon_.is_root(entry) || entry.find('-') != std::string_view::npos ||
                !lexicon_.derived_roots(entry).empty())
                return;
            bool looks = false;
            for (auto p : kPrefixes)
                looks = looks || (starts_with(entry, p) && entry.size() >= p.size() + 3 &&
                                  lexicon_.is_root(entry.substr(p.size())));
            for (auto q : kSuffixes)
                looks = looks || (ends_with(entry, q) && entry.size() >= q.size() + 3 &&
                                  lexicon_.is_root(entry.substr(0, entry.size() - q.size())));
            if (looks && seen_.insert(std::string(entry)).second)
                by_class_["looks affixed"].push_back({std::string(entry), std::string(entry)});
        });
        for (const auto& [root, forms] : d_.forms_of) {
            if (root.size() < 3 || root.find('-') != std::string::npos || lexicon_.is_root(root + "-" + root)) continue;
            add("X-X-nya", root + "-" + root + "nya", root);
            if (forms.count("ber" + root)) add("ber-X-X-an", "ber" + root + "-" + root + "an", root);
            if (forms.count("ke" + root + "an")) add("ke-X-X-an", "ke" + root + "-" + root + "an", root);
            if (n++ % 2 == 0) add("particle after possessive", root + kPossessives[n % 3] + kParticles[n % 4], root);
        }
    }

    std::vector<MorphologyClass> classes(std::size_t max_pairs) const {
        static const std::vector<std::pair<std::string, std::string>> kWhat{
            {"hunspell suffix", "hunspell's -an/-i/-kan derivations"},
            {"hunspell ber-/bel-", "hunspell's ber-/be-/bel- derivations (with their suffixes)"},
            {"hunspell per-/pel-", "hunspell's per-/pel- derivations, also under meN-/di-"},
            {"hunspell meN-/di-", "hunspell's meN-/di- derivations"},
            {"hunspell peN-", "hunspell's peN- derivations"},
            {"hunspell ke-/se-/ter-", "hunspell's ke-/se-/ter- derivations"},
            {"hunspell reduplication", "hunspell's affixed reduplications (root abu-abu counts as abu)"},
            {"particle after possessive", "a hunspell form or root + -nya/-ku/-mu + -lah/-kah/-tah/-pun"},
            {"meN-/di- + per-", "the diper- form of a hunspell memper- form and back"},
            {"meN-X-X-kan", "meN-X + X-kan of a root hunspell gives meN-X and meN-X-kan"},
            {"X-meN-X", "root - its hunspell meN- form"},
            {"X-X-nya", "root - root + -nya"},
            {"ber-X-X-an", "ber-X - X-an of a root hunspell gives ber-X"},
            {"ke-X-X-an", "ke-X - X-an of a root hunspell gives ke-X-an"},
            {"looks affixed", "an entry hunspell derives from nothing, though one affix off leaves an entry"},
        };
        std::vector<MorphologyClass> out;
        for (const auto& [name, what] : kWhat) {
            auto it = by_class_.find(name);
            if (it == by_class_.end()) continue;
            const auto& all = it->second;
            MorphologyClass cls{name, what, {}};
            const std::size_t step = all.size() > max_pairs ? (all.size() + max_pairs - 1) / max_pairs : 1;
            for (std::size_t i = 0; i < all.size(); i += step) cls.pairs.push_back(all[i]);
            out.push_back(std::move(cls));
        }
        return out;
    }

private:
    const Lexicon& lexicon_;
    Derivations d_;
    std::map<std::string, std::vector<StemGoldPair>> by_class_;
    std::set<std::string> seen_;  // for_each_root may name an entry twice
};

}  // namespace

std::vector<MorphologyClass> morphology_classes(std::size_t max_pairs) {
    Builder builder(Lexicon::instance());
    builder.build();
    return builder.classes(max_pairs);
}

}  // namespace telusur
