# `territory serve`, the atlas as an OGC API - Features service (issue 16; docs/serve.md).
#   make test-serve   real clients against the server: GDAL's OAPIF driver (ogrinfo, ogr2ogr),
#                     schemathesis against /api, headless Chromium on /map (part of `make test`)
#   make bench-serve  load on /control and /items with wrk, RSS before and after, and pygeoapi as
#                     the peer on the same items requests (prints numbers, asserts nothing)

TEST_EXTRA += test-serve

.PHONY: test-serve

test-serve: deps
	$(BUILD) --product territory
	$(BUILD) --product territory-serve
	scripts/serve-test $(TERRITORY)
