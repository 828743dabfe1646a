#ifndef TECHMATRIX_CACHE_HINTS_H
#define TECHMATRIX_CACHE_HINTS_H

/// Asks the processor to start loading the cache line that holds `address`, without waiting for
/// it: a hint, which never faults and never changes what a program computes.
static inline void techmatrix_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
