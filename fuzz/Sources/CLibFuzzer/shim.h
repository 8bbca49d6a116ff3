// libFuzzer's driver, linked in by -sanitize=fuzzer. A Swift executable has its own main, so
// libFuzzer's main never runs; each fuzz target's main calls this instead.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test_one_input)(const uint8_t *data, size_t size));
