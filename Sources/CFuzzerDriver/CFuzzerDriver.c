// The declaration in include/CFuzzerDriver.h is all there is; libFuzzer
// provides the definition.
#include "CFuzzerDriver.h"
