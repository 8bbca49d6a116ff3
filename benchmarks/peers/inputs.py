"""Reading what territory-bench wrote: the all-periods export, the units and the random questions."""

import datetime
import json
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import shape
from shapely.geometry.polygon import orient

EPOCH = datetime.date(1970, 1, 1)
OPEN_END = np.iinfo(np.int32).max


def day_number(iso):
    """Days since 1970-01-01 of an ISO date, as Territory counts them."""
    return (datetime.date.fromisoformat(iso) - EPOCH).days


@dataclass
class Ground:
    """The ground features of the export (corridors left out), with their holders as codes."""
    geometries: np.ndarray
    controller: np.ndarray   # index into holders, -1: none
    de_jure: np.ndarray
    valid_from: np.ndarray   # days since 1970
    valid_to: np.ndarray
    period: np.ndarray       # index into period_starts
    period_starts: np.ndarray
    holders: list


def read_ground(path):
    with open(path) as file:
        features = [f for f in json.load(file)["features"] if "corridor" not in f["properties"]]
    holders = sorted({f["properties"][key] for f in features for key in ("controller", "de_jure")} - {None})
    code = {holder: index for index, holder in enumerate(holders)}
    valid_from = np.array([day_number(f["properties"]["valid_from"]) for f in features], dtype=np.int64)
    period_starts = np.unique(valid_from)
    return Ground(
        geometries=np.array([shape(f["geometry"]) for f in features], dtype=object),
        controller=np.array([code.get(f["properties"]["controller"], -1) for f in features], dtype=np.int64),
        de_jure=np.array([code.get(f["properties"]["de_jure"], -1) for f in features], dtype=np.int64),
        valid_from=valid_from,
        valid_to=np.array([day_number(f["properties"]["valid_to"]) if f["properties"]["valid_to"] else OPEN_END
                           for f in features], dtype=np.int64),
        period=np.searchsorted(period_starts, valid_from),
        period_starts=period_starts,
        holders=holders,
    )


@dataclass
class Points:
    """points.bin: int64 n, n longitudes, n latitudes (float64), n days since 1970 (int32)."""
    lon: np.ndarray
    lat: np.ndarray
    day: np.ndarray

    @property
    def count(self):
        return len(self.lon)


def read_points(path):
    data = np.fromfile(path, dtype=np.uint8)
    count = int(data[:8].view(np.int64)[0])
    lon = data[8:8 + 8 * count].view(np.float64)
    lat = data[8 + 8 * count:8 + 16 * count].view(np.float64)
    day = data[8 + 16 * count:8 + 20 * count].view(np.int32).astype(np.int64)
    return Points(lon=lon, lat=lat, day=day)


def read_units(path):
    """Every unit's geometry, exteriors counter-clockwise so geodesic areas come out positive."""
    with open(path) as file:
        features = json.load(file)["features"]
    units = []
    for feature in features:
        parts = [orient(part, 1.0) for part in shapely.get_parts(shape(feature["geometry"]))]
        units.append(shapely.multipolygons(parts) if len(parts) > 1 else parts[0])
    return units


def pieces_at(ground, geometries, days):
    """The index of the ground piece holding each (point, day), -1 for none: the points are
    bucketed by period and each period's pieces queried through an STRtree (prepared, vectorised)."""
    period = np.searchsorted(ground.period_starts, days, side="right") - 1
    piece = np.full(len(geometries), -1, dtype=np.int64)
    for index in range(len(ground.period_starts)):
        selected = np.nonzero(period == index)[0]
        if selected.size == 0:
            continue
        pieces = np.nonzero(ground.period == index)[0]
        tree = shapely.STRtree(ground.geometries[pieces])
        query, found = tree.query(geometries[selected], predicate="intersects")
        hit, first = np.unique(query, return_index=True)
        piece[selected[hit]] = pieces[found[first]]
    return piece


def holder_of(codes, piece):
    """`codes` (a holder code per piece) at each piece index, -1 where there is no piece."""
    return np.where(piece >= 0, codes[piece], -1)
