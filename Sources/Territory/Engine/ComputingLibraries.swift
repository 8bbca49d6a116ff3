import SwiftPROJ

/// The C libraries Territory computes with, for `territory --version` and for anyone recording
/// how a result was made (an answer's last bits can change with either).
///
/// ```swift
/// ComputingLibraries.geos   // "3.11.1-CAPI-1.17.1"
/// ComputingLibraries.proj   // "9.1.1"
/// ```
public enum ComputingLibraries {
    /// GEOS's version string (`GEOSLibrary.version`).
    public static var geos: String { GEOSLibrary.version }
    /// PROJ's version (`PROJLibrary.version` in SwiftPROJ).
    public static var proj: String { PROJLibrary.version }
}
