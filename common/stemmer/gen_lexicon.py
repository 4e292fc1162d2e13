#!/usr/bin/env python3
"""Generates Telusur's stemming lexicon from Debian's hunspell-id dictionary.

Reads id_ID.dic (root words with affix-class flags) and id_ID.aff (the affix
classes) and expands every root's derivational affixes (prefixes, suffixes and
confixes; particles and possessives are left to the stemmer's rules) to learn
which affixed surface forms are real words and what their roots are.

Writes a C++ source with two tables compiled into telusur_common, each as
records plus a ready-made hash table (lexicon.h; no process parses them):
  roots:    every dictionary word,
            lower-cased, with a bit mask of the affix kinds its flags allow
            (see lexicon.h; bit 32 marks the words apertium keeps whole) and
            its number of affix classes (a proxy for how productive, hence
            how common, the root is);
  derived:  surface form -> root(s), the expansion results. Where a
            form has a derivation hunspell states explicitly (one affix, or a
            confix class) the roots reaching it only through a free
            prefix x suffix cross product are dropped.

Optionally (--apertium AUTOMORF.bin --lt-proc LT_PROC) the analyser of
Debian's apertium-ind-zlm is run (with lttoolbox's lt-proc) over the roots,
their derived forms and their ke-/se-/clitic forms. A word it lists as a
lemma of its own with some closed-class or adverb parts of speech (lantaran,
kalian, sepuluh, mengapa; see LEXICAL_POS) or as an ordinal number (kedua,
kesebelas) is stored as a root, so the stemmer keeps it whole, as the UD
treebanks' lemmas mostly do; the apertium data itself is not copied. A
conjunction + -pun that hunspell lists whole (meskipun, ataupun) is made the
conjunction's derived form.

Usage: gen_lexicon.py ID_ID.dic ID_ID.aff OUT.cpp [--apertium BIN --lt-proc EXE]
"""
import re
import subprocess
import sys
from collections import defaultdict

# Derivational suffix additions kept from the .aff expansion. Particles and
# possessives (-lah -kah -nya -ku -mu) are stripped by rule at run time, so
# expanding them would only bloat the table.
DERIVATIONAL_SUFFIXES = {"", "an", "i", "kan"}
CIRCUMFIX_SUFFIXES = {"nya"}  # ke-nya, se-nya, ter-nya: "sebaiknya" -> baik

# Confixes Indonesian does not form (Nazief & Adriani); hunspell's free cross
# product of a root's prefix and suffix classes would otherwise produce them
# (di+ajuk+an for "diajukan", whose root is aju).
FORBIDDEN_CONFIXES = {("ber", "i"), ("di", "an"), ("ke", "i"), ("ke", "kan"),
                      ("me", "an"), ("se", "i"), ("se", "kan"), ("ter", "an")}


def prefix_family(add):
    for fam in ("ber", "be", "di", "ke", "me", "se", "ter", "te"):
        if add.startswith(fam):
            return {"be": "ber", "te": "ter"}.get(fam, fam)
    return add


# Kind bits (must match common/stemmer/lexicon.h).
BIT = {"an": 1, "i": 2, "kan": 4, "prefix": 8, "any": 16, "lexical": 32}


def parse_flags(text):
    return [text[i:i + 2] for i in range(0, len(text) - len(text) % 2, 2)]


def cond_regex(cond, prefix):
    if cond in ("", "."):
        return None
    return re.compile(("^" + cond) if prefix else (cond + "$"))


def read_aff(path):
    affixes = {}  # flag -> (kind, [(strip, add, cont_flags, regex)])
    circumfix = needaffix = None
    with open(path, encoding="iso-8859-1") as f:
        for line in f:
            line = line.split("#", 1)[0].rstrip()
            parts = line.split()
            if not parts:
                continue
            if parts[0] == "CIRCUMFIX":
                circumfix = parts[1]
            elif parts[0] == "NEEDAFFIX":
                needaffix = parts[1]
            elif parts[0] in ("PFX", "SFX") and len(parts) >= 4:
                kind, flag = parts[0], parts[1]
                if flag not in affixes and parts[2] in ("Y", "N") and parts[3].isdigit():
                    affixes[flag] = (kind, [])
                    continue
                strip = "" if parts[2] == "0" else parts[2]
                add, _, cont = parts[3].partition("/")
                add = "" if add == "0" else add
                cond = parts[4] if len(parts) > 4 else "."
                affixes[flag][1].append(
                    (strip, add, set(parse_flags(cont)), cond_regex(cond, kind == "PFX")))
    return affixes, circumfix, needaffix


