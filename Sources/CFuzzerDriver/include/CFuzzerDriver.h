// libFuzzer's driver, for a program whose own main starts the fuzzing: SwiftPM
// links every executable's main itself, so libFuzzer's main cannot be used.
// Defined by libFuzzer when built with -sanitize=fuzzer; only called then.
#ifndef SHEQU_CFUZZERDRIVER_H
#define SHEQU_CFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
