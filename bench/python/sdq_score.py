#!/usr/bin/env python3
"""A plain Python scorer of SDQ parent 4-17 rows: the baseline that bench/python-vs-hlt.sh times hlt batch sdq against.

The same rules as hlt, read from the same data files: the five scales with the official proration (at least three of
five items answered, sum scaled to five items, rounded half up), total difficulties, externalising, internalising,
the impact score (recoded, gated by the overall difficulties question), the bands of every band table of the version
and a z-score against each means-and-SDs table that fits the child's age and sex. Only the standard library (csv,
json); one row in, one row out. Usage: sdq_score.py IN.csv OUT.csv
"""
import csv, json, sys
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEF = json.loads((ROOT / "hlt-assessment-core/src/main/resources/hlt/instruments/sdq/sdq-p-4-17-baseline.json")
                 .read_text(encoding="utf-8"))
TABLES = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "norms/src/main/resources/hlt/norms/sdq")
          .glob("*.json"))]
TABLES = [t for t in TABLES if t["informant"] == "parent" and "4-17" in t["versions"]]
BANDS = [t for t in TABLES if "bands" in t]
MEANS = [t for t in TABLES if "meanSd" in t]
P = DEF["variablePrefix"]
REVERSE = {q["name"] for q in DEF["questions"] if q.get("reverse")}
SCALES = [(s["name"], s["items"], s["minAnswered"]) for s in DEF["scales"]]
COMPOSITES = [(c["name"], c["sumOf"]) for c in DEF["composites"]]
IMPACT = DEF["impact"]
SEX = {"m": "male", "male": "male", "boy": "male", "f": "female", "female": "female", "girl": "female"}


def answer(row, item):
    text = row.get(P + item, "").strip()
    if text == "":
        return None
    value = int(text)
    if value not in (0, 1, 2):
        raise ValueError(f"{P}{item}: {text!r} is not an allowed answer")
    return 2 - value if item in REVERSE else value


def score(row):
    scores = {}
    for name, items, min_answered in SCALES:
        given = [v for v in (answer(row, i) for i in items) if v is not None]
        if len(given) >= min_answered:
            scores[name] = int((Decimal(sum(given)) * len(items) / len(given)).quantize(Decimal(1), ROUND_HALF_UP))
    for name, parts in COMPOSITES:
        if all(p in scores for p in parts):
            scores[name] = sum(scores[p] for p in parts)
    # sdq.md 4: "no difficulties" forces 0; otherwise a missing item counts as 0, unless all of them are missing
    gate = row.get(P + IMPACT["gate"]["question"], "").strip()
    cells = [c for c in (row.get(P + i, "").strip() for i in IMPACT["items"]) if c != ""]
    if gate != "" and int(gate) in IMPACT["gate"]["forcesZeroWhen"]:
        scores["impact"] = 0
    elif cells:
        scores["impact"] = sum(IMPACT["recode"][c] for c in cells)
    return scores


def z(value, mean_sd):
    """The z-score to two decimals, rounded half up from the exact quotient as hlt rounds it."""
    exact = (Decimal(value) - Decimal(str(mean_sd["mean"]))) / Decimal(str(mean_sd["sd"]))
    return str(exact.quantize(Decimal("0.01"), ROUND_HALF_UP))


def fits(table, age, sex):
    """A table applies to a child of its ages (any age when none is given, if it covers the version's) and sex."""
    ages = table["ages"]
    age_fits = ages["min"] <= age <= ages["max"] if age is not None else ages["min"] <= 4 and ages["max"] >= 17
    return age_fits and table["sex"] in ("all", sex)


def main(source, target):
    names = [s[0] for s in SCALES] + [c[0] for c in COMPOSITES] + ["impact"]
    with open(source, newline="", encoding="utf-8") as i, open(target, "w", newline="", encoding="utf-8") as o:
        reader, writer = csv.DictReader(i), csv.writer(o)
        writer.writerow(["id"] + names + [f"{n}_{t['id']}" for t in BANDS for n in names
                                           if n in t["bands"]["scores"]] + [f"{n}_z_{t['id']}" for t in MEANS for n in names
                                                                              if n in t["meanSd"]] + ["error"])
        for row in reader:
            try:
                s = score(row)
            except ValueError as e:
                writer.writerow([row.get("id", "")] + [""] * (len(names)) + [str(e)])
                continue
            age = int(row["age"]) if row.get("age", "").strip() else None
            sex = SEX.get(row.get("sex", "").strip().lower())
            out = [row.get("id", "")] + [s.get(n, "") for n in names]
            for t in BANDS:
                for n in (n for n in names if n in t["bands"]["scores"]):
                    out.append(next((b["band"] for b in t["bands"]["scores"][n]
                                     if fits(t, age, sex) and n in s and b["min"] <= s[n] <= b["max"]), ""))
            for t in MEANS:
                for n in (n for n in names if n in t["meanSd"]):
                    m = t["meanSd"][n]
                    out.append(z(s[n], m) if fits(t, age, sex) and n in s else "")
            writer.writerow(out + [""])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
