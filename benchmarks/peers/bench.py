"""W1-W5 with Shapely 2 and pyproj.Geod on Territory's exported GeoJSON: the peer side of `make bench`.

Reads what territory-bench wrote into --work (all-periods.geojson from `territory export
--all-periods`, units.geojson, points.bin) and prints one JSON object: median seconds per workload,
W3 holder counts (to cross-check against Territory) and W5 checksums.
"""

import argparse
import json
import platform
import statistics
import sys
import time

import numpy as np
import pyproj
import shapely
from shapely.geometry import mapping

from inputs import day_number, holder_of, pieces_at, read_ground, read_points, read_units

GEOD = pyproj.Geod(ellps="WGS84")


def timed(runs, body, warm_up=1):
    """Median seconds of `runs` calls of body() after `warm_up` untimed ones, and the last result."""
    for _ in range(warm_up):
        result = body()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = body()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def geodesic_km2(geometry):
    return abs(GEOD.geometry_area_perimeter(geometry)[0]) / 1e6


def snapshot(ground, day):
    """W1: each controller's ground on `day`, dissolved (coverage union), with its geodesic area."""
    live = np.nonzero((ground.valid_from <= day) & (day < ground.valid_to) & (ground.controller >= 0))[0]
    result = {}
    for code in np.unique(ground.controller[live]):
        members = ground.geometries[live[ground.controller[live] == code]]
        dissolved = shapely.coverage_union_all(members)
        result[ground.holders[code]] = (dissolved, geodesic_km2(dissolved))
    return result


def series(ground, first_day, last_day):
    """W2: the de facto area of each controller on every day from first_day to last_day."""
    areas = np.array([geodesic_km2(g) for g in ground.geometries])
    by_period = np.zeros((len(ground.period_starts), len(ground.holders)))
    held = ground.controller >= 0
    np.add.at(by_period, (ground.period[held], ground.controller[held]), areas[held])
    days = np.arange(first_day, last_day + 1)
    return by_period[np.searchsorted(ground.period_starts, days, side="right") - 1]


def control(ground, points, count):
    """W3: the de facto holder code (-1: none) of the first `count` (point, day) pairs."""
    geometries = shapely.points(points.lon[:count], points.lat[:count])
    return holder_of(ground.controller, pieces_at(ground, geometries, points.day[:count]))


def export_all_periods(ground):
    """W4: every period's ground, dissolved per (controller, de jure holder), as one GeoJSON text."""
    features = []
    for index, start in enumerate(ground.period_starts):
        pieces = np.nonzero(ground.period == index)[0]
        pairs = {}
        for piece in pieces:
            pairs.setdefault((ground.controller[piece], ground.de_jure[piece]), []).append(piece)
        for (controller, de_jure), members in sorted(pairs.items()):
            dissolved = shapely.coverage_union_all(ground.geometries[members])
            for part_number, part in enumerate(shapely.get_parts(dissolved)):
                features.append({
                    "type": "Feature",
                    "id": f"{controller}/{de_jure}/{part_number + 1}@{start}",
                    "geometry": mapping(part),
                    "properties": {
                        "controller": ground.holders[controller] if controller >= 0 else None,
                        "de_jure": ground.holders[de_jure] if de_jure >= 0 else None,
                        "valid_from": int(start),
                        "area_km2": geodesic_km2(part),
                    },
                })
    return json.dumps({"type": "FeatureCollection", "features": features})


def distances(points):
    """W5a: geodesic distance from each point to the next (vectorised pyproj.Geod.inv); the sum."""
    _, _, meters = GEOD.inv(points.lon, points.lat, np.roll(points.lon, -1), np.roll(points.lat, -1))
    return float(meters.sum())


def unit_areas(units):
    """W5b: the geodesic area of every unit; the sum in km²."""
    return sum(geodesic_km2(unit) for unit in units)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--work", required=True)
    parser.add_argument("--date", required=True)
    parser.add_argument("--today", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    ground = read_ground(f"{args.work}/all-periods.geojson")
    points = read_points(f"{args.work}/points.bin")
    units = read_units(f"{args.work}/units.geojson")
    runs, big_runs = args.runs, max(1, args.runs // 2)
    timings, checks = {}, {}

    timings["W1"], _ = timed(runs, lambda: snapshot(ground, day_number(args.date)))
    first_day = int(ground.period_starts[0])
    timings["W2"], _ = timed(runs, lambda: series(ground, first_day, day_number(args.today)))
    holders = None
    for size in (10_000, 100_000, 1_000_000):
        if size <= points.count:
            timings[f"W3@{size}"], holders = timed(runs if size < 1_000_000 else big_runs,
                                                   lambda: control(ground, points, size))
    timings["W3"], holders = timed(big_runs, lambda: control(ground, points, points.count))
    timings["W4"], _ = timed(big_runs, lambda: export_all_periods(ground))
    timings["W5-distances"], checks["w5_distance_sum_m"] = timed(big_runs, lambda: distances(points))
    timings["W5-areas"], checks["w5_area_sum_km2"] = timed(runs, lambda: unit_areas(units))
    timings["W5"] = timings["W5-distances"] + timings["W5-areas"]

    codes, numbers = np.unique(holders, return_counts=True)
    counts = {(ground.holders[code] if code >= 0 else "none"): int(n) for code, n in zip(codes, numbers)}
    versions = {
        "python": platform.python_version(), "shapely": shapely.__version__,
        "shapely_geos": shapely.geos_version_string, "pyproj": pyproj.__version__,
        "pyproj_proj": pyproj.proj_version_str, "numpy": np.__version__,
    }
    json.dump({"timings": timings, "w3_counts": counts, "checks": checks, "versions": versions}, sys.stdout)


if __name__ == "__main__":
    main()
