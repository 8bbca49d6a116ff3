import CPROJ

/// The PROJ library this process runs with.
public enum PROJLibrary {
    /// Its version, as PROJ reports it, e.g. `9.1.1`.
    ///
    /// Transforms and geodesics can differ in their last bits between releases; record this next
    /// to anything computed once and reused.
    public static var version: String { String(cString: proj_info().version) }
}
