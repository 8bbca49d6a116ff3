# The two commands of the README: `make demo` (the main job) and `make test` (everything CI checks).
# Each installs the system packages it needs first (scripts/install-deps, idempotent).
#
# SCRATCH, EXAMPLES_SCRATCH and ASAN_SCRATCH name the build folders (SwiftPM's defaults unless
# overridden, e.g. `make test SCRATCH=.build-mine EXAMPLES_SCRATCH=.build-mine-examples`).

SWIFT ?= swift
SCRATCH ?= .build
EXAMPLES_SCRATCH ?= examples/.build
ASAN_SCRATCH ?= .build-asan
BUILD := $(SWIFT) build --scratch-path $(SCRATCH)
BUILD_EXAMPLES := $(SWIFT) build --package-path examples --scratch-path $(abspath $(EXAMPLES_SCRATCH))
LINT := $(SWIFT) format lint --strict --configuration .swift-format -r Sources Tests examples
TERRITORY := $(SCRATCH)/debug/territory
TEST_BINARY := $(SCRATCH)/debug/TerritoryPackageTests.xctest
VALGRIND := valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=1 \
	--num-callers=50 --suppressions=scripts/valgrind.supp

.PHONY: demo test deps lint build examples valgrind docs geodata geodata-overlay

# Each capability beyond the core (exports, maps, benchmarks, reliability) keeps its targets in
# mk/NAME.mk and appends the checks `make test` must run to TEST_EXTRA.
TEST_EXTRA :=
-include mk/*.mk

# The main job: who held what on the day the 1994 ceasefire took effect, and a few answers around it.
demo: deps
	$(BUILD) --product territory
	$(TERRITORY) snapshot --date 1994-05-12
	$(TERRITORY) area Azerbaijan --date 1994-05-12 --controller NKR
	$(TERRITORY) control --date 2020-10-06 --place Jabrayil
	$(TERRITORY) distance Stepanakert Shusha
	$(TERRITORY) corridor Lachin --date 2021-06-01

test: deps
	$(LINT)
	$(BUILD)
	$(BUILD_EXAMPLES)
	$(SWIFT) test --scratch-path $(SCRATCH)
	scripts/docs $(SCRATCH)
	$(if $(strip $(TEST_EXTRA)),$(MAKE) $(TEST_EXTRA))

deps:
	scripts/install-deps

lint:
	$(LINT)

build: deps
	$(BUILD)

examples: deps
	$(BUILD_EXAMPLES)

# Regenerates the dataset's generated files from their sources and checks them (geodata/SOURCES.md).
geodata: deps
	geodata/tools/import_naturalearth
	geodata/tools/import_geonames
	geodata/tools/build_drawn
	$(MAKE) geodata-overlay
	geodata/tools/validate_schema
	$(TERRITORY) validate --data geodata/data --strict

# geodata/data/overlay.bin, the compiled overlay loading takes instead of redoing it with GEOS.
geodata-overlay: deps
	$(BUILD) --product territory
	$(TERRITORY) validate --data geodata/data --write-overlay

# DocC catalogs of SwiftGEOS, SwiftPROJ and Territory; fails on any DocC warning.
docs: deps
	scripts/docs $(SCRATCH)

# Memory checks of the whole test suite. The XCTest tests run under valgrind (0 bytes definitely or
# indirectly lost, or it fails), except VALGRIND_SKIP: under valgrind Foundation's Process cannot
# start a child (it tries to close valgrind's own descriptors and fails with EBADF), so the tests
# that run GeographicLib's tools as oracles cannot work there. valgrind 3.19 (Debian bookworm)
# crashes inside Swift Testing's runner before any test starts, so the Swift Testing tests run under
# AddressSanitizer with LeakSanitizer instead, in a separate build; the CLI tests then also
# leak-check every `territory` process they start, since that binary is built with the sanitizer.
VALGRIND_SKIP := GeodesicInverseOracleTests|PolygonAreaOracleTests
ASAN_ENV := ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 \
	LSAN_OPTIONS=suppressions=$(abspath scripts/lsan.supp):print_suppressions=0

valgrind: deps
	scripts/install-deps valgrind
	$(BUILD) --build-tests
	$(VALGRIND) $(TEST_BINARY) \
		"$$($(TEST_BINARY) --list-tests | grep -E '^[A-Za-z]+\.[A-Za-z]+/' | grep -vE '$(VALGRIND_SKIP)' | paste -sd, -)"
	$(SWIFT) build --build-tests --sanitize=address --scratch-path $(ASAN_SCRATCH)
	$(ASAN_ENV) $(ASAN_SCRATCH)/debug/TerritoryPackageTests.xctest --testing-library swift-testing
