"""Builds the project's drawn geometry from geodata/src/drawn.json and data/borders.geojson.

Writes data/units.geojson, data/zones.geojson and data/corridors.geojson.

Method (why neighbours share edges exactly): every drawn line, every shape outline and every
Natural Earth outline is noded together and polygonized once into disjoint "atoms". A partition
(a set of lines with one labelled point per face) gives each atom a label; a shape (disc, polygon,
road buffer) gives each atom in/out; a feature is a predicate over those labels, and its geometry
is the union of the atoms that satisfy it. Two features therefore never overlap unless their
predicates do, and units defined as the faces of one partition tile their parent exactly.

A partition with a "source" takes its lines and labels from a boundary file in geodata/src instead
of drawn lines (Natural Earth admin-1: see admin1.py).
"""

import json
import sys
from collections import OrderedDict

import shapely
from pyproj import Transformer
from shapely.geometry import LineString, MultiPolygon, Point, Polygon
from shapely.ops import nearest_points, polygonize, transform, unary_union
from shapely.strtree import STRtree

import admin1
from geo_common import DATA, LICENSE_DRAWN, LICENSE_NE, SRC, area_km2, polygonal, props, \
    read_features, rfc7946, round_geom, write_feature_collection

NE_SOURCE = "Natural Earth 5.1.1 10m admin-0 (borders.geojson)"
DRAWN_SOURCE = "drawn by the project from geodata/src/drawn.json, clipped to Natural Earth 5.1.1"
ADMIN1_SOURCE = ("Natural Earth 10m admin-1 (NE 4.1-era, geodata/src/ne_10m_admin_1_AZE_ARM.geojson): its internal "
                 "lines, closed by Natural Earth 5.1.1 admin-0")


class BuildError(Exception):
    pass


def resolve(coords, nodes, where):
    out = []
    for c in coords:
        if isinstance(c, str):
            if c not in nodes:
                raise BuildError(f"{where}: unknown node {c!r}")
            out.append(tuple(nodes[c]["at"]))
        else:
            out.append(tuple(c))
    return out


def metric_disc(center, radius_km):
    """A geodesic-ish disc: a circle in an azimuthal equidistant projection centred on it."""
    lon, lat = center
    aeqd = f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m"
    back = Transformer.from_crs(aeqd, "EPSG:4326", always_xy=True).transform
    return transform(back, Point(0, 0).buffer(radius_km * 1000.0, quad_segs=16))


def metric_buffer(line, width_km):
    """Buffer of a road by half the corridor width on each side, in UTM zone 38N."""
    fwd = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True).transform
    back = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True).transform
    return transform(back, transform(fwd, line).buffer(width_km * 500.0, quad_segs=16))


def build_shapes(spec, bases, routes):
    shapes = OrderedDict()
    for sid, s in spec.items():
        names = s["within"] if isinstance(s["within"], list) else [s["within"]]
        unknown = [b for b in names if b not in bases]
        if unknown:
            raise BuildError(f"shape {sid}: unknown base {unknown[0]!r}")
        within = unary_union([bases[b] for b in names])
        if "polygon" in s:
            geom = Polygon(s["polygon"])
        elif "circle" in s:
            geom = metric_disc(s["circle"]["center"], s["circle"]["radius_km"])
        elif "border_disc" in s:
            on_border = nearest_points(within.boundary, Point(s["border_disc"]["near"]))[0]
            geom = metric_disc((on_border.x, on_border.y), s["border_disc"]["radius_km"])
        elif "buffer" in s:
            geom = metric_buffer(routes[s["buffer"]["route"]], s["buffer"]["width_km"])
        else:
            raise BuildError(f"shape {sid}: no polygon, circle, border_disc or buffer")
        if not geom.is_valid:
            raise BuildError(f"shape {sid}: invalid polygon ({shapely.is_valid_reason(geom)})")
        clipped = polygonal(round_geom(geom.intersection(within)))
        if clipped.is_empty:
            raise BuildError(f"shape {sid}: nothing left inside {s['within']}")
        shapes[sid] = clipped
    return shapes


def faces_of(lines, domain):
    noded = unary_union([*lines, domain.boundary])
    return [f for f in polygonize(noded) if domain.covers(f.representative_point())]


def label_partition(part, lines, bases):
    domain = bases[part["domain"]]
    faces = faces_of([lines[lid] for lid in part["lines"]], domain)
    labels = [None] * len(faces)
    tree = STRtree(faces)
    for label, points in part["faces"].items():
        for pt in points:
            hits = [i for i in tree.query(Point(pt)) if faces[i].covers(Point(pt))]
            if not hits:
                raise BuildError(f"partition {part['id']}: label {label} at {pt} is in no face")
            for i in hits:
                if labels[i] not in (None, label):
                    raise BuildError(f"partition {part['id']}: one face labelled {labels[i]} and {label}")
                labels[i] = label
    return faces, labels, tree


def evaluate(expr, atom):
    if "all" in expr:
        return all(evaluate(e, atom) for e in expr["all"])
    if "any" in expr:
        return any(evaluate(e, atom) for e in expr["any"])
    if "not" in expr:
        return not evaluate(expr["not"], atom)
    if "base" in expr:
        return expr["base"] in atom["bases"]
    if "shape" in expr:
        return expr["shape"] in atom["shapes"]
    if "p" in expr:
        value = atom["partitions"].get(expr["p"])
        return value == expr["is"] if "is" in expr else value in expr["in"]
    raise BuildError(f"unknown predicate {expr}")


