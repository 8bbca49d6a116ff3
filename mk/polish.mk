# The embedded dataset is found when Territory is a dependency (issue 3, point 11): run an example,
# a package that depends on this one by path, from another directory, and check its answer.
.PHONY: test-dependency
test-dependency:
	cd /tmp && $(abspath $(EXAMPLES_SCRATCH))/debug/control-at-date > $(abspath $(SCRATCH))/control-at-date.out
	grep -qx '1993-01-01: de facto NKR, de jure AZE, certain' $(abspath $(SCRATCH))/control-at-date.out
	@echo "test-dependency: the examples package found the embedded dataset from /tmp"

TEST_EXTRA += test-dependency
