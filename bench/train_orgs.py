"""Train the organization evidence model: the shipped word prior and the weights of each level.

``python -m bench.train_orgs`` writes

- ``coi/data/org_word_prior.tsv``: the share of organization names holding each generic
  word — the document frequencies of a generated population of organization names
  (bench/synthetic.py's ``_org``: agencies, unions, associations, utilities, firms; seed
  ``PRIOR_SEED``, never the tuning or held-out seeds), keeping only words held by at least
  ``PRIOR_MIN_SHARE`` of them (so no invented town or surname is shipped), plus
  ``GENERIC_WORDS``, a hand list of words that name a kind of body and not which one, each
  given at least the share of a common word. A word the prior does not hold takes
  ``UNSEEN_SHARE`` (rare).
- ``coi/data/weights_organization.json``: for each comparison and level, ``m`` (its rate
  among labelled true pairs: bench.synthetic ``org_pairs(TUNING_SEED)``), ``u`` (its rate
  among random pairs of two organizations of the generated population), and the prior
  (bits): the log-odds of a true pair among the pairs blocking offers on the tuning search
  set (bench.synthetic ``org_search(TUNING_SEED)``).

Never trained on Fodors–Zagat nor on the held-out seed.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

from bench import synthetic
from coi.model import Kind
from coi.names.org import GENERIC_SHARE, band, compare_words, parse_org_forms
from coi.names.org_corpus import OrgCorpus, org_words, word_share

DATA = Path(__file__).resolve().parent.parent / "coi" / "data"
PRIOR_SEED = 11
U_SEED = 12
POPULATION = 20000
RANDOM_PAIRS = 60000
TRUE_PAIRS = 8000
PRIOR_MIN_SHARE = 0.002
UNSEEN_SHARE = 0.0003
#: Words that say what kind of body an organization is, not which one (a hand list, written
#: for this project): each gets at least GENERIC_SHARE (the generic band's floor) in the prior.
GENERIC_WORDS = (
    "police department sheriff office fire state attorney public defender association union lodge council "
    "court circuit school district board commission service agency bureau division unit organization group "
    "center centre committee local illinois authority utility company municipal public safety american united "
    "national international regional community central services management consulting partner associate firm legal attorneys law office offices inc "
    "corporation cooperative enterprise industries system solution holding"
).split()
#: Rates a level never reached in the counts are smoothed by this many pseudo-observations.
SMOOTHING = 0.5


#: How often each kind of body appears among the organizations a police-certification docket
#: and its Panel's disclosures name (an estimate, written for this project: agencies most, then
#: the prosecutors, defenders and jails around them, then firms, utilities and unions); the
#: generator draws its families evenly, which would make "Fraternal" and "University" generic.
FAMILY_WEIGHTS = {"police": 40, "sheriff": 12, "fire": 6, "prosecutor": 5, "defender": 3, "corrections": 5,
                  "utility": 5, "law firm": 6, "security firm": 4, "university police": 2, "fop lodge": 4,
                  "union council": 1, "union local": 4, "bar association": 3}


def population(seed: int, n: int, *, with_ids: bool = False):
    """``n`` generated organization names: each organization's name, and half the time one
    of its other written forms as a second record (real corpora hold both). With ``with_ids``
    each name comes with its organization's number."""
    rng = random.Random(f"org-population-{seed}")
    families, weights = zip(*FAMILY_WEIGHTS.items())
    names = []
    for k in range(n):
        o = synthetic._org(rng, rng.choices(families, weights)[0])
        names.append((o.name, k))
        if rng.random() < 0.5:
            forms = [f for fs in o.forms.values() for f in fs]
            names.append((rng.choice(forms), k))
    return names if with_ids else [x for x, _ in names]


