"""Checks a running `territory serve` against the CLI, with real clients (scripts/serve-test runs it).

Usage: serve_checks.py URL TERRITORY WORK SCHEMATHESIS CHROMIUM

Every expectation comes from somewhere else than the server: the CLI's JSON (`territory control`,
`snapshot`, `area`, `distance`, `export --all-periods`) computed at test time, GDAL's reading of the
service, or what RFC 9457 and OGC API - Features require. Prints one `ok:` or `FAIL:` line per
check and `N passed, N failed` at the end; exits 1 on any failure.
"""

import http.client
import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import urllib.parse
import urllib.request

URL, TERRITORY, WORK, SCHEMATHESIS, CHROMIUM = sys.argv[1:6]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PARTS = urllib.parse.urlsplit(URL)
HOST, PORT = PARTS.hostname, PARTS.port
passed = failed = 0


def check(condition, message, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok: {message}")
    else:
        failed += 1
        print(f"FAIL: {message}{': ' + detail if detail else ''}", file=sys.stderr)
    return condition


def get(path, headers=None):
    """(status, headers, body bytes) of a GET, on a new connection."""
    connection = http.client.HTTPConnection(HOST, PORT, timeout=60)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, response.headers, body


def get_json(path):
    status, headers, body = get(path)
    if status != 200:
        raise RuntimeError(f"GET {path}: {status} {body[:300]!r}")
    return json.loads(body)


def cli(*arguments):
    return subprocess.run([TERRITORY, *arguments], check=True, capture_output=True, text=True).stdout


def cli_json(*arguments):
    return json.loads(cli(*arguments, "--format", "json"))


def problem(path, status, mentions, method="GET", message=None):
    """A request that must fail with `status` as a one-line RFC 9457 problem naming `mentions`."""
    connection = http.client.HTTPConnection(HOST, PORT, timeout=60)
    connection.request(method, path)
    response = connection.getresponse()
    body = response.read().decode()
    connection.close()
    label = message or f"{method} {path[:60]}"
    if not check(response.status == status, f"{label}: status {status}", f"got {response.status} {body[:200]}"):
        return None
    kind = response.headers.get("Content-Type", "")
    check(kind == "application/problem+json", f"{label}: application/problem+json", kind)
    try:
        document = json.loads(body)
    except ValueError:
        check(False, f"{label}: the body is JSON", body[:200])
        return None
    detail = document.get("detail", "")
    check(
        document.get("status") == status and document.get("title") and "\n" not in detail and mentions in detail,
        f"{label}: detail names '{mentions}': {detail}",
        body[:300],
    )
    return response


def all_items(collection, query=""):
    """Every feature of a collection through the next links, and how many pages it took."""
    path = f"/collections/{collection}/items?{query}"
    features, pages = [], 0
    while path:
        page = get_json(path)
        features += page["features"]
        pages += 1
        following = [link["href"] for link in page.get("links", []) if link["rel"] == "next"]
        path = urllib.parse.urlsplit(following[0])._replace(scheme="", netloc="").geturl() if following else None
        if pages > 10000:
            raise RuntimeError("the next links never end")
    return features, pages


def bounds(geometry):
    coordinates = []

    def walk(value):
        if isinstance(value[0], (int, float)):
            coordinates.append(value)
        else:
            for item in value:
                walk(item)

    walk(geometry["coordinates"])
    xs = [c[0] for c in coordinates]
    ys = [c[1] for c in coordinates]
    return min(xs), min(ys), max(xs), max(ys)


# --- The export the collections must equal ----------------------------------------------------

ground = json.loads(cli("export", "--all-periods"))["features"]
corridors = json.loads(cli("export", "--all-periods", "--features", "corridors"))["features"]
ground_by_id = {f["id"]: f for f in ground}
# The GeoPackage export holds every collection as a table of the same rows (ground is its
# control_periods): each served feature's properties must be its row, column by column.
tables_gpkg = f"{WORK}/export.gpkg"
cli("export", "--all-periods", "--format", "gpkg", "--out", tables_gpkg)


def table_rows(table):
    """{id: {column: value}} of a GeoPackage table, without its fid, geometry and id columns."""
    database = sqlite3.connect(tables_gpkg)
    cursor = database.execute(f"SELECT * FROM {table}")
    names = [column[0] for column in cursor.description]
    rows = {}
    for values in cursor:
        row = dict(zip(names, values))
        for extra in ("fid", "geom"):
            row.pop(extra, None)
        key = "feature_id" if "feature_id" in row else "id"
        rows[row.pop(key)] = row
    database.close()
    return rows

# --- OGC API - Features core -----------------------------------------------------------------

landing = get_json("/")
relations = {link["rel"] for link in landing["links"]}
check({"service-desc", "conformance", "data"} <= relations, "landing page links service-desc, conformance and data")
conformance = get_json("/conformance")["conformsTo"]
check(
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core" in conformance
    and "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson" in conformance,
    "/conformance lists Core and GeoJSON",
)
collections = {c["id"]: c for c in get_json("/collections")["collections"]}
check(
    set(collections) == {"ground", "units", "corridors", "places", "events"},
    "/collections: ground, units, corridors, places, events",
    str(sorted(collections)),
)
status, headers, body = get("/collections", {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
check(status == 200 and headers["Content-Type"].startswith("text/html"), "a browser's Accept gets HTML")
status, headers, body = get("/collections?f=json", {"Accept": "text/html"})
check(status == 200 and headers["Content-Type"] == "application/json", "f=json wins over Accept")

served_ground, pages = all_items("ground", "limit=100")
check(
    len(served_ground) == len(ground) and pages == -(-len(ground) // 100),
    f"ground: {len(served_ground)} features over {pages} pages of 100 by the next links, as many as the export",
    f"the export has {len(ground)}",
)
check(
    {f["id"] for f in served_ground} == set(ground_by_id) and len({f["id"] for f in served_ground}) == len(ground),
    "ground: the same feature ids as the export, none twice",
)
mismatched = [
    f["id"] for f in served_ground if f["properties"] != ground_by_id.get(f["id"], {}).get("properties")
    or f["geometry"]["type"] != ground_by_id[f["id"]]["geometry"]["type"]
]
check(not mismatched, "ground: every feature's properties (areas, holders, period) equal the export's", str(mismatched[:3]))
served_corridors, _ = all_items("corridors", "limit=1000")
check(
    {f["id"] for f in served_corridors} == {f["id"] for f in corridors},
    f"corridors: the {len(corridors)} routes of `territory export --all-periods --features corridors`",
    f"served {len(served_corridors)}",
)
for collection, table in (("ground", "control_periods"), ("units", "units"), ("corridors", "corridors"),
                          ("places", "places"), ("events", "events")):
    rows = table_rows(table)
    served, _ = all_items(collection, "limit=1000")
    differing = [f["id"] for f in served if f["properties"] != rows.get(f["id"])]
    check(
        len(served) == len(rows) and {f["id"] for f in served} == set(rows) and not differing,
        f"{collection}: its {len(rows)} features are the rows of the GeoPackage export's {table}, column by column",
        f"served {len(served)}; differing: {differing[:3]}",
    )

for date in ("1994-05-12", "2021-01-01"):
    day_export = json.loads(cli("export", "--date", date))["features"]
    expected = {f["id"] for f in day_export if "corridor" not in f["properties"]}
    served, _ = all_items("ground", f"datetime={date}&limit=1000")
    check({f["id"] for f in served} == expected, f"ground?datetime={date}: the features of `territory export --date {date}`")
    timed, _ = all_items("ground", f"datetime={date}T12:00:00Z&limit=1000")
    check(len(timed) == len(served), f"ground?datetime={date}T12:00:00Z: a time of day gives the same day")

first, last = "1991-01-01", "1994-12-31"
expected = {
    f["id"] for f in ground
    if (f["properties"]["valid_from"] or "0000") <= last and (f["properties"]["valid_to"] or "9999") > first
}
served, _ = all_items("ground", f"datetime={first}/{last}&limit=1000")
check({f["id"] for f in served} == expected, f"ground?datetime={first}/{last}: the periods overlapping it ({len(expected)})")
served, _ = all_items("ground", f"datetime=../{first}&limit=1000")
expected = {f["id"] for f in ground if (f["properties"]["valid_from"] or "0000") <= first}
check({f["id"] for f in served} == expected, f"ground?datetime=../{first}: open start")

box = (46.5, 39.5, 47.0, 40.0)
expected = set()
for f in ground:
    w, s, e, n = bounds(f["geometry"])
    if w <= box[2] and box[0] <= e and s <= box[3] and box[1] <= n:
        expected.add(f["id"])
served, _ = all_items("ground", "bbox=" + ",".join(map(str, box)) + "&limit=1000")
check({f["id"] for f in served} == expected, f"ground?bbox=46.5,39.5,47,40: the features whose box meets it ({len(expected)})")

one = ground[len(ground) // 2]
item = get_json("/collections/ground/items/" + urllib.parse.quote(one["id"], safe=""))
check(item["id"] == one["id"] and item["properties"] == one["properties"], f"ground/items/{one['id']}: the export's feature")
places = get_json("/collections/places/items?limit=1000")
check(places["numberMatched"] == len(cli_json("places")), "places: as many as `territory places`")

# The README's example query shows what the server answers (its output lines, in order).
readme = open(f"{ROOT}/README.md", encoding="utf-8").read()
page = get_json("/collections/ground/items?datetime=2021-01-01&limit=1000")
shown = [f"{page['numberMatched']} features"] + [
    f"{f['id']}  {int(f['properties']['area_km2'] + 0.5)} km²" for f in page["features"][:3]
]
check("\n".join(shown) in readme, "the README's ground?datetime=2021-01-01 output is the server's", "\n".join(shown))

# --- The CLI's questions ----------------------------------------------------------------------

# The server prints the library's answers with the CLI's encoder (AnswerJSON): the same bytes.
def same_bytes(path, *arguments):
    status, headers, body = get(path)
    expected = cli(*arguments, "--format", "json")
    check(
        status == 200 and headers["Content-Type"] == "application/json" and body.decode() == expected,
        f"{path} is byte for byte `territory {' '.join(arguments)} --format json`",
        f"{status} {body[:300]!r} vs {expected[:300]!r}",
    )


for lat, lon, date in (("39.815", "46.752", "2021-01-01"), ("39.76", "46.75", "1994-05-12"), ("40.5", "44.5", "2000")):
    same_bytes(f"/control?lat={lat}&lon={lon}&date={date}", "control", "--at", f"{lat},{lon}", "--date", date)
for date, layer in (("1994-05-12", "de-facto"), ("2021-01-01", "de-jure"), ("2026-12-31", "de-facto")):
    same_bytes(f"/snapshot?date={date}&layer={layer}", "snapshot", "--date", date, "--layer", layer)
for query, arguments in (
    ("name=Azerbaijan", ["Azerbaijan"]),
    ("name=Azerbaijan&date=1994-05-12&controller=NKR", ["Azerbaijan", "--date", "1994-05-12", "--controller", "NKR"]),
    ("name=Azerbaijan&date=1994-05-12&controller=armenian-forces",
     ["Azerbaijan", "--date", "1994-05-12", "--controller", "armenian-forces"]),
    ("name=Azerbaijan&date=2021-01-01&controller=ARM&layer=de-jure",
     ["Azerbaijan", "--date", "2021-01-01", "--controller", "ARM", "--layer", "de-jure"]),
    ("name=NKR&date=1994-05-12", ["NKR", "--date", "1994-05-12"]),
    ("name=Lachin&date=2021-06-01", ["Lachin", "--date", "2021-06-01"]),
    ("name=Lachin%20corridor&date=2021-06-01", ["Lachin corridor", "--date", "2021-06-01"]),
):
    same_bytes("/area?" + query, "area", *arguments)
same_bytes("/distance?a=Stepanakert&b=Shusha", "distance", "Stepanakert", "Shusha")
same_bytes("/distance?a=39.815,46.752&b=Lachin", "distance", "39.815,46.752", "Lachin")

# --- Bad input: a clear status and message, and nothing changes ---------------------------------

before = get("/snapshot?date=2021-01-01")[2]
problem("/control?lat=39.8&lon=46.7&date=2021-02-30", 400, "February 2021 has 28 days")
problem("/control?lat=39.8&lon=46.7&date=21-1-1", 400, "21-1-1")
problem("/control?lat=95&lon=46.7&date=2021-01-01", 400, "lat 95")
problem("/control?lat=north&lon=46.7&date=2021-01-01", 400, "north")
problem("/control?lon=46.7&date=2021-01-01", 400, "'lat' is required")
problem("/snapshot?date=1800-01-01", 400, "outside the dataset's range")
problem("/collections/ground/items?bbox=1,2,3", 400, "not four numbers")
problem("/collections/ground/items?bbox=46,41,47,40", 400, "south edge above its north")
problem("/collections/ground/items?datetime=2021-13-01", 400, "month 13")
problem("/collections/ground/items?datetime=2021-02-01/2021-01-01", 400, "ends (2021-01-01) before it starts")
problem("/collections/ground/items?limit=1000000", 400, "limit 1000000 is outside 1...1000")
problem("/collections/ground/items?limit=0", 400, "limit 0")
problem("/collections/ground/items?colour=red", 400, "unknown query parameter 'colour'")
problem("/collections/places/items?datetime=2021-01-01", 400, "unknown query parameter 'datetime'")
problem("/collections/ground/items?limit=1&limit=2", 400, "given twice")
problem("/collections/nowhere/items", 404, "no collection 'nowhere'")
problem("/collections/ground/items/no-such-feature", 404, "no feature 'no-such-feature'")
problem("/area?name=Atlantis", 400, "unknown unit 'Atlantis'")
problem("/area?name=Lachin&controller=NKR", 400, "controller needs date")
problem("/../../etc/passwd", 404, "nothing at")
problem("/collections/..%2F..%2Fetc%2Fpasswd/items", 404, "no collection")
response = problem("/collections", 405, "read only", method="POST")
if response is not None:
    check(response.headers.get("Allow") == "GET", "405 says Allow: GET")
problem("/collections/ground/items", 405, "read only", method="DELETE")

def raw_problem(reply, status, mentions, label):
    """A raw HTTP reply that must be `status` with a one-line problem document naming `mentions`."""
    head, _, body = reply.partition(b"\r\n\r\n")
    status_line = head.split(b"\r\n", 1)[0].decode(errors="replace")
    headers = head.decode(errors="replace").lower()
    try:
        detail = json.loads(body).get("detail", "")
    except ValueError:
        detail = None
    check(
        status_line.startswith(f"HTTP/1.1 {status} ") and "content-type: application/problem+json" in headers
        and "connection: close" in headers and detail is not None and mentions in detail and "\n" not in detail,
        f"{label}: {status_line}, problem+json: {detail}",
        repr(reply[:300]),
    )


# A request line of 1 MB: over NIO's parser's 80 KiB limit for the head, answered 431 with a problem.
with socket.create_connection((HOST, PORT), timeout=60) as connection:
    connection.sendall(b"GET /?" + b"a" * (1 << 20) + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    reply = b""
    try:
        while chunk := connection.recv(65536):
            reply += chunk
    except ConnectionResetError:
        pass
raw_problem(reply, 431, "exceed 80 KiB", "a 1 MB request line")

# A client sending its headers a byte at a time (slowloris) is cut off with 408 once the request
# head takes longer than the server allows; meanwhile others are served. Bounded: at most 60 bytes,
# 0.5 s apart; the server's limit is 10 s.
slow = socket.create_connection((HOST, PORT), timeout=60)
slow.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
served_meanwhile = get("/conformance")[0] == 200
reply = b""
slow.settimeout(0.5)
for _ in range(60):
    try:
        slow.sendall(b"X")
        chunk = slow.recv(4096)
        if not chunk:
            break
        reply += chunk
    except socket.timeout:
        continue
    except (BrokenPipeError, ConnectionResetError):
        break
# The rest of the reply, if it came in pieces, until the server closes.
slow.settimeout(5)
try:
    while chunk := slow.recv(4096):
        reply += chunk
except (socket.timeout, ConnectionResetError, BrokenPipeError):
    pass
slow.close()
check(served_meanwhile, "a slow client does not hold up others")
raw_problem(reply, 408, "did not arrive within 10 s", "a client sending its headers a byte at a time")

# Not HTTP at all: 400 with a problem, and the connection closed.
with socket.create_connection((HOST, PORT), timeout=60) as connection:
    connection.sendall(b"\x16\x03\x01 hello, this is not HTTP\r\n\r\n")
    reply = b""
    try:
        while chunk := connection.recv(65536):
            reply += chunk
    except ConnectionResetError:
        pass
raw_problem(reply, 400, "not HTTP/1.1", "bytes that are not HTTP")
check(get("/snapshot?date=2021-01-01")[2] == before, "after the bad requests the answers are unchanged")

# --- Real clients ------------------------------------------------------------------------------

listing = subprocess.run(["ogrinfo", "-ro", "-q", f"OAPIF:{URL}"], capture_output=True, text=True)
layers = re.findall(r"^\d+: (\S+)", listing.stdout, re.M)
check(sorted(layers) == sorted(collections), f"ogrinfo OAPIF lists the collections: {', '.join(layers)}", listing.stderr[-300:])

gpkg = f"{WORK}/ground.gpkg"
copy = subprocess.run(
    ["ogr2ogr", "-f", "GPKG", "-nlt", "PROMOTE_TO_MULTI", gpkg, f"OAPIF:{URL}", "ground"], capture_output=True, text=True
)
if check(copy.returncode == 0, "ogr2ogr copies ground from OAPIF into a GeoPackage", copy.stderr[-300:]):
    database = sqlite3.connect(gpkg)
    rows = dict(database.execute("SELECT id, area_km2 FROM ground"))
    check(len(rows) == len(ground), f"the GeoPackage has {len(rows)} ground features, as the export", f"export: {len(ground)}")
    wrong = [i for i, f in ground_by_id.items() if rows.get(i) != f["properties"]["area_km2"]]
    check(not wrong, "every GeoPackage feature's area_km2 equals the export's", str(wrong[:3]))
    # The geometries too: each copied polygon's geodesic area by GeographicLib's Planimeter (an
    # independent implementation of Karney's algorithm), exterior minus holes, against the export's
    # area_km2. Tolerance: the served coordinates are rounded to 1e-7 degrees (at most 1.1 cm), which
    # moves the area by at most the perimeter times 1.1 cm, plus Planimeter's printed 0.1 m².
    copied = json.loads(subprocess.run(["ogr2ogr", "-f", "GeoJSON", "/vsistdout/", gpkg], capture_output=True, text=True).stdout)
    rings, owners = [], []
    for f in copied["features"]:
        polygons = f["geometry"]["coordinates"] if f["geometry"]["type"] == "MultiPolygon" else [f["geometry"]["coordinates"]]
        for polygon in polygons:
            for number, ring in enumerate(polygon):
                rings.append("\n".join(f"{lat!r} {lon!r}" for lon, lat in ring[:-1]))
                owners.append((f["properties"]["id"], number == 0))
    planimeter = subprocess.run(["Planimeter"], input="\nnan nan\n".join(rings) + "\n", capture_output=True, text=True).stdout.split("\n")
    areas, slack = {}, {}
    for (owner, exterior), line in zip(owners, planimeter):
        _, perimeter, area = map(float, line.split())
        areas[owner] = areas.get(owner, 0.0) + (abs(area) if exterior else -abs(area)) / 1e6
        slack[owner] = slack.get(owner, 0.0) + (perimeter * 0.011 + 0.1) / 1e6
    off = [i for i, f in ground_by_id.items() if i not in areas or abs(areas[i] - f["properties"]["area_km2"]) > slack[i]]
    check(len(areas) == len(ground) and not off, "the copied geometries' geodesic areas (Planimeter) equal the export's", str(off[:3]))

# schemathesis's checks but positive_data_acceptance (a schema cannot say which dates the dataset
# covers or which names exist, so a well-formed date=0001-01-01 is rightly refused with 400) and
# those about authentication and stateful links, which this read-only, open API does not have.
run = subprocess.run(
    [SCHEMATHESIS, "run", f"{URL}api", "--url", URL.rstrip("/"), "--max-examples", "40", "--workers", "2",
     "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,"
     "response_headers_conformance,negative_data_rejection,unsupported_method", "--no-color"],
    capture_output=True, text=True, cwd=WORK,  # its .schemathesis/ cache stays out of the repository
)
summary = [line for line in run.stdout.splitlines() if re.search(r"\d+ (passed|failed)|No issues found|Test cases", line)]
check(run.returncode == 0, "schemathesis against /api: no failures. " + " | ".join(summary[-3:]), run.stdout[-3000:])

# The map page in headless Chromium: the legend against the server's own /snapshot, the year
# ticks, and an impossible #date refused with a visible message.
chrome = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          f"--user-data-dir={WORK}/profile", "--virtual-time-budget=5000", "--dump-dom"]
for date in ("1993-01-01", "2021-01-01"):
    dom = subprocess.run(chrome + [f"{URL}map#date={date}"], capture_output=True, text=True).stdout
    shown = dict(re.findall(r'data-holder="([^"]+)" data-area-km2="([^"]+)"', dom))
    expected = {c["id"]: f"{c['area_km2']:.1f}" for c in get_json(f"/snapshot?date={date}")["controllers"]}
    check(re.search(rf'id="date-label"[^>]*>{date}<', dom) is not None, f"/map#date={date}: the page shows {date}")
    check(shown == expected, f"/map#date={date}: the legend shows /snapshot's holders and areas ({len(expected)})", f"{shown} vs {expected}")
dom = subprocess.run(chrome + [f"{URL}map#date=2021-02-30"], capture_output=True, text=True).stdout
message = re.search(r'id="date-error"[^>]*>([^<]*)<', dom)
check(message is not None and "2021-02-30" in message.group(1) and "28 days" in message.group(1),
      f"/map#date=2021-02-30: refused: {message.group(1) if message else 'no message'}")
check('id="date-label">2021-03-02<' not in dom, "/map#date=2021-02-30 does not become 2021-03-02")
check(len(re.findall(r'<option value="\d+" label="\d{4}"', dom)) > 10, "the map's slider has year ticks")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
