# Exports for GIS tools and databases (issue 5), each proven by the program that reads it:
# - GDAL's ogrinfo reads the GeoJSON and GeoPackage exports in the Swift tests (ExportGeoJSONTests,
#   ExportGeoPackageTests), so `make test` installs gdal-bin before `swift test` and makes those
#   tests mandatory there (elsewhere they are skipped without ogrinfo);
# - GDAL's GeoPackage validator (validate_gpkg.py, Debian python3-gdal) checks the GeoPackage
#   against the OGC 1.3 requirements;
# - a real PostgreSQL + PostGIS, started on a free loopback port by scripts/postgis-test, loads the
#   PostGIS export and answers (point, date) questions exactly as `territory control` does;
# - GDAL's ogr2ogr converts the GeoJSON, GeoPackage and TopoJSON exports to FlatGeobuf and Shapefile
#   with no flags and keeps every feature (scripts/gis-conversion-test, which also prints the
#   TopoJSON's size against the GeoJSON's); GDAL's TopoJSON driver reads the TopoJSON export back in
#   the Swift tests (ExportTopoJSONTests).

TEST_EXTRA += test-gpkg-validate test-postgis test-gis-conversions

.PHONY: deps-exports test-gpkg-validate test-postgis test-gis-conversions

test: deps-exports
test: export TERRITORY_REQUIRE_GDAL := 1

deps-exports:
	scripts/install-deps gdal-bin

test-gpkg-validate: deps deps-exports
	scripts/install-deps python3-gdal
	$(BUILD) --product territory
	work=$$(mktemp -d) && trap 'rm -rf "$$work"' EXIT && \
		$(TERRITORY) export --all-periods --format gpkg --out "$$work/territory.gpkg" && \
		/usr/bin/python3 -m osgeo_utils.samples.validate_gpkg "$$work/territory.gpkg" && \
		echo "validate_gpkg: $$work/territory.gpkg conforms to GeoPackage 1.3"

test-postgis: deps
	$(BUILD) --product territory
	scripts/postgis-test $(TERRITORY)

test-gis-conversions: deps deps-exports
	$(BUILD) --product territory
	scripts/gis-conversion-test $(TERRITORY)