def random_pairs(seed: int, n: int) -> list[tuple[str, str]]:
    """``n`` pairs of two different organizations of a generated population, drawn at random."""
    rng = random.Random(f"org-u-{seed}")
    pop = population(seed, POPULATION // 2, with_ids=True)
    out: list[tuple[str, str]] = []
    while len(out) < n:
        (a, i), (b, j) = rng.choice(pop), rng.choice(pop)
        if i != j:
            out.append((a, b))
    return out


def blocked_random_pairs(seed: int, n: int) -> list[tuple[str, str]]:
    """``n`` pairs of two different organizations of a generated population that blocking
    puts together (share a blocking key): the pairs the comparison has to tell apart."""
    from coi.names import Candidate, NameIndex

    rng = random.Random(f"org-u-{seed}")
    pop = population(seed, POPULATION // 2, with_ids=True)
    index = NameIndex(Candidate(name, Kind.ORGANIZATION, k) for name, k in pop)
    out: list[tuple[str, str]] = []
    while len(out) < n:
        name, k = rng.choice(pop)
        met = [i for i in index.block(name, Kind.ORGANIZATION) if index.candidates[i].ref != k]
        if met:
            out.append((name, index.candidates[rng.choice(met)].text))
    return out


def word_prior(names: list[str]) -> tuple[dict[str, float], int]:
    counts: Counter = Counter()
    for name in names:
        counts.update(org_words(name))
    n = len(names)
    shares = {w: c / n for w, c in counts.items() if c / n >= PRIOR_MIN_SHARE}
    for w in GENERIC_WORDS:
        for form in {w, *(x for p in parse_org_forms(w) for x in p.words)}:
            shares[form] = max(shares.get(form, 0.0), GENERIC_SHARE)
    return shares, n


def write_prior(shares: dict[str, float], n: int) -> None:
    lines = [f"# share of organization names holding each word: bench/train_orgs.py (generated population of "
             f"{n} names, seed {PRIOR_SEED}, words held by >= {PRIOR_MIN_SHARE}; a hand list of generic words "
             f"at >= {GENERIC_SHARE})",
             f"#unseen\t{UNSEEN_SHARE}"]
    lines += [f"{w}\t{s:.6g}" for w, s in sorted(shares.items(), key=lambda kv: (-kv[1], kv[0]))]
    (DATA / "org_word_prior.tsv").write_text("\n".join(lines) + "\n", "utf-8")


def level_counts(pairs: list[tuple[str, str]], corpus: OrgCorpus | None) -> tuple[Counter, Counter, Counter]:
    """Level counts over these pairs: (levels, how many pairs each comparison applied to,
    word occurrences by band). Word levels count occurrences (a shared word is found twice,
    once from each name); the other comparisons count pairs where they apply."""
    levels: Counter = Counter()
    applied: Counter = Counter()
    occurrences: Counter = Counter()
    for left, right in pairs:
        a, b = parse_org_forms(left)[0], parse_org_forms(right)[0]
        applied["pairs"] += 1
        seen = set()
        for c in compare_words(a, b, corpus):
            if c.comparison == "words":
                if c.level.startswith("missing"):
                    levels[("words", c.level)] += 1
                    occurrences[c.level.split()[1]] += 1
                else:
                    levels[("words", c.level)] += 1
                    for w in (c.left, c.right):
                        for x in w.split():
                            occurrences[band(word_share(x, corpus))] += 1
            else:
                levels[(c.comparison, c.level)] += 1
                if c.comparison == "acronym":
                    occurrences[band(word_share(c.left if len(c.left) < len(c.right) else c.right, corpus))] += 1
                seen.add(c.comparison)
        for comparison in seen:
            applied[comparison] += 1
    return levels, applied, occurrences


LEVELS = {
    "words": ["shared", "one edit", "spelt by ear", "abbreviated",
              *(f"missing {b}" for b in ("generic", "common", "uncommon", "rare"))],
    "acronym": ["two initials", "three initials", "four or more initials"],
    "kind": ["same", "compatible", "one side", "different", "membership vs agency"],
    "number": ["equal", "one side", "different"],
    "order": ["same", "other"],
    "coverage": ["complete", "all but generic words", "all but the trade of an everyday name"],
}
#: The least m of a level: the generated true pairs never show some levels that real ones do
#: ("Union" / "Union Local 4": a number on one side only), so none is taken as impossible.
M_FLOOR = 0.001


#: Where the generated population is not the world: its lodge and local numbers are drawn
#: from 1-999 evenly, real ones crowd at the small numbers.
U_FLOORS = {("number", "equal"): (0.02, "real lodge and local numbers crowd at small values (1-100)"),
            ("words", "spelt by ear"): (0.004, "the generated names hold too few words of other languages to "
                                               "measure it: at least a slip's rate (one edit's u, 0.00396), a word "
                                               "written by ear never saying more than one mistyped"),
            ("coverage", "all but the trade of an everyday name"): (
                0.00078, "m / 64, so that the level's 6 bits leave an everyday name alone against its name with "
                         "its trade possibly one place, never likely: many places bear such a name")}
#: Levels the generated true pairs never show but real ones do, with the m set by hand.
M_BY_HAND = {("number", "one side"): (0.05, "the generator never drops a number; real names do "
                                            "(Midstate Correctional Officers Union / ... Local 4, the golden file)"),
             ("words", "spelt by ear"): (0.02, "the generator never writes a word down by ear; real listings do "
                                               "(6 of the 320 one-business pairs of helper-182's and helper-187's "
                                               "blind reviews, bench/reviewed: Tandoori / Tanduri Nights)"),
             ("coverage", "all but the trade of an everyday name"): (
                 0.05, "the generator drops no trade word beside an everyday name; real listings do "
                       "(37 of the 764 true pairs, 0.048, of the five dining guides' blind reviews, bench/reviewed: "
                       "Golden Dragon / Golden Dragon Restaurant)")}


def rate(count: float, total: float) -> float:
    return (count + SMOOTHING) / (total + 2 * SMOOTHING)


def train() -> dict:
    pop = population(PRIOR_SEED, POPULATION)
    shares, n = word_prior(pop)
    write_prior(shares, n)
    from coi.names import org_corpus

    org_corpus._prior.cache_clear()

    truth = [(p.left, p.right) for p in synthetic.org_pairs(synthetic.TUNING_SEED, TRUE_PAIRS) if p.match]
    randoms = random_pairs(U_SEED, RANDOM_PAIRS)
    # levels are counted as a screening sees them: over a corpus of the names screened
    corpus = OrgCorpus.from_names([*population(U_SEED, POPULATION // 2), *(x for p in truth for x in p)])
    m_levels, m_applied, m_occ = level_counts(truth, corpus)
    u_levels, u_applied, u_occ = level_counts(randoms, corpus)
    comparisons: dict[str, dict] = {}
    for comparison, levels in LEVELS.items():
        out = {}
        for level in levels:
            key = (comparison, level)
            if comparison == "words" and level.startswith("missing"):
                b = level.split()[1]
                m, u = rate(m_levels[key], m_occ[b]), rate(u_levels[key], u_occ[b])
                how = (f"the rate at which a {b} word (by its share of organization names) finds no partner on the "
                       f"other side: m over the words of {len(truth)} true pairs, u over {len(randoms)} random pairs")
            elif comparison == "words":
                m = rate(m_levels[key], len(truth))
                u = rate(u_levels[key], len(randoms))
                how = (f"rate per pair (shared: pairs sharing any word; one edit: words one letter apart, per pair): "
                       f"m in {len(truth)} true pairs, u in {len(randoms)} random pairs")
            elif comparison in ("acronym", "coverage"):
                m, u = rate(m_levels[key], len(truth)), rate(u_levels[key], len(randoms))
                how = f"rate per pair: m in {len(truth)} true pairs, u in {len(randoms)} random pairs"
            else:
                m = rate(m_levels[key], m_applied[comparison])
                u = rate(u_levels[key], u_applied[comparison])
                how = (f"rate among the pairs the comparison applies to (m: {m_applied[comparison]} of "
                       f"{len(truth)} true pairs; u: {u_applied[comparison]} of {len(randoms)} random pairs)")
            if key in U_FLOORS and u < U_FLOORS[key][0]:
                how += f"; u raised to {U_FLOORS[key][0]} (measured {u:.5f}): {U_FLOORS[key][1]}"
                u = U_FLOORS[key][0]
            if key in M_BY_HAND:
                how += f"; m set by hand to {M_BY_HAND[key][0]} (measured {m:.4f}): {M_BY_HAND[key][1]}"
                m = M_BY_HAND[key][0]
            elif m < M_FLOOR:
                how += f"; m raised to the floor {M_FLOOR} (measured {m:.4f})"
                m = M_FLOOR
            entry = {"m": round(m, 6), "u": round(u, 6), "bits": round(math.log2(m / u), 3), "how": how}
            if comparison == "words" and level == "shared":
                entry["u_floor"] = UNSEEN_SHARE
                entry["how"] += ("; term-frequency adjusted: the weight is log2(m / the word's share of organization "
                                 "names), the share from the corpus (coi.names.org_corpus), never below u_floor")
            out[level] = entry
        comparisons[comparison] = out
    # a rarer word missing never says less than a more common one: the bands' bits made
    # monotone (each band at most the bits of every more common band)
    least = 0.0
    for b in ("generic", "common", "uncommon", "rare"):
        entry = comparisons["words"][f"missing {b}"]
        if entry["bits"] > least:
            entry["how"] += (f"; bits {entry['bits']} raised to those of a more common band ({least}): a rarer word "
                             f"missing never says less (m lowered to match)")
            entry["m"] = round(entry["u"] * 2 ** least, 6)
            entry["bits"] = least
        least = min(least, entry["bits"])
    return {"kind": "organization", "prior": 0.0, "trained_on": [
        f"bench.synthetic.org_pairs(TUNING_SEED={synthetic.TUNING_SEED}, {TRUE_PAIRS}): the true pairs (m)",
        f"random pairs of two organizations of a generated population (seed {U_SEED}) (u)",
        "bench.synthetic.org_search(TUNING_SEED): the prior"],
        "how": "", "comparisons": comparisons}


def calibrate_prior(weights: dict) -> tuple[float, int, int]:
    """The prior (bits) that makes the model calibrated on the pairs blocking offers on the
    tuning search set: the intercept of a logistic fit of the labels on the summed weights
    (maximum likelihood over a grid of 0.05 bits)."""
    from coi.names import Candidate, NameIndex
    from coi.names.org import org_evidence

    s = synthetic.org_search(synthetic.TUNING_SEED)
    corpus = OrgCorpus.from_names([r.name for r in (*s.candidates, *s.queries)])
    index = NameIndex(Candidate(r.name, Kind.ORGANIZATION, r.id) for r in s.candidates)
    entity = {r.id: r.entity for r in s.candidates}
    sums, labels = [], []
    for q in s.queries:
        for i in index.block(q.name, Kind.ORGANIZATION):
            c = index.candidates[i]
            features, _ = org_evidence(q.name, c.text, corpus)
            sums.append(sum(f.weight for f in features))
            labels.append(entity[c.ref] == q.entity)

    if FIT_SCALE:
        return platt(sums, labels) + (sum(labels), len(labels) - sum(labels))

    def loss(prior: float) -> float:
        total = 0.0
        for x, y in zip(sums, labels):
            z = max(-60.0, min(60.0, (x + prior) * math.log(2)))
            p = 1 / (1 + math.exp(-z))
            total -= math.log(max(p if y else 1 - p, 1e-12))
        return total

    return min((k * 0.05 for k in range(-600, 201)), key=loss), 1.0, sum(labels), len(labels) - sum(labels)


#: A weak pull of the scale towards 1 (the m/u weights as measured), so a tuning set that a
#: threshold separates cleanly does not send the fit to infinity.
RIDGE = 10.0
FIT_SCALE = False


def platt(sums: list[float], labels: list[bool]) -> tuple[float, float]:
    """(prior bits, scale): the logistic fit P = 1 / (1 + 2^-(prior + scale × sum)) of the labels
    on the summed weights, by Newton's method (maximum likelihood)."""
    import numpy as np

    x = np.clip(np.asarray(sums), -60, 60) * math.log(2)
    y = np.asarray(labels, dtype=float)
    a, b = 0.0, 1.0
    for _ in range(200):
        z = np.clip(a + b * x, -60, 60)
        p = 1 / (1 + np.exp(-z))
        w = p * (1 - p) + 1e-9
        g = np.array([np.sum(p - y), np.sum((p - y) * x) + RIDGE * (b - 1)])
        h = np.array([[np.sum(w), np.sum(w * x)], [np.sum(w * x), np.sum(w * x * x) + RIDGE]])
        step = np.linalg.solve(h, g)
        step *= min(1.0, 1.0 / max(1e-12, float(np.abs(step).max())))  # damped: at most 1 a step
        a, b = a - step[0], b - step[1]
        if np.abs(step).max() < 1e-9:
            break
    return a / math.log(2), float(b)


def _logit2(p: float) -> float:
    return math.log2(p / (1 - p))


def main() -> int:
    weights = train()
    path = DATA / "weights_organization.json"
    path.write_text(json.dumps(weights, indent=1) + "\n", "utf-8")
    from coi.names import evidence

    evidence.load_weights.cache_clear()
    prior, scale, tp, fp = calibrate_prior(weights)
    weights["prior"] = round(prior, 3)
    weights["scale"] = round(scale, 4)
    weights["how"] = (f"Fellegi–Sunter: each level's bits are log2(m / u), times scale. The sum of the comparisons "
                      f"overcounts evidence that goes together (a name's words, its kind and its words), so the "
                      f"prior and one scale factor are fitted (logistic fit, maximum likelihood: Platt scaling) "
                      f"on the pairs blocking offers on the tuning search set org_search(TUNING_SEED) ({tp} true, "
                      f"{fp} false), its corpus counted: the probabilities are calibrated there. "
                      f"Written by python -m bench.train_orgs.")
    path.write_text(json.dumps(weights, indent=1) + "\n", "utf-8")
    evidence.load_weights.cache_clear()
    # one prompt threshold serves persons and organizations: the prior is moved so that the
    # tuning search set's precision-0.9 point falls on the policy's threshold
    from coi.policy import load_policy

    threshold = load_policy().prompt_threshold
    at = evaluate(synthetic.TUNING_SEED, threshold=threshold)["threshold at P>=0.9"]
    if at is not None and 0 < threshold < 100:
        shift = _logit2(threshold / 100) - _logit2(min(at, 99.9) / 100)
        weights["prior_calibrated"] = weights["prior"]
        weights["prior"] = round(weights["prior"] + shift, 3)
        weights["how"] += (f"The calibrated prior ({weights['prior_calibrated']} bits) puts the tuning set's "
                           f"precision-0.9 point at score {at}; the prior shipped is moved by {shift:+.2f} bits so "
                           f"that point falls on the policy's prompt threshold ({threshold:g}), which persons "
                           f"share (item 5: recall-first at precision 0.9).")
        path.write_text(json.dumps(weights, indent=1) + "\n", "utf-8")
        evidence.load_weights.cache_clear()
    for comparison, levels in weights["comparisons"].items():
        for level, e in levels.items():
            print(f"{comparison:8} {level:22} m {e['m']:.4f} u {e['u']:.5f} bits {e['bits']:+.2f}")
    print(f"scale {weights['scale']:.3f}")
    print(f"prior calibrated {weights.get('prior_calibrated', weights['prior']):+.2f}, shipped {weights['prior']:+.2f} bits ({tp} true / {fp} false blocked pairs)")
    return 0



# ------------------------------------------------------------------ measuring

def evaluate(seed: int, *, with_corpus: bool = True, threshold: float = 80.0) -> dict:
    """P/R/F1 at ``threshold`` on a generated organization search set, recall at P ≥ 0.9 (and
    the threshold it takes), recall per variation and false alerts per look-alike."""
    from coi.names import Candidate, NameIndex, compare_names

    s = synthetic.org_search(seed)
    corpus = OrgCorpus.from_names([r.name for r in (*s.candidates, *s.queries)]) if with_corpus else None
    index = NameIndex(Candidate(r.name, Kind.ORGANIZATION, r.id) for r in s.candidates)
    entity = {r.id: r.entity for r in s.candidates}
    scores: dict[tuple[str, str], float] = {}
    for q in s.queries:
        for i in index.block(q.name, Kind.ORGANIZATION):
            c = index.candidates[i]
            scores[(q.id, c.ref)] = compare_names(q.name, c.text, Kind.ORGANIZATION, corpus=corpus).score
    truth = {(q.id, c.id) for q in s.queries for c in s.candidates if entity[c.id] == q.entity}
    return _figures(scores, truth, s.labels, threshold)


def _figures(scores, truth, labels, threshold) -> dict:
    found = {p for p, v in scores.items() if v >= threshold}
    tp, fp = len(found & truth), len(found - truth)
    fn = len(truth) - tp
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if truth else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best_r, at, hits = 0.0, None, 0
    for k, (pair, v) in enumerate(ranked, 1):
        hits += pair in truth
        if hits / k >= 0.9 and hits / len(truth) >= best_r and (k == len(ranked) or ranked[k][1] < v):
            best_r, at = hits / len(truth), v
    per: dict[str, list[int]] = {}
    for pair, (match, kind) in labels.items():
        hit = scores.get(pair, 0.0) >= threshold
        slot = per.setdefault(("recall " if match else "false alerts ") + kind, [0, 0])
        slot[0] += hit
        slot[1] += 1
    nonmatch = [(scores.get(pair, 0.0) >= threshold) for pair, (m, _) in labels.items() if not m]
    return {"precision": p, "recall": r, "f1": f1, "recall at P>=0.9": best_r, "threshold at P>=0.9": at,
            "false alerts on non-matches": sum(nonmatch) / len(nonmatch),
            "by kind": {k: f"{a}/{b} = {a / b:.2f}" for k, (a, b) in sorted(per.items())}}


def golden(threshold: float = 80.0) -> list[str]:
    """The organization pairs of tests/golden/name_pairs.csv this model gets wrong."""
    from coi.names import compare_names
    from coi.names.golden import read_pairs

    wrong = []
    for p in read_pairs(Path(__file__).resolve().parent.parent / "tests" / "golden" / "name_pairs.csv"):
        if p.kind is not Kind.ORGANIZATION:
            continue
        sc = max(compare_names(p.right, left, p.kind).score for left in p.left)
        if (sc >= threshold) != p.expected:
            wrong.append(f"{sc:5.1f} {'missed' if p.expected else 'false'} {' / '.join(p.left)} ~ {p.right}")
    return wrong


if __name__ == "__main__":
    sys.exit(main())