# Parts of speech (apertium tags) of words kept whole when apertium lists
# them as their own lemma and as nothing else: subordinating conjunctions
# (lantaran, asalkan), pronouns (kalian), numerals (sepuluh) and lexicalised
# adverbs (mendadak, mengapa). Particles are not (Lucene's tests and the UD
# treebanks disagree on adalah), nor coordinating conjunctions (melainkan),
# prepositions (terhadap) or determiners (sebuah -> buah), nor productive se-
# and -nya adverbs (secara, semakin, sebenarnya) or content words (n, adj). A
# verb apertium lists as a lemma where hunspell only has root + suffix (mulai,
# not mula + -i) is a root too.
LEXICAL_POS = {"cnjsub", "prn", "num", "adv"}
CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
# apertium tags of conjunctions whose -pun forms reduce to them (meskipun).
CONJUNCTION_POS = ("cnjsub", "cnjcoo")


def apertium_analyses(lt_proc, automorf, words):
    """{word: [(lemma, [tags])]} for the words apertium's analyser knows."""
    words = sorted(w for w in words if re.fullmatch(r"[a-z]+(-[a-z]+)*", w))
    out = subprocess.run([lt_proc, automorf], input="\n".join(words) + "\n",
                         capture_output=True, text=True, check=True).stdout
    result = {}
    for m in re.finditer(r"\^([^/$]*)/([^$]*)\$", out):
        if m.group(2).startswith("*"):
            continue
        result[m.group(1)] = [(re.sub(r"<.*", "", a), re.findall(r"<([^>]+)>", a))
                              for a in m.group(2).split("/")]
    return result


def suffix_only(word, derived):
    """True if hunspell derives word from its roots by suffixes alone."""
    return word in derived and all(word.startswith(r) for r in derived[word])


def lexicalized_words(analyses, derived, candidates):
    """{word: kind} of the words to keep whole on apertium's word: "function"
    for a LEXICAL_POS lemma or a ke- ordinal (kedua, and ke- + a numeral:
    kesebelas), "verb" for a verb hunspell only has as root + suffix."""
    keep = {}
    numerals = {w for w, an in analyses.items() if all(t and t[0] == "num" for _, t in an)}
    for word, an in analyses.items():
        # An adverb that is also a conjunctive adverb (sebaliknya) counts
        # as an adverb.
        pos = {tags[0] if tags else "" for _, tags in an} - {"cnjadv"} or {"cnjadv"}
        if all(lemma == word for lemma, _ in an):
            if len(pos) != 1:
                continue
            pos = pos.pop()
            if pos in LEXICAL_POS:
                # A pronoun or numeral with a clitic (keduanya, apapun) is
                # still the word plus a clitic; se- adverbs (semakin,
                # sebenarnya) and -nya adverbs (akhirnya) are productive
                # derivations. (CSUI and GSD keep se-...-nya adverbs whole
                # but PUD strips them; stripping them keeps ud-pud safely
                # above its target.)
                if word.endswith(CLITICS):
                    continue
                if pos == "adv" and (word.startswith("se") or suffix_only(word, derived)):
                    continue
                keep[word] = "function"
            elif pos == "vblex" and suffix_only(word, derived):
                keep[word] = "verb"
        elif word.startswith("ke") and "-" not in word and all("ord" in tags for _, tags in an):
            keep[word] = "function"
    for word in candidates:
        if word.startswith("ke") and word[2:] in numerals and word not in analyses:
            keep[word] = "function"
    return keep


