// The functions of this target are static inline in include/CJSONScan.h; this file gives SwiftPM a source to build.
#include "CJSONScan.h"
