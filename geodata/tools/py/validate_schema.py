"""Validates every file of geodata/data (and the drawn source geodata/src/drawn.json) against its
JSON Schema (draft 2020-12) in geodata/schema, then checks what a schema cannot say: ids are
unique within a file. Exit status 1 on any error; each error names the file and the JSON path.

The Swift loader checks the same data more strictly (`territory validate --strict`); this checks
that the published schemas, which other tools read, still describe the data, and checks
src/drawn.json, which the loader never reads. It runs in `make test` (mk/geodata.mk)."""

import json
import sys

from jsonschema import Draft202012Validator, FormatChecker

from geodata_paths import DATA, SCHEMA, SRC

SCHEMAS = {
    "dataset.json": "dataset.schema.json",
    "entities.json": "entities.schema.json",
    "units.json": "units.schema.json",
    "events.json": "events.schema.json",
    "corridors.json": "corridors.schema.json",
    "places.json": "places.schema.json",
    "gazetteer.json": "gazetteer.schema.json",
}
ID_LISTS = {"entities.json": "entities", "units.json": "units", "events.json": "events",
            "corridors.json": "corridors", "places.json": "places", "gazetteer.json": "places"}


def main() -> None:
    targets = [(DATA / name, SCHEMA / schema) for name, schema in SCHEMAS.items()]
    targets += [(p, SCHEMA / "geojson.schema.json") for p in sorted(DATA.glob("*.geojson"))]
    targets.append((SRC / "drawn.json", SCHEMA / "drawn.schema.json"))
    known = {t[0].name for t in targets}
    # overlay.bin is derived and binary (its own loader checks it), not a JSON document
    strays = [p.name for p in DATA.iterdir()
              if p.name not in known and not p.name.startswith(".") and p.name != "overlay.bin"]
    errors = 0
    for name in strays:
        print(f"{name}: no schema for this file")
        errors += 1
    for path, schema_path in targets:
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema, format_checker=FormatChecker())
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            print(f"{path.name}: {e}")
            errors += 1
            continue
        found = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        for e in found[:20]:
            where = "/".join(str(p) for p in e.absolute_path) or "(root)"
            print(f"{path.name}: {where}: {e.message[:300]}")
        errors += len(found)
        key = ID_LISTS.get(path.name) or ("features" if path.suffix == ".geojson" else None)
        if key and isinstance(doc, dict):
            ids = [item.get("id") for item in doc.get(key, [])]
            for dup in sorted({i for i in ids if ids.count(i) > 1}):
                print(f"{path.name}: duplicate id {dup!r}")
                errors += 1
        if not found:
            print(f"{path.name}: ok")
    print(f"validate_schema: {errors} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
