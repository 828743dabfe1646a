// The hints are inline functions in include/CacheHints.h; this file gives SwiftPM a source to build.
#include "CacheHints.h"
