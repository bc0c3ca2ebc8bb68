#include "CProcess.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

void cprocess_keep_freed_memory(int largest_block, int free_heap) {
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, largest_block);
    mallopt(M_TRIM_THRESHOLD, free_heap);
#else
    (void)largest_block;
    (void)free_heap;
#endif
}