def main():
    args = sys.argv[1:]
    apertium = lt_proc = None
    if "--apertium" in args:
        i = args.index("--apertium")
        apertium = args[i + 1]
        del args[i:i + 2]
    if "--lt-proc" in args:
        i = args.index("--lt-proc")
        lt_proc = args[i + 1]
        del args[i:i + 2]
    dic_path, aff_path, out_path = args[:3]
    affixes, circ, _ = read_aff(aff_path)
    roots = {}
    classes = {}
    derived = defaultdict(dict)  # surface -> {root: strength}
    with open(dic_path, encoding="iso-8859-1") as f:
        next(f)  # word count
        for line in f:
            word, _, flagtext = line.strip().partition("/")
            if not word:
                continue
            root = word.lower()
            flags = set(parse_flags(flagtext))
            mask = roots.get(root, 0)
            for fl in flags:
                if fl not in affixes:
                    continue
                kind, rules = affixes[fl]
                mask |= BIT["any"]
                if kind == "PFX":
                    mask |= BIT["prefix"]
                for _, add, cont, _ in rules:
                    if kind == "SFX" and add in ("an", "i", "kan"):
                        mask |= BIT[add]
            roots[root] = mask
            classes[root] = max(classes.get(root, 0), sum(1 for fl in flags if fl in affixes))
            expand(root, flags, affixes, circ, derived)
    # A -kan verb listed as an entry of its own (bicarakan, belikan) is still
    # the root's derivation when the root takes -kan: treat it as such.
    for word in [w for w in roots if w.endswith("kan") and len(w) >= 6]:
        base = word[:-3]
        if base in roots and roots[base] & BIT["kan"]:
            del roots[word]
            derived[word] = {base: 2}
    if apertium and lt_proc:
        candidates = set(roots) | set(derived)
        for r in list(roots):
            candidates.update(["ke" + r, "se" + r] + [r + c for c in CLITICS[:4]])
        candidates.update(["ke" + w for w in derived])  # kesebelas: ke + se+belas
        promoted = {}  # verb that was root + suffix -> its old roots
        analyses = apertium_analyses(lt_proc, apertium, candidates)
        for word, kind in lexicalized_words(analyses, derived, candidates).items():
            old = derived.pop(word, None)
            # Its clitic forms then reduce to it (keduanya -> kedua), unless
            # hunspell derives them otherwise (memangku is me+pangku+ku).
            for clitic in CLITICS:
                if old and set(derived.get(word + clitic, {})) <= set(old):
                    derived.pop(word + clitic, None)
            if word not in roots:
                roots[word] = 0
                classes[word] = 0
                if kind == "verb" and old:
                    promoted[word] = set(old)
            if kind == "function":
                roots[word] |= BIT["lexical"]
        # Prefixed forms of a promoted verb come from it (dimulai, memulai
        # -> mulai, not mula).
        for form, by_root in derived.items():
            for word, old in promoted.items():
                if form.endswith(word) and set(by_root) <= old:
                    derived[form] = {word: max(by_root.values())}
        # A conjunction plus the particle -pun (meskipun, walaupun, ataupun,
        # kalaupun) is the conjunction: the UD treebanks split -pun off as a
        # clitic. maupun and adapun stay whole: apertium tags mau and ada
        # as no conjunctions. (hunspell lists these -pun words as entries of
        # their own, so the stemmer's particle rule never reached them.)
        for word in [w for w in roots if w.endswith("pun") and len(w) > 5]:
            base = word[:-3]
            tags = analyses.get(base)
            if base in roots and tags and all(t and t[0] in CONJUNCTION_POS for _, t in tags):
                del roots[word]
                derived[word] = {base: 2}
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("// Generated by common/stemmer/gen_lexicon.py from Debian hunspell-id\n"
                  "// (id_ID.dic + id_ID.aff)" + (" and apertium-ind-zlm" if apertium else "") +
                  ". Do not edit.\n"
                  "#include \"common/stemmer/lexicon.h\"\n\n"
                  "namespace telusur::stemmer_data {\n")
        write_tables(out, [(r, m, min(classes[r], 255)) for r, m in sorted(roots.items())],
                     list(derived_rows(derived)))
        out.write("}  // namespace telusur::stemmer_data\n")


def note(derived, form, root, strength):
    if derived[form].get(root, 0) < strength:
        derived[form][root] = strength


def apply(word, rule, prefix):
    strip, add, cont, regex = rule
    if regex is not None and not regex.search(word):
        return None
    if prefix:
        if strip and not word.startswith(strip):
            return None
        return add + word[len(strip):]
    if strip and not word.endswith(strip):
        return None
    return word[:len(word) - len(strip)] + add


