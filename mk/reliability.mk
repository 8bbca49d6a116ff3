# Reliability (issue 8): fuzzing of the readers and the test suite under the sanitizers.
#
# `make fuzz SECONDS=N` builds the libFuzzer targets of fuzz/ (a package of its own, so fuzz
# executables never enter the main build) and runs each for N seconds. New inputs go to a work
# corpus under FUZZ_SCRATCH, seeded from fuzz/corpus/TARGET (never written); a crash stops the run
# and leaves its input under FUZZ_SCRATCH/crashes/TARGET/. Fix it, then copy the input to
# fuzz/regressions/TARGET/, where the test suite replays it (RegressionTests).
#
# `make test-sanitized` runs the suite under AddressSanitizer with LeakSanitizer (test-asan) and
# under ThreadSanitizer (test-tsan-all, mk/tsan.mk); any finding fails it. `make test` runs
# test-asan, and test-tsan on the concurrency tests.

SECONDS ?= 60
FUZZ_SCRATCH ?= .build-fuzz
FUZZ_TARGETS := wkt wkb geojson dataset overlay csv

.PHONY: fuzz fuzz-build $(addprefix fuzz-,$(FUZZ_TARGETS)) test-sanitized test-asan

fuzz: $(addprefix fuzz-,$(FUZZ_TARGETS))

# The gold linker warns once per ASan helper symbol ("Cannot export local symbol"); the log keeps
# them out of sight unless the build fails.
fuzz-build: deps
	@mkdir -p $(FUZZ_SCRATCH)
	@echo "building the fuzz targets (log: $(FUZZ_SCRATCH)/build.log)"
	@$(SWIFT) build -c debug -Xswiftc -sanitize=fuzzer,address --package-path fuzz \
		--scratch-path $(abspath $(FUZZ_SCRATCH)) >$(FUZZ_SCRATCH)/build.log 2>&1 \
		|| { grep -v 'Cannot export local symbol' $(FUZZ_SCRATCH)/build.log; exit 1; }

$(addprefix fuzz-,$(FUZZ_TARGETS)): fuzz-%: fuzz-build
	@mkdir -p $(FUZZ_SCRATCH)/work/$* $(FUZZ_SCRATCH)/crashes/$*
	$(FUZZ_SCRATCH)/debug/fuzz-$* $(FUZZ_SCRATCH)/work/$* fuzz/corpus/$* -max_total_time=$(SECONDS) \
		-print_final_stats=1 -artifact_prefix=$(FUZZ_SCRATCH)/crashes/$*/

test-sanitized: test-asan test-tsan-all

TEST_EXTRA += test-asan

# The Swift Testing half runs with leak detection on: the package's code, its C libraries and every
# `territory` process the CLI tests start (built with the sanitizer too). scripts/lsan.supp names
# the only allocations let through, memory the Swift runtime keeps referenced through words with
# flag bits in them (see its comments). The XCTest half runs with leak detection off: XCTest never
# frees the test case objects it builds, nor what the tests store in them, and LeakSanitizer
# cannot tell those from a leak without also hiding the latter; `make valgrind` checks that half's
# leaks with exact suppressions instead. A memory error stops the test process (halt_on_error) and
# a leak report at exit makes it exit non-zero, so `swift test`, and make, fail.
# The build reuses ASAN_SCRATCH, which `make valgrind` builds the same way. The gold linker warns
# once per ASan helper symbol ("Cannot export local symbol"); the log keeps those out of sight
# unless the build fails.
test-asan: deps
	@mkdir -p $(ASAN_SCRATCH)
	@echo "building the tests with AddressSanitizer (log: $(ASAN_SCRATCH)/build.log)"
	@$(SWIFT) build --build-tests --sanitize=address --scratch-path $(ASAN_SCRATCH) >$(ASAN_SCRATCH)/build.log 2>&1 \
		|| { grep -v 'Cannot export local symbol' $(ASAN_SCRATCH)/build.log; exit 1; }
	ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 \
		$(SWIFT) test --skip-build --sanitize=address --scratch-path $(ASAN_SCRATCH) --disable-swift-testing
	$(ASAN_ENV) $(SWIFT) test --skip-build --sanitize=address --scratch-path $(ASAN_SCRATCH) --disable-xctest
