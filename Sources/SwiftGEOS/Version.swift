import CGEOS

/// The GEOS library this process runs with.
public enum GEOSLibrary {
    /// Its version, as GEOS reports it: `3.11.1-CAPI-1.17.1` is GEOS 3.11.1 with C API 1.17.1.
    ///
    /// Results of overlays can differ in their last bits between GEOS versions; record this next
    /// to anything computed once and reused.
    public static var version: String { String(cString: GEOSversion()) }
}