def references(expr, found=None):
    """{"base"|"shape"|"p": set of names} a predicate refers to."""
    found = {"base": set(), "shape": set(), "p": set()} if found is None else found
    if isinstance(expr, dict):
        for key in ("base", "shape", "p"):
            if key in expr:
                found[key].add(expr[key])
        for v in expr.values():
            references(v, found)
    elif isinstance(expr, list):
        for v in expr:
            references(v, found)
    return found


def provenance(expr, sourced_ids):
    """(source, licence) of a feature from what its predicate refers to."""
    refs = references(expr)
    drawn = refs["shape"] or (refs["p"] - sourced_ids)
    if refs["p"] & sourced_ids:
        source = ADMIN1_SOURCE + (", cut or completed by lines and shapes drawn by the project (geodata/src/drawn.json)" if drawn else "")
        return source, LICENSE_NE + (f"; drawn parts {LICENSE_DRAWN}" if drawn else "")
    if not drawn:
        return NE_SOURCE, LICENSE_NE
    return DRAWN_SOURCE, LICENSE_DRAWN


def main() -> None:
    spec = json.loads((SRC / "drawn.json").read_text(encoding="utf-8"), object_pairs_hook=OrderedDict)
    bases = {fid: g for fid, (g, _) in read_features(DATA / "borders.geojson").items()}
    nodes = spec["nodes"]

    lines = OrderedDict((lid, round_geom(LineString(resolve(l["coords"], nodes, f"line {lid}"))))
                        for lid, l in spec["lines"].items())
    routes = OrderedDict((rid, round_geom(LineString(resolve(r["coords"], nodes, f"route {rid}"))))
                         for rid, r in spec["routes"].items())
    shapes = build_shapes(spec["shapes"], bases, routes)
    sourced = [p for p in spec["partitions"] if "source" in p]
    sourced_polys = {p["id"]: admin1.load(p) for p in sourced}
    sourced_lines = [g for p in sourced for g in admin1.internal_lines(p, sourced_polys[p["id"]], bases)]

    # One arrangement of everything; atoms outside Azerbaijan and Armenia are dropped.
    region = unary_union([bases["aze"], bases["arm"]])
    used_bases = ["aze-main", "nakhchivan", "yukhari-askipara", "barkhudarly-exclave", "arm-main",
                  "artsvashen"]
    linework = [*lines.values(), *(bases[b].boundary for b in used_bases),
                *(s.boundary for s in shapes.values()), *sourced_lines]
    atoms = [round_geom(a) for a in polygonize(unary_union(linework))
             if region.covers(a.representative_point())]
    atoms = [a if a.is_valid else polygonal(shapely.make_valid(a)) for a in atoms]
    print(f"{len(atoms)} atoms")

    info = []
    for a in atoms:
        rp = a.representative_point()
        info.append({"bases": {b for b in ("aze", "arm", *used_bases) if bases[b].covers(rp)},
                     "shapes": {s for s, g in shapes.items() if g.covers(rp)},
                     "partitions": {}})
    for part in spec["partitions"]:
        if "source" in part:
            continue  # labelled below, once the drawn partitions its rules refer to are known
        faces, labels, tree = label_partition(part, lines, bases)
        for a, atom in zip(atoms, info):
            rp = a.representative_point()
            hits = [i for i in tree.query(rp) if faces[i].covers(rp)]
            atom["partitions"][part["id"]] = labels[hits[0]] if hits else None
        scope = part.get("scope")
        for a, atom in zip(atoms, info):
            in_scope = evaluate(scope, atom) if scope else part["domain"] in atom["bases"]
            if in_scope and atom["partitions"][part["id"]] is None:
                c = a.representative_point()
                raise BuildError(f"partition {part['id']}: unlabelled face at {c.x:.4f},{c.y:.4f} "
                                 f"({area_km2(a):.2f} km²)")

    for part in sourced:
        admin1.label_atoms(part, sourced_polys[part["id"]], atoms, info, evaluate)

    out = {"units": [], "zones": []}
    for fid, f in spec["features"].items():
        chosen = [a for a, atom in zip(atoms, info) if evaluate(f["where"], atom)]
        if not chosen:
            raise BuildError(f"feature {fid}: no ground satisfies its predicate")
        geom = polygonal(unary_union(chosen))
        if not geom.is_valid:
            geom = polygonal(shapely.make_valid(geom))
        geom = rfc7946(geom)
        source, license_ = provenance(f["where"], {p["id"] for p in sourced})
        p = props(f["name"], source, license_, f["accuracy_km"])
        out[f["file"]].append((fid, geom, p))

    for file, feats in out.items():
        write_feature_collection(DATA / f"{file}.geojson", feats)
        for fid, geom, _ in feats:
            print(f"{file:6s} {fid:30s} {area_km2(geom):10.1f} km²")
    corridor_feats = [(rid, g, props(spec["routes"][rid]["name"],
                                     "drawn by the project from geodata/src/drawn.json: "
                                     + spec["routes"][rid]["follows"],
                                     LICENSE_DRAWN, spec["routes"][rid]["accuracy_km"]))
                      for rid, g in routes.items()]
    write_feature_collection(DATA / "corridors.geojson", corridor_feats)
    print("wrote units.geojson, zones.geojson, corridors.geojson")


if __name__ == "__main__":
    try:
        main()
    except (BuildError, admin1.Admin1Error) as e:
        sys.exit(f"build_drawn: {e}")
