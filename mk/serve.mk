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

# The release server, wrk (Debian), and pygeoapi with gunicorn (PyPI) in .venv-bench-serve/.
BENCH_SERVE_VENV := .venv-bench-serve
BENCH_SERVE_PEERS := benchmarks/serve/requirements.txt

.PHONY: bench-serve

bench-serve: deps $(BENCH_SERVE_VENV)/.installed
	scripts/install-deps wrk curl
	$(SWIFT) build -c release --scratch-path $(SCRATCH) --product territory-serve
	$(SWIFT) build -c release --scratch-path $(SCRATCH) --product territory
	benchmarks/serve/bench-serve $(SCRATCH)/release/territory $(BENCH_SERVE_VENV)

$(BENCH_SERVE_VENV)/.installed: $(BENCH_SERVE_PEERS)
	scripts/install-deps python3-venv
	/usr/bin/python3 -m venv $(BENCH_SERVE_VENV)
	$(BENCH_SERVE_VENV)/bin/pip install -q -r $(BENCH_SERVE_PEERS)
	touch $@
