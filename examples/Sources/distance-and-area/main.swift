// The geodesic distance between two towns and the geodesic area of a polygon, on the WGS84
// ellipsoid (GeographicLib's algorithms as shipped in PROJ): no projection, no planar error.
import SwiftGEOS
import SwiftPROJ

// Coordinates are longitude (x), latitude (y).
let stepanakert = Coordinate(x: 46.752, y: 39.815)
let shusha = Coordinate(x: 46.749, y: 39.760)

let line = try Geodesic.wgs84.inverse(stepanakert, shusha)
print("Stepanakert to Shusha: \(line.distance / 1000) km, initial azimuth \(line.azimuth1)°")

// A one-degree cell south-west of Stepanakert, as WKT (counter-clockwise exterior ring).
let cell = try Geometry(wkt: "POLYGON ((46 39, 47 39, 47 40, 46 40, 46 39))")
let squareMetres = try Geodesic.wgs84.area(of: cell)
print("Cell 46–47°E, 39–40°N: \(squareMetres / 1_000_000) km² (planar degrees² would say \(cell.area))")
