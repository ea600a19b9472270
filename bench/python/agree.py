#!/usr/bin/env python3
"""Checks that the Python baseline scored a sample as hlt did: every score, band and z-score, cell by cell.

Usage: agree.py HLT.csv PYTHON.csv; exits 1 naming the first differences. hlt's columns carry the informant prefix
(pemotion, pemotion_band4, pemotion_z_uk-parent-5-15-boys); the baseline's name the table (emotion_<table id>).
"""
import csv, sys

SCORES = ["emotion", "conduct", "hyper", "peer", "prosoc", "ebdtot", "extern", "intern", "impact"]
BAND_TABLES = {"sdqinfo-parent-4-17-band3": "band3", "sdqinfo-parent-4-17-band4": "band4"}


def main(hlt_file, py_file):
    with open(hlt_file, newline="", encoding="utf-8") as h, open(py_file, newline="", encoding="utf-8") as p:
        hlt, py = list(csv.DictReader(h)), list(csv.DictReader(p))
    if len(hlt) != len(py):
        sys.exit(f"hlt scored {len(hlt)} rows, the baseline {len(py)}")
    cells, wrong = 0, []
    for a, b in zip(hlt, py):
        pairs = [("p" + s, s) for s in SCORES]
        pairs += [(f"p{s}_{scheme}", f"{s}_{table}") for table, scheme in BAND_TABLES.items() for s in SCORES]
        pairs += [(c, c[1:].replace("_z_", "_z_", 1)) for c in a if "_z_uk-" in c]
        for mine, theirs in pairs:
            if theirs in b:
                cells += 1
                if a.get(mine, "") != b[theirs]:
                    wrong.append(f"{a['id']} {mine}: hlt {a.get(mine)!r}, python {b[theirs]!r}")
    if wrong or cells == 0:
        sys.exit(f"{len(wrong)} of {cells} cells differ:\n" + "\n".join(wrong[:10]))
    print(f"agree: {len(hlt)} rows, {cells} cells (scores, bands, z-scores) are the same in both")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
