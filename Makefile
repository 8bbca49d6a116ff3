# The two commands of the README: `make demo` (the main job) and `make test` (everything CI checks).
# Each installs the system packages it needs first (scripts/install-deps, idempotent).

SWIFT ?= swift
SWIFT_FORMAT := $(SWIFT) format lint --strict --configuration .swift-format -r Sources Tests examples
TEST_BINARY := .build/debug/TerritoryPackageTests.xctest
VALGRIND := valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=1 \
	--suppressions=scripts/valgrind.supp

.PHONY: demo test deps lint build examples valgrind

demo: deps
	$(SWIFT) build --package-path examples --product distance-and-area
	examples/.build/debug/distance-and-area

test: deps
	$(SWIFT_FORMAT)
	$(SWIFT) build
	$(SWIFT) build --package-path examples
	$(SWIFT) test

deps:
	scripts/install-deps

lint:
	$(SWIFT_FORMAT)

build: deps
	$(SWIFT) build

examples: deps
	$(SWIFT) build --package-path examples

# The whole test suite under valgrind: XCTest first, then Swift Testing (the same binary, as `swift test` runs it).
valgrind: deps
	scripts/install-deps valgrind
	$(SWIFT) build --build-tests
	$(VALGRIND) $(TEST_BINARY)
	$(VALGRIND) $(TEST_BINARY) --testing-library swift-testing
