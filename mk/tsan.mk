# ThreadSanitizer (issue 15, point 1): the tests that run GEOS, PROJ and the engine on many
# threads at once, built with -sanitize=thread. `make test` runs test-tsan; any race report fails it
# (halt_on_error makes the test process, or a `territory` process a CLI test starts, exit non-zero).
#
# TSAN_TESTS names the concurrency tests: SwiftGEOS's and SwiftPROJ's (per-thread contexts and the
# ThreadLocal slot that keeps them, a geometry outliving its thread), one Atlas shared by 16 tasks
# and by parallel snapshots, the classifier's parallel stream, and `territory classify`, whose
# pipeline reads, classifies and writes on several threads. The whole suite under TSan
# (`make test-tsan-all`, part of `make test-sanitized`) takes too long for `make test` on two cores.
#
# No suppressions: GEOS, PROJ and SQLite are not instrumented, so TSan sees only the package's own
# accesses (and the pthread and malloc calls it intercepts everywhere).

TSAN_SCRATCH ?= .build-tsan
TSAN_TESTS := SwiftGEOSTests\.ConcurrencyTests|SwiftGEOSTests\.ThreadExitTests|SwiftPROJTests\.ConcurrencyTests|$\
	SwiftGEOSTests\.ThreadLocalTests|$\
	TerritoryTests\.SharedAtlasTests|TerritoryTests\.EngineTests/testOneAtlasSharedByParallelTasksAgrees|$\
	TerritoryTests\.ClassifierTests/streamingKeepsOrderAndMatchesSingleCalls|$\
	TerritoryCLITests\.ClassifyCommandTests/everyRowKeepsItsBytesAndGetsTheAtlasAnswer
TSAN_RUN := TSAN_OPTIONS=halt_on_error=1 $(SWIFT) test --skip-build --sanitize=thread --scratch-path $(TSAN_SCRATCH)

.PHONY: test-tsan test-tsan-all tsan-build

TEST_EXTRA += test-tsan

tsan-build: deps
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path $(TSAN_SCRATCH)

test-tsan: tsan-build
	$(TSAN_RUN) --filter '$(TSAN_TESTS)'

test-tsan-all: tsan-build
	$(TSAN_RUN)
