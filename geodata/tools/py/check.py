"""Checks the dataset in geodata/data the way the Swift engine will use it, and prints numbers.

- every geometry reference resolves; parents, places, entities and corridor references exist;
- unit areas (geodesic, WGS84) against official figures, with the project's tolerances;
- tilings: gap and overlap of the children against the parent, in km²;
- the painter model on both layers: the holder of a point is the `to` of the last transfer whose
  subject covers it; `from` must have held part of the subject just before; two transfers on one
  day whose subjects overlap must agree on `to`; subjects and holders must be alive on the date;
- de facto and de jure area per holder on the key dates;
- every place lies in its unit and that unit's parents (the quality gate of `validate --strict`).
- gate (d): every place a transfer concerns lies inside the ground it moves (its subject).

Exit status 1 if any check fails. Usage: geodata/tools/check [--quiet]
"""

import json
import sys
from datetime import date, timedelta

from pyproj import Geod
from shapely.geometry import Point
from shapely.ops import unary_union

from geo_common import DATA, area_km2, length_km, read_features

TOL_KM2 = 0.05          # slivers below this are noise from rounding to 7 decimals
TOLERANCES = {"aze": 0.02, "arm": 0.02, "nakhchivan": 0.15, "nkao": 0.08}
SEVEN = ["kalbajar", "lachin", "qubadli", "zangilan", "jabrayil", "fuzuli", "aghdam"]
KEY_DATES = ["1923-07-07", "1989-06-01", "1992-01-01", "1992-12-31", "1994-05-12", "2016-04-06",
             "2020-11-11", "2020-12-02", "2022-08-27", "2023-09-21", "2024-05-25"]

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL", msg)


def load(name):
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def alive(obj, day):
    return (obj.get("from") is None or obj["from"] <= day) and (obj.get("to") is None or day < obj["to"])


