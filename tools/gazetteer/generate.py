#!/usr/bin/env python3
"""Rebuilds the crate's default gazetteer (data/gazetteer.tsv and data/NOTICE).

Usage, from the project's root:

    python3 tools/gazetteer/generate.py [--codes FILE] [--sources DIR] [--out DIR]

--codes    country-codes.csv (default: ../shared/data/country-codes.csv)
--sources  folder holding the npm tarballs named in SOURCES below, fetched with
           `npm pack NAME@VERSION` (default: tools/sources, kept out of git)
--out      where to write gazetteer.tsv and NOTICE (default: data)

Exit status 0 when written, 3 when a source is missing (nothing is written), 1 when the
hand-written files contradict each other. The output depends only on the sources and
the hand-written files beside this script, so running it again reproduces the committed
files byte for byte. Only the Python standard library is used.
"""
import argparse
import csv
import json
import os
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

SOURCES = [
    # (tarball, package, version, licence, what is used)
    ("cldr-localenames-full-48.2.0.tgz", "cldr-localenames-full", "48.2.0", "Unicode-3.0",
     "English territory names with their short and variant forms"),
    ("i18n-iso-countries-7.14.0.tgz", "i18n-iso-countries", "7.14.0", "MIT",
     "English names and aliases of ISO 3166-1 countries"),
    ("countries-list-3.4.1.tgz", "countries-list", "3.4.1", "MIT",
     "English names and aliases"),
    ("i18n-nationality-1.4.0.tgz", "i18n-nationality", "1.4.0", "MIT",
     "English demonyms"),
]

VERBOSE = bool(os.environ.get("GAZETTEER_VERBOSE"))
KINDS = {"country", "territory", "historical_state", "international_organisation",
         "government_body", "military", "media", "organisation"}
PLACES = {"country", "territory", "historical_state"}
TYPES = ("name", "acronym", "demonym", "capital", "alias")
RULES = {"credit", "person", "us-state", "country"}
# Demonyms from i18n-nationality that name the wrong thing.
BAD_DEMONYMS = {"WF"}


class Alias:
    """One surface form: its text, how it refers, whether only as written, its rule."""

    def __init__(self, text, typ, exact, rule, hand, capital=False):
        self.text, self.typ, self.exact, self.rule, self.hand = text, typ, exact, rule, hand
        self.capital = capital

    def key(self):
        return self.text.lower()

    def encode(self):
        case = "=" if self.exact else "^" if self.capital else ""
        return f"{self.typ}:{case}{self.text}" + (f"@{self.rule}" if self.rule else "")


def parse_alias(raw, default_type, hand, where):
    typ = default_type
    for t in TYPES:
        if raw.startswith(t + ":"):
            typ, raw = t, raw[len(t) + 1:]
            break
    exact = raw.startswith("=")
    if exact:
        raw = raw[1:]
    rule = None
    if "@" in raw:
        raw, rule = raw.rsplit("@", 1)
        if rule not in RULES:
            fail(f"{where}: unknown rule @{rule}")
    raw = raw.strip()
    if not raw or "|" in raw or "\t" in raw:
        fail(f"{where}: bad alias {raw!r}")
    if typ in ("alias", "name") and is_acronym(raw):
        typ = "acronym"
    if typ == "acronym":
        exact = True
    return Alias(raw, typ, exact, rule, hand)


def is_acronym(text):
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters) and " " not in text and len(text) <= 10


def fail(message):
    print(f"generate: {message}", file=sys.stderr)
    sys.exit(1)


def read_member(path, member):
    with tarfile.open(path) as t:
        return t.extractfile(member).read().decode("utf-8")


