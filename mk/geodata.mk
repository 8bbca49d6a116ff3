# The dataset's published JSON Schemas (geodata/schema) still describe its files, and the drawn
# source geodata/src/drawn.json, which the Swift loader never reads, is well formed (issue 15,
# point 6). The data themselves are checked by the loader (`territory validate --strict`, run by the
# tests); this needs only jsonschema, from Debian, not the geodata build venv.
.PHONY: test-geodata-schema
test-geodata-schema:
	scripts/install-deps python3-jsonschema
	python3 geodata/tools/py/validate_schema.py

TEST_EXTRA += test-geodata-schema
