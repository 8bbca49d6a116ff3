/// A coordinate reference system, named by anything `proj_create` accepts.
///
/// A `CRS` is only its definition: it is parsed when a `Transformer` first needs it, on the
/// thread that needs it, so it can be created anywhere and sent between tasks.
public struct CRS: Sendable, Hashable, CustomStringConvertible {
    /// The definition passed to PROJ: `"EPSG:4326"`, a PROJ string (`"+proj=utm +zone=38 +type=crs"`)
    /// or WKT.
    public let definition: String

    /// A CRS given by a PROJ string (with `+type=crs`), WKT, or an `AUTHORITY:CODE` string.
    public init(definition: String) {
        self.definition = definition
    }

    /// The CRS with the given EPSG code, as listed in PROJ's proj.db.
    public static func epsg(_ code: Int) -> CRS {
        CRS(definition: "EPSG:\(code)")
    }

    /// WGS 84 geographic coordinates (EPSG:4326); transformers take and give them as (longitude, latitude).
    public static let wgs84 = CRS.epsg(4326)

    /// WGS 84 longitude/latitude written as a PROJ string. Operations from it to another PROJ-string
    /// CRS are built without searching proj.db, in a fraction of a millisecond instead of
    /// milliseconds, which matters for the one local projection made per geometry.
    static let wgs84LonLat = CRS(definition: "+proj=longlat +datum=WGS84 +no_defs +type=crs")

    /// An azimuthal equidistant projection in metres on the WGS 84 ellipsoid, centred on `center`
    /// (longitude, latitude): distances and azimuths from the centre are exact geodesic ones.
    static func azimuthalEquidistant(centeredOn center: (longitude: Double, latitude: Double)) -> CRS {
        CRS(
            definition: "+proj=aeqd +lat_0=\(center.latitude) +lon_0=\(center.longitude) +datum=WGS84 +units=m "
                + "+no_defs +type=crs")
    }

    /// The definition.
    public var description: String { definition }
}
