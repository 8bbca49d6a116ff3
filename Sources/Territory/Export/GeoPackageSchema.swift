/// The SQL of the GeoPackage 1.3 metadata tables and of the R-tree extension's triggers.
package enum GeoPackageSchema {
    /// The `application_id` of a GeoPackage: "GPKG" in ASCII.
    package static let applicationID: Int32 = 0x4750_4B47
    /// The `user_version` of GeoPackage 1.3.0.
    package static let userVersion: Int32 = 10300

    /// A double-quoted SQL identifier.
    package static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The required tables (spatial reference systems, contents, geometry columns) plus the
    /// extensions table, with the three required SRS rows.
    package static let core = """
        CREATE TABLE gpkg_spatial_ref_sys (
            srs_name TEXT NOT NULL,
            srs_id INTEGER NOT NULL PRIMARY KEY,
            organization TEXT NOT NULL,
            organization_coordsys_id INTEGER NOT NULL,
            definition TEXT NOT NULL,
            description TEXT
        );
        INSERT INTO gpkg_spatial_ref_sys VALUES
            ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
            ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
            ('WGS 84 geodetic', 4326, 'EPSG', 4326, '\(wgs84)', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
        CREATE TABLE gpkg_contents (
            table_name TEXT NOT NULL PRIMARY KEY,
            data_type TEXT NOT NULL,
            identifier TEXT UNIQUE,
            description TEXT DEFAULT '',
            last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            min_x DOUBLE,
            min_y DOUBLE,
            max_x DOUBLE,
            max_y DOUBLE,
            srs_id INTEGER,
            CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
        );
        CREATE TABLE gpkg_geometry_columns (
            table_name TEXT NOT NULL,
            column_name TEXT NOT NULL,
            geometry_type_name TEXT NOT NULL,
            srs_id INTEGER NOT NULL,
            z TINYINT NOT NULL,
            m TINYINT NOT NULL,
            CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
            CONSTRAINT uk_gc_table_name UNIQUE (table_name),
            CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
            CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
        );
        CREATE TABLE gpkg_extensions (
            table_name TEXT,
            column_name TEXT,
            extension_name TEXT NOT NULL,
            definition TEXT NOT NULL,
            scope TEXT NOT NULL,
            CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
        );
        """

    /// EPSG:4326 as OGC WKT 1, the form GeoPackage readers expect.
    private static let wgs84 =
        #"GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],"#
        + #"AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],"#
        + #"UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],"#
        + #"AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]"#

    /// The triggers of GeoPackage 1.3's R-tree extension (Annex F.3) for `table`'s `geom` column.
    /// They call the ST_ functions a GeoPackage reader provides, so they are created after the
    /// rows are in; they fire only when a GIS edits the layer.
    package static func rtreeTriggers(table: String) -> String {
        let t = quoted(table)
        let r = quoted("rtree_\(table)_geom")
        let name = { (suffix: String) in quoted("rtree_\(table)_geom_\(suffix)") }
        let insert =
            "INSERT OR REPLACE INTO \(r) VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), "
            + "ST_MinY(NEW.geom), ST_MaxY(NEW.geom));"
        return """
            CREATE TRIGGER \(name("insert")) AFTER INSERT ON \(t)
                WHEN (NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
                BEGIN \(insert) END;
            CREATE TRIGGER \(name("update1")) AFTER UPDATE OF geom ON \(t)
                WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
                BEGIN \(insert) END;
            CREATE TRIGGER \(name("update2")) AFTER UPDATE OF geom ON \(t)
                WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
                BEGIN DELETE FROM \(r) WHERE id = OLD.fid; END;
            CREATE TRIGGER \(name("update3")) AFTER UPDATE ON \(t)
                WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
                BEGIN DELETE FROM \(r) WHERE id = OLD.fid; \(insert) END;
            CREATE TRIGGER \(name("update4")) AFTER UPDATE ON \(t)
                WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
                BEGIN DELETE FROM \(r) WHERE id IN (OLD.fid, NEW.fid); END;
            CREATE TRIGGER \(name("delete")) AFTER DELETE ON \(t)
                WHEN OLD.geom NOT NULL
                BEGIN DELETE FROM \(r) WHERE id = OLD.fid; END;
            """
    }
}
