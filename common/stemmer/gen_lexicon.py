#!/usr/bin/env python3
"""Generates Telusur's stemming lexicon from Debian's hunspell-id dictionary.

Reads id_ID.dic (root words with affix-class flags) and id_ID.aff (the affix
classes) and expands every root's derivational affixes (prefixes, suffixes and
confixes; particles and possessives are left to the stemmer's rules) to learn
which affixed surface forms are real words and what their roots are.

Writes a C++ source with two string tables compiled into telusur_common:
  kRoots:   "root<TAB>traits<TAB>classes\\n" ...  every dictionary word,
            lower-cased, with a bit mask of the affix kinds its flags allow
            (see lexicon.h) and its number of affix classes (a proxy for how
            productive, hence how common, the root is);
  kDerived: "surface<TAB>root[,root...]\\n" ... expansion results. Where a
            form has a derivation hunspell states explicitly (one affix, or a
            confix class) the roots reaching it only through a free
            prefix x suffix cross product are dropped.

Usage: gen_lexicon.py ID_ID.dic ID_ID.aff OUT.cpp
"""
import re
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
BIT = {"an": 1, "i": 2, "kan": 4, "prefix": 8, "any": 16}


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


def main():
    dic_path, aff_path, out_path = sys.argv[1:4]
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
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("// Generated by common/stemmer/gen_lexicon.py from Debian hunspell-id\n"
                  "// (id_ID.dic + id_ID.aff). Do not edit.\n"
                  "#include \"common/stemmer/lexicon.h\"\n\n"
                  "namespace telusur::stemmer_data {\n")
        write_table(out, "kRoots",
                    (f"{r}\\t{m}\\t{min(classes[r], 255)}" for r, m in sorted(roots.items())))
        write_table(out, "kDerived", derived_rows(derived))
        out.write("}  // namespace telusur::stemmer_data\n")


def derived_rows(derived):
    for surface, by_root in sorted(derived.items()):
        if surface in by_root:
            continue
        best = max(by_root.values())
        yield f"{surface}\\t{','.join(sorted(r for r, s in by_root.items() if s == best))}"


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
                # A prefix class of the root itself on a suffixed form is a
                # free cross product; a confix or continuation class is explicit.
                cross = form != root and not is_circ and fl not in cont
                if cross and (prefix_family(rule[1]), suffix) in FORBIDDEN_CONFIXES:
                    continue
                note(derived, pform, root, 1 if cross else 2)


def write_table(out, name, rows):
    out.write(f"extern const char {name}[];\nconst char {name}[] =\n")
    for row in rows:
        out.write(f'    "{row}\\n"\n')
    out.write(";\n\n")


if __name__ == "__main__":
    main()
