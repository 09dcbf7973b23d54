#!/usr/bin/env python3
"""Fits the check-worthiness model that the crate embeds (lexicons/checkworthy_weights.tsv).

Usage, from the project's root:

    python3 tools/train_checkworthy.py ../shared/eval/dev/checkworthy/train.tsv \
        > lexicons/checkworthy_weights.tsv

The input is the English check-worthiness data of the CLEF 2024 CheckThat! lab, task 1
(the ClaimBuster data set: Arslan, Hassan, Li and Tremayne, "A Benchmark Dataset of
Check-worthy Factual Claims", ICWSM 2020; CC BY 4.0), a TSV with the columns
Sentence_id, Text, class_label (Yes/No). Only learned weights leave this script; no
sentence is written out.

The model is a logistic regression over sparse binary features that the crate computes
the same way at run time (src/claims/score.rs):

* `w:<word>` for each distinct lower-cased word of the text. A word is a run of letters
  and digits with inner apostrophes; `%`, `$` and `?` are words of their own; a word that
  holds a digit becomes `<num>`. Only words seen in at least MIN_COUNT sentences are kept.
* `len:<k>`, k = min(words / 5, 6): a coarse length bucket.
* `caps:<k>`, k = min(capitalised words after the first, 4), `I` left out: names make a
  statement specific, and specific statements are the checkable ones.
* `cue:<kind>` for each kind of cue (lexicons/claim_cues.tsv) found in the text.

Fitting is deterministic: AdaGrad with an L2 penalty over a fixed, seeded order. The
decision threshold is chosen by five-fold cross-validation on train.tsv (the F1 of the
Yes class, the lab's measure, averaged over the held-out folds); the bias is then shifted
so that the crate's documented default threshold of 0.5 falls on that cut. Standard
library only.
"""
import csv
import math
import os
import random
import sys

MIN_COUNT = 3
L2 = 1e-3
EPOCHS = 8
RATE = 0.1
PRUNE = 0.01
HERE = os.path.dirname(os.path.abspath(__file__))
CUES = os.path.join(HERE, "..", "lexicons", "claim_cues.tsv")


def words(text):
    """Mirrors `score::words` in the crate: lower-cased words."""
    return [w.lower() for w in cased_words(text)]


def cased_words(text):
    """Mirrors `score::cased_words` in the crate."""
    out, cur = [], []
    s = text
    for i, c in enumerate(s):
        if c.isalnum() or (c in "'\u2019" and cur and i + 1 < len(s) and s[i + 1].isalnum()):
            cur.append("'" if c == "\u2019" else c)
        else:
            if cur:
                out.append("".join(cur))
                cur = []
            if c in "%$?":
                out.append(c)
    if cur:
        out.append("".join(cur))
    return ["<num>" if any(ch.isdigit() for ch in w) else w for w in out]


def load_cues():
    """Cue phrases as word tuples, with their kind (the crate matches whole words too)."""
    cues = {}
    if not os.path.exists(CUES):
        return cues
    for line in open(CUES, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        phrase, kind = line.split("\t")[:2]
        key = tuple(words(phrase))
        if key:
            cues.setdefault(key, set()).add(kind)
    return cues


FIRST_PERSON = {"i", "i'm", "i've", "i'll", "i'd"}


def features(text, cues, maxlen):
    cased = cased_words(text)
    ws = [w.lower() for w in cased]
    f = {"w:" + w for w in ws}
    f.add("len:%d" % min(len(ws) // 5, 6))
    caps = sum(1 for w in cased[1:] if w[0].isupper() and w.lower() not in FIRST_PERSON)
    f.add("caps:%d" % min(caps, 4))
    for i in range(len(ws)):
        for n in range(1, maxlen + 1):
            kinds = cues.get(tuple(ws[i:i + n]))
            if kinds:
                f.update("cue:" + k for k in kinds)
    return f


def fit(rows, vocab):
    w, g2 = {}, {}
    b, gb = 0.0, 1e-8
    order = list(range(len(rows)))
    rnd = random.Random(0)
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for i in order:
            feats, y = rows[i]
            feats = [k for k in feats if k in vocab]
            z = b + sum(w.get(k, 0.0) for k in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            e = p - y
            for k in feats:
                g = e + L2 * w.get(k, 0.0)
                g2[k] = g2.get(k, 0.0) + g * g
                w[k] = w.get(k, 0.0) - RATE * g / math.sqrt(g2[k] + 1e-8)
            gb += e * e
            b -= RATE * e / math.sqrt(gb)
    return w, b


def vocabulary(rows):
    counts = {}
    for feats, _ in rows:
        for k in feats:
            counts[k] = counts.get(k, 0) + 1
    return {k for k, v in counts.items() if v >= MIN_COUNT or not k.startswith("w:")}


def prob(w, b, feats):
    z = b + sum(w.get(k, 0.0) for k in sorted(feats))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def f1_at(scored, th):
    tp = sum(1 for p, y in scored if p >= th and y)
    fp = sum(1 for p, y in scored if p >= th and not y)
    fn = sum(1 for p, y in scored if p < th and y)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main():
    cues = load_cues()
    maxlen = max((len(k) for k in cues), default=1)
    rows = []
    with open(sys.argv[1], encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            rows.append((sorted(features(r["Text"], cues, maxlen)), r["class_label"].strip() == "Yes"))
    grid = [x / 100 for x in range(10, 81)]
    totals = [0.0] * len(grid)
    for fold in range(5):
        train = [r for i, r in enumerate(rows) if i % 5 != fold]
        held = [r for i, r in enumerate(rows) if i % 5 == fold]
        w, b = fit(train, vocabulary(train))
        scored = [(prob(w, b, f), y) for f, y in held]
        for j, th in enumerate(grid):
            totals[j] += f1_at(scored, th) / 5
        print(f"fold {fold}: best held-out F1 {max(f1_at(scored, t) for t in grid):.3f}", file=sys.stderr)
    best = max(range(len(grid)), key=lambda j: (totals[j], -j))
    threshold = grid[best]
    print(f"threshold {threshold:.2f}, mean held-out F1 {totals[best]:.3f}", file=sys.stderr)
    w, b = fit(rows, vocabulary(rows))
    shift = math.log(threshold / (1 - threshold))
    out = sys.stdout
    out.write("# Check-worthiness model: logistic-regression weights, one feature a line\n")
    out.write("# (feature<TAB>weight). Fitted by tools/train_checkworthy.py on the English\n")
    out.write("# CheckThat! 2024 task 1 training set, i.e. the ClaimBuster data set (Arslan,\n")
    out.write("# Hassan, Li and Tremayne, ICWSM 2020; CC BY 4.0). Derived numbers only, no text.\n")
    out.write(f"# The bias is shifted by -logit({threshold:.2f}), the cross-validated F1 cut,\n")
    out.write("# so that a score of 0.5 is the default decision threshold.\n")
    out.write(f"bias\t{b - shift:.4f}\n")
    for k in sorted(w):
        if abs(w[k]) >= PRUNE:
            out.write(f"{k}\t{w[k]:.4f}\n")


if __name__ == "__main__":
    main()
