#!/usr/bin/env python3
"""Derive guichet/communes.tsv from the npm package @etalab/decoupage-administratif.

Usage:
    python3 derive-communes.py PACKAGE_DIR [OUTPUT_TSV]

PACKAGE_DIR is the unpacked npm tarball (the directory holding package.json and
data/). OUTPUT_TSV defaults to ../src/main/resources/guichet/communes.tsv relative
to this script. Standard library only. The output is deterministic for a given
package version (rows sorted by INSEE code, "\n" line endings, UTF-8).

Only "commune-actuelle" entries are kept. The 45 "arrondissement-municipal" of
Paris, Lyon and Marseille are left out on purpose: the commune is what a
reception desk needs, and the parent commune already carries every postal code
of its arrondissements (75011 resolves to Paris, 75056).

Columns (tab-separated, no quoting; no field contains a tab or a newline):
    insee  name  departement  postal_codes(comma-separated)  population  epci_siren  epci_name
Empty population / EPCI fields mean "none in the source". To keep the file compact
(about 1.5 MB instead of 2.4 MB) the EPCI name is written only on the first row of
each EPCI; later rows of the same EPCI carry its SIREN and an empty name.
"""
import json
import os
import sys

EXPECTED_NAME = "@etalab/decoupage-administratif"
DATA_LICENCE = "Licence Ouverte / Etalab"


def clean(value):
    text = "" if value is None else str(value)
    if "\t" in text or "\n" in text or "\r" in text:
        raise ValueError("field contains a tab or newline: %r" % text)
    return text


def main(argv):
    if len(argv) not in (2, 3):
        sys.stderr.write(__doc__)
        return 2
    package_dir = argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    output = argv[2] if len(argv) == 3 else os.path.join(
        here, "..", "src", "main", "resources", "guichet", "communes.tsv")

    with open(os.path.join(package_dir, "package.json"), encoding="utf-8") as f:
        package = json.load(f)
    if package.get("name") != EXPECTED_NAME:
        raise SystemExit("not %s: %r" % (EXPECTED_NAME, package.get("name")))
    version = package["version"]

    with open(os.path.join(package_dir, "data", "communes.json"), encoding="utf-8") as f:
        communes = json.load(f)
    with open(os.path.join(package_dir, "data", "epci.json"), encoding="utf-8") as f:
        epcis = json.load(f)

    # EPCI membership is stored on the EPCI, not on the commune.
    epci_of = {}
    for epci in epcis:
        for member in epci["membres"]:
            if member["code"] in epci_of:
                raise SystemExit("commune %s in two EPCI" % member["code"])
            epci_of[member["code"]] = (epci["code"], epci["nom"])

    rows = []
    seen = set()
    for commune in communes:
        if commune.get("type") != "commune-actuelle":
            continue
        code = commune["code"]
        if code in seen:
            raise SystemExit("duplicate INSEE code %s" % code)
        seen.add(code)
        epci_siren, epci_name = epci_of.get(code, ("", ""))
        population = commune.get("population")
        rows.append([
            clean(code),
            clean(commune["nom"]),
            clean(commune["departement"]),
            clean(",".join(commune.get("codesPostaux") or [])),
            clean("" if population is None else int(population)),
            clean(epci_siren),
            clean(epci_name),
        ])
    rows.sort(key=lambda r: r[0])
    named = set()
    for row in rows:
        if row[5]:
            if row[5] in named:
                row[6] = ""
            else:
                named.add(row[5])

    missing = sorted(set(epci_of) - seen)
    if missing:
        raise SystemExit("EPCI members that are not current communes: %s" % missing[:10])

    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    with open(output, "w", encoding="utf-8", newline="\n") as out:
        out.write("# %s %s, data/communes.json + data/epci.json; data licence: %s;"
                  " derived by interview-scripts/tools/derive-communes.py\n"
                  % (EXPECTED_NAME, version, DATA_LICENCE))
        out.write("# insee\tname\tdepartement\tpostal_codes\tpopulation\tepci_siren"
                  "\tepci_name (on the first row of each EPCI only)\n")
        for row in rows:
            out.write("\t".join(row))
            out.write("\n")

    sys.stderr.write("%s %s: wrote %d communes (%d in an EPCI) to %s (%d bytes)\n" % (
        EXPECTED_NAME, version, len(rows), sum(1 for r in rows if r[5]),
        output, os.path.getsize(output)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