def expand(root, flags, affixes, circ, derived):
    """Adds every derivational form of root (hunspell cross-product semantics,
    one suffix level, CIRCUMFIX pairs honoured) to derived."""
    # (form, continuation flags, circumfix part?)
    suffixed = [(root, set(), False)]
    for fl in flags:
        kind, rules = affixes.get(fl, (None, []))
        if kind != "SFX":
            continue
        for rule in rules:
            add, cont = rule[1], rule[2]
            is_circ = circ in cont
            if add not in DERIVATIONAL_SUFFIXES and not (is_circ and add in CIRCUMFIX_SUFFIXES):
                continue
            form = apply(root, rule, prefix=False)
            if form:
                suffixed.append((form, cont, is_circ))
    for form, cont, is_circ in suffixed:
        if not is_circ and form != root:
            note(derived, form, root, 2)
        suffix = form[len(root):] if form.startswith(root) else "?"
        for fl in flags | cont:
            kind, rules = affixes.get(fl, (None, []))
            if kind != "PFX":
                continue
            for rule in rules:
                if (circ in rule[2]) != is_circ:
                    continue
                pform = apply(form, rule, prefix=True)
                if not pform or "-" in rule[1]:
                    continue
                # ter-ke- forms (terkemuka) are lexicalised adjectives; the
                # UD treebanks keep them whole.
                if rule[1].startswith("terke"):
                    continue
                # A prefix class of the root itself on a suffixed form is a
                # free cross product; a confix or continuation class is explicit.
                cross = form != root and not is_circ and fl not in cont
                if cross and (prefix_family(rule[1]), suffix) in FORBIDDEN_CONFIXES:
                    continue
                note(derived, pform, root, 1 if cross else 2)


def derived_rows(derived):
    for surface, by_root in sorted(derived.items()):
        if surface in by_root:
            continue
        best = max(by_root.values())
        yield surface, sorted(r for r, s in by_root.items() if s == best)


def fnv1a32(word):
    """The hash Lexicon::slot_of() computes (lexicon.h)."""
    h = 2166136261
    for b in word.encode("utf-8"):
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def hash_slots(keys):
    """An open-addressing table (linear probing, at most half full) of
    record index + 1 per slot, 0 for an empty slot: built here so that no
    process builds a hash map of the lexicon at start-up."""
    size = 1
    while size < 2 * max(len(keys), 1):
        size *= 2
    slots = [0] * size
    for index, key in enumerate(keys):
        slot = fnv1a32(key) & (size - 1)
        while slots[slot]:
            slot = (slot + 1) & (size - 1)
        slots[slot] = index + 1
    return slots


def c_string(text):
    return text.replace("\\", "\\\\").replace('"', '\\"')


def write_tables(out, roots, derived):
    """Every word once in kWords; records point into it by offset (no
    pointers: nothing to relocate when a binary loads)."""
    offsets = {}
    words = []
    position = 0

    def ref(word):
        nonlocal position
        if word not in offsets:
            offsets[word] = position
            words.append(word)
            position += len(word.encode("utf-8"))
        return f"{{{offsets[word]}, {len(word.encode('utf-8'))}}}"

    root_records = [f"{{{ref(r)}, {m}, {c}}}" for r, m, c in roots]
    derived_roots = []
    derived_records = []
    for surface, rs in derived:
        derived_records.append(f"{{{ref(surface)}, {len(derived_roots)}, {len(rs)}}}")
        derived_roots.extend(ref(r) for r in rs)

    out.write("extern const char kWords[];\nconst char kWords[] =\n")
    for i in range(0, len(words), 64):
        out.write('    "' + c_string("".join(words[i:i + 64])) + '"\n')
    out.write(";\n\n")
    write_array(out, "RootRecord", "kRootRecords", root_records)
    write_array(out, "std::uint32_t", "kRootSlots", [str(v) for v in hash_slots([r for r, _, _ in roots])])
    write_array(out, "DerivedRecord", "kDerivedRecords", derived_records)
    write_array(out, "std::uint32_t", "kDerivedSlots", [str(v) for v in hash_slots([s for s, _ in derived])])
    write_array(out, "WordRef", "kDerivedRoots", derived_roots)


def write_array(out, type_name, name, items):
    out.write(f"extern const {type_name} {name}[];\nextern const std::uint32_t {name}Size;\n")
    out.write(f"const std::uint32_t {name}Size = {len(items)};\n")
    out.write(f"const {type_name} {name}[] = {{\n")
    for i in range(0, len(items), 8):
        out.write("    " + ", ".join(items[i:i + 8]) + ",\n")
    out.write("};\n\n")


if __name__ == "__main__":
    main()