def hand_lines(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield number, line


def name_forms(raw):
    """The forms of a source's name that can appear in running text, or none."""
    name = raw.strip()
    if "(" in name:
        name = name.split("(")[0].strip()
    if "," in name or " - " in name or not name:
        return []
    if name.lower().startswith("the "):
        name = name[4:]
    forms = [name]
    if " & " in name:
        forms = [name.replace(" & ", " and "), name]
    out = []
    for f in forms:
        out.append(f)
        if f.startswith("St. "):
            out += ["Saint " + f[4:], "St " + f[4:]]
        elif f.startswith("Saint "):
            out += ["St. " + f[6:]]
    return out


def plural(demonym):
    if demonym.endswith(("an", "i", "er")) and not demonym.endswith("man") and " " not in demonym:
        return demonym + "s"
    return None


class Entity:
    def __init__(self, id_, kind, name):
        self.id, self.kind, self.name = id_, kind, name
        self.wikidata = self.iso3 = self.region = self.subregion = self.country = ""
        self.aliases = []

    def add(self, alias):
        same = [a for a in self.aliases if a.key() == alias.key()]
        if any(a.hand for a in same) and not alias.hand:
            return  # a hand-written line decides this form
        if alias.hand:
            self.aliases = [a for a in self.aliases if a.hand or a.key() != alias.key()]
            same = [a for a in same if a.hand]
        if any(not (a.exact or a.capital) or a.text == alias.text for a in same):
            return
        self.aliases.append(alias)


def countries(codes_path, sources):
    cldr = json.loads(read_member(sources[0], "package/main/en/territories.json"))
    cldr = cldr["main"]["en"]["localeDisplayNames"]["territories"]
    iso = json.loads(read_member(sources[1], "package/langs/en.json"))["countries"]
    clist = json.loads(read_member(sources[2], "package/countries.min.json"))
    nat = json.loads(read_member(sources[3], "package/langs/en.json"))["nationalities"]

    hand = {}
    for number, line in hand_lines("countries.tsv"):
        parts = line.split("\t")
        if len(parts) != 3:
            fail(f"countries.tsv:{number}: expected 3 columns")
        hand.setdefault(parts[0], []).append((number, parts[1], [v for v in parts[2].split("|") if v]))

    with open(codes_path, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["ISO3166-1-Alpha-2"]]
    out = []
    for r in sorted(rows, key=lambda r: r["ISO3166-1-Alpha-2"]):
        cc = r["ISO3166-1-Alpha-2"]
        indep = r["is_independent"]
        kind = "country" if indep in ("Yes", "In contention") else "territory"
        name = cldr.get(cc + "-alt-short") or cldr.get(cc) or r["CLDR display name"]
        edits = hand.pop(cc, [])
        for _, field, values in edits:
            if field == "name":
                name = values[0]
        e = Entity(cc, kind, name)
        e.iso3 = r["ISO3166-1-Alpha-3"]
        qid = r["wikidata_id"].rsplit("/", 1)[-1]
        e.wikidata = qid if qid.startswith("Q") else ""
        e.region = r["Region Name"]
        e.subregion = r["Sub-region Name"]
        if kind == "territory":
            owner = indep.split()[-1]
            e.country = owner if len(owner) == 2 and owner.isupper() else ""
        exact = set()
        dropped = set()
        for _, field, values in edits:
            if field == "exact":
                exact.update(v.lower() for v in values)
            if field == "drop":
                dropped.update(v.lower() for v in values)
        # hand-written forms first, so that their flags win
        for number, field, values in edits:
            typ = {"names": "name", "acronyms": "acronym", "demonyms": "demonym",
                   "capitals": "capital", "name": "name"}.get(field)
            if typ is None:
                if field not in ("exact", "drop"):
                    fail(f"countries.tsv:{number}: unknown field {field}")
                continue
            for v in values:
                a = parse_alias(v, typ, True, f"countries.tsv:{number}")
                e.add(a)
                if typ == "demonym":
                    p = plural(a.text)
                    if p:
                        e.add(Alias(p, "demonym", a.exact, a.rule, True))
        source_names = [name, cldr.get(cc, ""), r["CLDR display name"], r["official_name_en"],
                        r["UNTERM English Short"], r["UNTERM English Formal"]]
        source_names += [v for k, v in sorted(cldr.items()) if k.startswith(cc + "-alt-")]
        names = iso.get(cc, [])
        source_names += names if isinstance(names, list) else [names]
        if cc in clist:
            source_names.append(clist[cc]["name"])
            source_names += clist[cc].get("alias", [])
        for raw in source_names:
            for form in name_forms(raw):
                if form.lower() in dropped:
                    continue
                typ = "acronym" if is_acronym(form) else "name"
                e.add(Alias(form, typ, typ == "acronym" or form.lower() in exact, None, False))
        d = nat.get(cc)
        if d and cc not in BAD_DEMONYMS and "(" not in d and "," not in d and " - " not in d \
                and "Island" not in d and d.lower() not in {a.key() for a in e.aliases}:
            e.add(Alias(d, "demonym", True, None, False))
            p = plural(d)
            if p:
                e.add(Alias(p, "demonym", True, None, False))
        out.append(e)
    if hand:
        # countries without an ISO row are written in entities.tsv, not here
        fail(f"countries.tsv: unknown ids {sorted(hand)}")
    return out


def hand_entities():
    out = []
    seen = set()
    for number, line in hand_lines("entities.tsv"):
        parts = line.split("\t")
        if len(parts) != 6:
            fail(f"entities.tsv:{number}: expected 6 columns, found {len(parts)}")
        id_, kind, country, qid, name, aliases = parts
        if kind not in KINDS:
            fail(f"entities.tsv:{number}: unknown kind {kind}")
        if id_ in seen:
            fail(f"entities.tsv:{number}: duplicate id {id_}")
        seen.add(id_)
        if qid and not (qid.startswith("Q") and qid[1:].isdigit()):
            fail(f"entities.tsv:{number}: bad QID {qid}")
        e = Entity(id_, kind, name)
        e.country, e.wikidata = country, qid
        listed = [parse_alias(v, "alias", True, f"entities.tsv:{number}") for v in aliases.split("|") if v]
        acronyms = {a.key() for a in listed if a.typ == "acronym"}
        org = kind not in PLACES
        if org:
            # an organisation's name in lower case is an ordinary phrase ("home office",
            # "national guard"): organisations match with their first letter as written
            # ("European commission" in some house styles), or only as written
            for a in listed:
                a.capital = not a.exact
        covered = any(a.key() == name.lower() and (not (a.exact or a.capital) or a.text == name)
                      for a in listed)
        if not covered:
            e.add(Alias(name, "name", False, None, True, capital=org))
        for a in listed:
            if a.typ == "alias" and a.key() in acronyms:
                a.typ = "acronym"
            if a.key() == name.lower() and a.typ == "alias":
                a.typ = "acronym" if is_acronym(a.text) else "name"
            e.add(a)
        out.append(e)
    return out


def blocking():
    out = []
    for number, line in hand_lines("blocking.txt"):
        out.append(parse_alias(line, "alias", True, f"blocking.txt:{number}"))
    return out


def resolve_conflicts(entities):
    """A surface form that two entities share goes to the one a hand-written line gives it
    to; shared by sources alone, it goes to neither. Hand-written forms may be shared
    only when a rule tells them apart (EPA the agency, EPA the photo agency)."""
    owners = {}
    for e in entities:
        for a in e.aliases:
            owners.setdefault(a.key(), []).append((e, a))
    for key, pairs in owners.items():
        if len({id(e) for e, _ in pairs}) < 2:
            continue
        hand = [(e, a) for e, a in pairs if a.hand]
        if len(hand) > 1 and sum(1 for _, a in hand if a.rule is None) > 1:
            if len({a.exact for _, a in hand}) == 1 and len({a.text for _, a in hand}) == 1:
                fail(f"{key!r} is given by hand to {[e.id for e, _ in hand]}")
        keep = {id(a) for _, a in hand}
        if VERBOSE:
            print(f"shared {key!r}: {[(e.id, a.hand) for e, a in pairs]}", file=sys.stderr)
        for e, a in pairs:
            if id(a) not in keep:
                e.aliases = [x for x in e.aliases if x is not a]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--codes", default=os.path.join(ROOT, "..", "shared", "data", "country-codes.csv"))
    ap.add_argument("--sources", default=os.path.join(ROOT, "tools", "sources"))
    ap.add_argument("--out", default=os.path.join(ROOT, "data"))
    args = ap.parse_args()
    paths = [os.path.join(args.sources, s[0]) for s in SOURCES]
    missing = [p for p in [args.codes] + paths if not os.path.exists(p)]
    if missing:
        print("generate: sources not at hand: " + ", ".join(os.path.basename(p) for p in missing),
              file=sys.stderr)
        sys.exit(3)
    entities = countries(args.codes, paths) + hand_entities()
    ids = {e.id for e in entities}
    if len(ids) != len(entities):
        fail("duplicate ids between the sources and entities.tsv")
    resolve_conflicts(entities)
    blocks = blocking()
    keys = {a.key(): e.id for e in entities for a in e.aliases}
    for b in blocks:
        if b.key() in keys:
            fail(f"blocking phrase {b.text!r} is an alias of {keys[b.key()]}")

    lines = [
        "# The default gazetteer of the reportage crate: countries and territories (ISO 3166-1),",
        "# historical states, international organisations, government bodies, armed forces and",
        "# news media. Generated by tools/gazetteer/generate.py from the sources named in NOTICE",
        "# and the hand-written files in tools/gazetteer/; do not edit by hand.",
        "# Format: see the crate documentation of Gazetteer (the same format as user files).",
        "id\tkind\tname\twikidata\tiso3\tregion\tsubregion\tcountry\taliases",
    ]
    for e in entities:
        lines.append("\t".join([e.id, e.kind, e.name, e.wikidata, e.iso3, e.region, e.subregion,
                                e.country, "|".join(a.encode() for a in e.aliases)]))
    for b in blocks:
        lines.append("\t".join(["-", "block", b.text, "", "", "", "", "", "|".join([b.encode()])]))
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "gazetteer.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(args.out, "NOTICE"), "w", encoding="utf-8", newline="\n") as f:
        f.write(notice(len(entities), sum(len(e.aliases) for e in entities), len(blocks)))


def notice(n_entities, n_aliases, n_blocks):
    parts = [
        "The data in this folder (gazetteer.tsv) is generated by tools/gazetteer/generate.py.",
        f"It holds {n_entities} entities with {n_aliases} aliases, and {n_blocks} blocking phrases.",
        "",
        "Sources",
        "",
        "- country-codes.csv from datasets/country-codes (https://github.com/datasets/country-codes),",
        "  commit caa72d1e0e5af8876c170bb36a9e4d64a01bba88. Licence: ODC-PDDL-1.0 (Open Data Commons",
        "  Public Domain Dedication and License). Used: ISO 3166-1 alpha-2 and alpha-3 codes,",
        "  Wikidata QIDs, UN M49 regions and sub-regions, English official and short names,",
        "  independence and sovereignty.",
    ]
    for _, pkg, ver, lic, what in SOURCES:
        parts.append(f"- {pkg} {ver} (npm). Licence: {lic}. Used: {what}.")
    parts += [
        "- Hand-written additions (tools/gazetteer/entities.tsv, countries.tsv, blocking.txt):",
        "  organisations, government bodies, armed forces and media; historical states; former",
        "  and informal names, plural demonyms, capitals used for governments; blocking phrases.",
        "  Written for this project, under the crate's licence (MIT OR Apache-2.0). Their",
        "  Wikidata QIDs (CC0) were looked up in country-codes.csv and in the list of",
        "  international organisations of confirmordeny/supraverden (CC BY-SA 4.0, commit",
        "  59ab4fa0f92f3c75bb45e230908e612f15e8dbdf), from which nothing else is taken, and,",
        "  for nine media, government bodies and the Soviet Union that neither lists, in the",
        "  project's own hand annotation of its evaluation article (the Wikidata ids its",
        "  annotators recorded).",
        "",
        "Unicode-3.0 (CLDR): Copyright 1991-2025 Unicode, Inc. All rights reserved. Distributed",
        "under the Terms of Use in https://www.unicode.org/copyright.html. Permission is granted",
        "to use, copy, modify and distribute the data files provided that this copyright and",
        "permission notice appear with all copies.",
        "",
    ]
    return "\n".join(parts)


if __name__ == "__main__":
    main()
