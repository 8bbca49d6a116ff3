// The ground and corridors on one date as an RFC 7946 GeoJSON FeatureCollection, written to a file
// any GIS opens (QGIS, geojson.io): one feature per holder's polygon, with "controller", "de_jure",
// "units", "valid_from", "valid_to" and "area_km2".
import Foundation
import Territory
import TerritoryRender

let arguments = CommandLine.arguments
let date = arguments.count > 1 ? arguments[1] : "2021-01-01"
let path = arguments.count > 2 ? arguments[2] : "territory-\(date).geojson"

let atlas = try Atlas.embedded()
let geoJSON = try atlas.geoJSON(on: try Day(iso: date))
try geoJSON.write(toFile: path, atomically: true, encoding: .utf8)
print("wrote \(path) (\(geoJSON.utf8.count) bytes)")
