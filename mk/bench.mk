# `make bench`: Territory against Shapely 2 + pyproj and against GEOS/PROJ called from C (issue 7);
# W7 (issue 14) runs `territory classify` on a 1M-row event CSV beside pandas + Shapely
# (benchmarks/peers/classify.py), both as whole processes, with rows/s and peak RSS.
# Everything builds in release mode under BENCH_SCRATCH; results go to benchmarks/results.json.
# Not part of `make test`: benchmarks print numbers, they assert nothing.

BENCH_SCRATCH ?= .build-bench
BENCH_PYTHON ?= /usr/bin/python3
BENCH_RUNS ?= 5
BENCH_POINTS ?= 1000000
BENCH_PEERS := benchmarks/peers/requirements.txt
BENCH_BIN := $(BENCH_SCRATCH)/benchmarks/release/territory-bench
BENCH_FLOOR := $(BENCH_SCRATCH)/floor/floor

.PHONY: bench build-bench

# GNU time (package time) measures W7's peak RSS: see runMeasured in benchmarks/Sources/territory-bench.
bench: build-bench .venv-bench/.installed .venv-bench-sys/.installed
	scripts/install-deps time
	$(BENCH_BIN) --territory $(BENCH_SCRATCH)/benchmarks/release/territory --floor $(BENCH_FLOOR) \
		--peer shapely-wheel=.venv-bench/bin/python --peer shapely-sys-geos=.venv-bench-sys/bin/python \
		--peer-script benchmarks/peers/bench.py --work $(BENCH_SCRATCH)/work --out benchmarks/results.json \
		--runs $(BENCH_RUNS) --points $(BENCH_POINTS)

# The benchmark executable and the `territory` CLI (release, one build of Territory for both), and the C floor.
build-bench: deps
	$(SWIFT) build -c release --package-path benchmarks --scratch-path $(abspath $(BENCH_SCRATCH))/benchmarks
	$(SWIFT) build -c release --package-path benchmarks --scratch-path $(abspath $(BENCH_SCRATCH))/benchmarks \
		--product territory
	mkdir -p $(BENCH_SCRATCH)/floor
	cc -O2 -Wall -Werror -o $(BENCH_FLOOR) benchmarks/floor/floor.c $$(pkg-config --cflags --libs geos proj) -lm

# Shapely wheels (their own GEOS) and pyproj.
.venv-bench/.installed: $(BENCH_PEERS)
	scripts/install-deps python3-venv
	$(BENCH_PYTHON) -m venv .venv-bench
	.venv-bench/bin/pip install -q -r $(BENCH_PEERS)
	touch $@

# The same Shapely built from source against the system GEOS, for a like-for-like comparison.
.venv-bench-sys/.installed: $(BENCH_PEERS)
	scripts/install-deps python3-venv python3-dev libgeos-dev build-essential
	$(BENCH_PYTHON) -m venv .venv-bench-sys
	.venv-bench-sys/bin/pip install -q $$(grep -v '^shapely' $(BENCH_PEERS) | grep -v '^#')
	.venv-bench-sys/bin/pip install -q --no-binary shapely $$(grep '^shapely' $(BENCH_PEERS))
	touch $@
