"""A partition of build_drawn whose faces come from a boundary file (Natural Earth admin-1).

Natural Earth admin-1 (NE 4.1-era, quantised to a ~45 m grid) and the admin-0 outlines the dataset
uses (NE 5.1.1) differ by up to ~250 m along the borders, so the admin-1 polygons are not used as
they are. Only their *internal* lines (the edges two units of one country share) join the planar
arrangement of build_drawn; the country outlines stay those of admin-0. A line that ends on the
admin-1 country outline is extended by a straight segment to the nearest point of the admin-0
outline (and a few metres beyond), so that every face is closed by admin-0. Each atom of the
arrangement then takes the label of the admin-1 polygon containing its representative point, or of
the nearest allowed one (`restrict`): that is how ground on which the admin-1 and admin-0 outlines
disagree, or ground the project draws itself (the Karabakh districts, the exclaves), is labelled.
"""

import hashlib
import json
from collections import OrderedDict

from shapely.geometry import LineString, MultiLineString, Point, shape
from shapely.ops import linemerge, nearest_points, unary_union
from shapely.strtree import STRtree

from geo_common import SRC, round_geom

OVERSHOOT_DEG = 0.0003  # ~30 m past the admin-0 outline, so noding always closes the face


class Admin1Error(Exception):
    pass


def load(part):
    """{label: geometry} in file order, with part['relabel'] applied (labels may repeat)."""
    data = (SRC / part["source"]).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != part["sha256"]:
        raise Admin1Error(f"partition {part['id']}: {part['source']} has SHA-256 {digest}, expected "
                          f"{part['sha256']} (geodata/SOURCES.md)")
    doc = json.loads(data.decode("utf-8"), object_pairs_hook=OrderedDict)
    relabel = part.get("relabel", {})
    out = []
    for f in doc["features"]:
        label = f["properties"][part["label"]]
        out.append((relabel.get(label, label), round_geom(shape(f["geometry"]))))
    return out


def country_of(label):
    return label.split("-")[0]


def _line_parts(geom):
    if geom.is_empty:
        return []
    if isinstance(geom, LineString):
        return [geom]
    return [g for g in getattr(geom, "geoms", []) if isinstance(g, LineString)] + \
        [p for g in getattr(geom, "geoms", []) if isinstance(g, MultiLineString) for p in g.geoms]


def internal_lines(part, polys, bases):
    """The edges shared by two units of one country (not both in part['no_lines_between']),
    each loose end joined to the admin-0 outline of its country (part['outlines'])."""
    skip = set(part.get("no_lines_between", []))
    geoms = [g for _, g in polys]
    tree = STRtree(geoms)
    shared = []
    for i, (li, gi) in enumerate(polys):
        for j in tree.query(gi):
            lj, gj = polys[j]
            if j <= i or country_of(li) != country_of(lj) or (li in skip and lj in skip) or li == lj:
                continue
            shared.extend(_line_parts(gi.boundary.intersection(gj.boundary)))
    if not shared:
        raise Admin1Error(f"partition {part['id']}: no shared edges in {part['source']}")
    network = linemerge(unary_union(shared))
    lines = _line_parts(network)
    ends = {}
    for line in lines:
        for xy in (line.coords[0], line.coords[-1]):
            ends[xy] = ends.get(xy, 0) + 1
    outer = {c: unary_union([g for l, g in polys if country_of(l) == c]).boundary
             for c in {country_of(l) for l, _ in polys}}
    admin0 = {c: bases[b].boundary for c, b in part["outlines"].items()}
    joins = []
    for (x, y), degree in sorted(ends.items()):
        if degree != 1:
            continue
        pt = Point(x, y)
        country = next((c for c, o in outer.items() if o.distance(pt) < 1e-9), None)
        if country is None:
            continue  # ends at a unit whose lines were skipped: its faces are labelled, not cut
        target = nearest_points(admin0[country], pt)[0]
        dx, dy = target.x - x, target.y - y
        norm = (dx * dx + dy * dy) ** 0.5
        if norm < 1e-12:
            joins.append(LineString([(x, y), (x, y + OVERSHOOT_DEG)]))
            continue
        far = (target.x + dx / norm * OVERSHOOT_DEG, target.y + dy / norm * OVERSHOOT_DEG)
        joins.append(LineString([(x, y), far]))
    return [round_geom(g) for g in lines + joins]


def label_atoms(part, polys, atoms, info, evaluate):
    """Sets info[i]['partitions'][part id] for every atom: the containing polygon's label, or the
    nearest polygon whose label the first matching `restrict` rule allows."""
    geoms = [g for _, g in polys]
    tree = STRtree(geoms)
    rules = part.get("restrict", [])
    for a, atom in zip(atoms, info):
        rp = a.representative_point()
        hits = [i for i in tree.query(rp) if geoms[i].covers(rp)]
        label = polys[hits[0]][0] if hits else None
        rule = next((r for r in rules if evaluate(r["where"], atom)), None)
        if rule is not None and (label is None or not allowed(rule, label)):
            choices = [i for i, (l, _) in enumerate(polys) if allowed(rule, l)]
            if not choices:
                raise Admin1Error(f"partition {part['id']}: a restrict rule allows no label")
            best = min(choices, key=lambda i: (geoms[i].distance(rp), i))
            label = polys[best][0]
        atom["partitions"][part["id"]] = label


def allowed(rule, label):
    """A rule allows labels starting with its `prefix`, not in `except`, and in `only` if given."""
    return label.startswith(rule.get("prefix", "")) and label not in rule.get("except", []) \
        and ("only" not in rule or label in rule["only"])
