"""W7 peer: classify an event CSV the way a pandas + Shapely 2 user would, as one process.

usage: classify.py EVENTS.csv ALL-PERIODS.geojson OUT.csv

Reads the events with pandas (every column as text, so that they are written back unchanged, as
`territory classify` keeps them), loads the ground of every period from Territory's all-periods
GeoJSON export, finds each event's piece of ground with one Shapely STRtree per period (the
vectorised bulk query), and writes the events with de_facto and de_jure columns with pandas.
It adds two columns where `territory classify` adds nine; its time is a lower bound for the
same job.
"""

import sys

import numpy as np
import pandas as pd
import shapely

from inputs import holder_of, pieces_at, read_ground

EPOCH = np.datetime64("1970-01-01", "D")


def main():
    events_path, ground_path, out_path = sys.argv[1:4]
    ground = read_ground(ground_path)
    events = pd.read_csv(events_path, dtype=str, keep_default_na=False)
    points = shapely.points(pd.to_numeric(events["longitude"]).to_numpy(),
                            pd.to_numeric(events["latitude"]).to_numpy())
    days = (pd.to_datetime(events["event_date"], format="ISO8601").to_numpy().astype("datetime64[D]") - EPOCH)
    days = days.astype(np.int64)
    piece = pieces_at(ground, points, days)
    controller = holder_of(ground.controller, piece)
    de_jure = holder_of(ground.de_jure, piece)
    names = np.array(ground.holders + [""], dtype=object)
    events["de_facto"] = names[controller]
    events["de_jure"] = names[de_jure]
    events.to_csv(out_path, index=False, lineterminator="\r\n")


if __name__ == "__main__":
    main()