def main() -> None:
    quiet = "--quiet" in sys.argv
    files = {}
    units = load("units.json")
    entities = {e["id"]: e for e in load("entities.json")["entities"]}
    events = load("events.json")["events"]
    corridors = load("corridors.json")["corridors"]
    places = load("places.json")["places"]
    unit_by_id = {u["id"]: u for u in units["units"]}

    def geometry(ref):
        file, fid = ref.split("#")
        if file not in files:
            files[file] = read_features(DATA / file)
        if fid not in files[file]:
            raise KeyError(ref)
        return files[file][fid][0]

    geom = {}
    for u in units["units"]:
        try:
            geom[u["id"]] = geometry(u["geometry"])
        except (KeyError, FileNotFoundError):
            fail(f"unit {u['id']}: geometry {u['geometry']} not found")
        if u["parent"] is not None and u["parent"] not in unit_by_id:
            fail(f"unit {u['id']}: unknown parent {u['parent']}")

    print("== areas (geodesic km²) against official figures ==")
    for u in units["units"]:
        if u["id"] not in geom:
            continue
        a = area_km2(geom[u["id"]])
        off = u["official_area_km2"]
        line = f"{u['id']:30s} {a:10.1f}"
        if off:
            d = (a - off) / off
            tol = TOLERANCES.get(u["id"], 0.15 if u["id"] in SEVEN else None)
            flag = "" if tol is None else ("ok" if abs(d) <= tol else "OUT")
            line += f"  official {off:9.1f}  {d:+6.1%}  {('tol ' + format(tol, '.0%')) if tol else ''} {flag}"
            if flag == "OUT":
                fail(f"area of {u['id']} {a:.1f} km² is {d:+.1%} from {off}")
        if not quiet or off:
            print(line)

    print("== tilings (km²) ==")
    for t in units["tilings"]:
        parent = geom[t["parent"]]
        kids = [geom[c] for c in t["children"]]
        union = unary_union(kids)
        gap = area_km2(parent.difference(union))
        outside = area_km2(union.difference(parent))
        overlap = sum(area_km2(k) for k in kids) - area_km2(union)
        ok = gap < TOL_KM2 and outside < TOL_KM2 and overlap < TOL_KM2
        print(f"{t['id']:16s} gap {gap:8.3f}  outside {outside:8.3f}  overlap {overlap:8.3f}  {'ok' if ok else 'BAD'}")
        if not ok:
            fail(f"tiling {t['id']} does not tile {t['parent']}")

    print("== painter model ==")
    transfers = [e for e in events if e["kind"] == "transfer"]
    dates = [e["date"] for e in events]
    if dates != sorted(dates):
        fail("events.json is not in date order")
    for e in events:
        for alt in e.get("alternatives", []):
            if alt["date"] == e["date"]:
                fail(f"event {e['id']}: alternative equals the chosen date")
    for e in transfers:
        if e["subject"] not in geom:
            fail(f"event {e['id']}: unknown subject {e['subject']}")
            continue
        if not alive(unit_by_id[e["subject"]], e["date"]):
            fail(f"event {e['id']}: subject {e['subject']} does not exist on {e['date']}")
        # The giver must exist the day before (a Soviet republic ends on the day its successor
        # starts); the taker must exist on the day.
        eve = (date.fromisoformat(e["date"]) - timedelta(days=1)).isoformat()
        for who, day in ((e["from"], eve), (e["to"], e["date"])):
            if who is not None and (who not in entities or not alive(entities[who], day)):
                fail(f"event {e['id']}: holder {who} unknown or not alive on {day}")

    def paint(layer, until):
        held = {}
        done = [e for e in transfers if e["layer"] == layer and e["date"] <= until]
        for i, e in enumerate(done):
            s = geom[e["subject"]]
            for other in done[:i]:
                if other["date"] == e["date"] and other["to"] != e["to"] and \
                        area_km2(geom[other["subject"]].intersection(s)) > TOL_KM2:
                    fail(f"events {other['id']} and {e['id']}: two holders at once")
            if e["from"] is not None:
                before = held.get(e["from"])
                if before is None or area_km2(before.intersection(s)) < TOL_KM2:
                    fail(f"event {e['id']}: {e['from']} held none of {e['subject']} before {e['date']}")
            for h in list(held):
                held[h] = held[h].difference(s)
            held[e["to"]] = unary_union([held[e["to"]], s]) if e["to"] in held else s
        return {h: g for h, g in held.items() if area_km2(g) > TOL_KM2}

    # Run the checks once over the whole timeline, then the pictures per key date.
    failures_before = len(failures)
    paint("de-facto", "9999-12-31")
    paint("de-jure", "9999-12-31")
    if len(failures) == failures_before:
        print("transfers: from-holders, same-day overlaps, lifetimes ok")
    aze_area = area_km2(geom["aze"])
    for layer in ("de-jure", "de-facto"):
        for day in KEY_DATES:
            held = paint(layer, day)
            parts = ", ".join(f"{h} {area_km2(g):,.0f}" for h, g in sorted(held.items())
                              if h not in ("IRN", "TUR", "GEO", "USSR") or layer == "de-jure" and day < "1991")
            print(f"{layer:8s} {day}: {parts}")
    held = paint("de-facto", "1994-05-12")
    nkr = area_km2(held["NKR"])
    print(f"1994-05-12: NKR holds {nkr:,.0f} km² = {nkr / aze_area:.1%} of Azerbaijan's drawn area "
          f"({nkr / 86600:.1%} of 86,600 km²); inside the NKAO {area_km2(held['NKR'].intersection(geom['nkao'])):,.0f}, "
          f"outside {area_km2(held['NKR'].difference(geom['nkao'])):,.0f}")
    for day, who in (("2020-12-02", "NKR"), ("2020-12-02", "RUS-PK")):
        print(f"{day}: {who} holds {area_km2(paint('de-facto', day).get(who, Point())):,.0f} km²")

    print("== references ==")
    place_ids = {p["id"] for p in places}
    for c in corridors:
        for r in c["routes"]:
            try:
                geometry(r["geometry"])
            except KeyError:
                fail(f"corridor {c['id']}: route geometry {r['geometry']} not found")
        for cp in c["checkpoints"]:
            if cp["place"] not in place_ids:
                fail(f"corridor {c['id']}: unknown checkpoint place {cp['place']}")
            if cp["by"] not in entities:
                fail(f"corridor {c['id']}: unknown checkpoint holder {cp['by']}")
        for k in c["controllers"]:
            if k["entity"] not in entities:
                fail(f"corridor {c['id']}: unknown controller {k['entity']}")
    zroute = geometry("corridors.geojson#zangezur-route")
    print(f"Zangezur route: {length_km(zroute):.0f} km, of which {length_km(zroute.intersection(geom['arm'])):.1f} km in Armenia")
    geod = Geod(ellps="WGS84")
    st = next(p for p in places if p["id"] == "stepanakert")
    sh = next(p for p in places if p["id"] == "shusha")
    print(f"Stepanakert-Shusha geodesic distance: {geod.inv(st['lon'], st['lat'], sh['lon'], sh['lat'])[2] / 1000:.1f} km")
    for p in places:
        if p["unit"] is None:
            continue
        if p["unit"] not in geom:
            fail(f"place {p['id']}: unknown unit {p['unit']}")
            continue
        pt = Point(p["lon"], p["lat"])
        unit = p["unit"]
        while unit is not None:  # the unit and its parents, as the Swift quality gate checks
            if unit in geom and not geom[unit].covers(pt):
                d = geom[unit].distance(pt) * 111.0
                fail(f"place {p['id']} is {d:.1f} km (approx.) outside {unit} (its unit {p['unit']} or a parent)")
            unit = unit_by_id[unit]["parent"] if unit in unit_by_id else None

    print("== gate (d): each transfer's ground contains the places it concerns ==")
    place_by_id = {p["id"]: p for p in places}
    for e in events:
        concerns = e.get("concerns", {"units": [], "places": []})
        for uid in concerns["units"]:
            if uid not in unit_by_id:
                fail(f"event {e['id']}: unknown unit {uid} in concerns")
        for pid in concerns["places"]:
            if pid not in place_by_id:
                fail(f"event {e['id']}: unknown place {pid} in concerns")
        if e["kind"] != "transfer" or e["subject"] not in geom:
            continue
        for pid in concerns["places"]:
            if pid not in place_by_id:
                continue
            pt = Point(place_by_id[pid]["lon"], place_by_id[pid]["lat"])
            inside = geom[e["subject"]].covers(pt)
            away = 0.0 if inside else geom[e["subject"]].distance(pt) * 111.0
            print(f"{e['date']}  {e['id']:28s} {e['subject']:28s} {pid:22s} "
                  f"{'inside' if inside else f'OUTSIDE by {away:.1f} km (approx.)'}")
            if not inside:
                fail(f"event {e['id']}: place {pid} lies outside the ground it moves ({e['subject']})")

    print(f"== {len(failures)} failure(s) ==")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
