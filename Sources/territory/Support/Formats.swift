import ArgumentParser
import Territory

/// `--format` of the commands that print a table or JSON.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// `--format` of `snapshot`.
enum SnapshotFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, geojson
}

/// `--format` of `area`.
enum AreaFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// `--format` of `series`.
enum SeriesFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// `--format` of `export`.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case geojson, topojson, gpkg
    case postgisSQL = "postgis-sql"
}

extension FeatureKind: ExpressibleByArgument {}

extension Layer: ExpressibleByArgument {}
