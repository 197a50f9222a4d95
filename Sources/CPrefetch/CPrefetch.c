// The prefetch hint is a static inline function in include/CPrefetch.h; SwiftPM needs a source file in a C target.
#include "CPrefetch.h"
