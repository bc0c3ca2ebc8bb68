#ifndef CPROCESS_H
#define CPROCESS_H

/// `mallopt(M_MMAP_THRESHOLD)` and `mallopt(M_TRIM_THRESHOLD)` (glibc only): the allocator keeps freed
/// blocks of up to `largest_block` bytes, and up to `free_heap` bytes of free heap, for reuse instead of
/// handing them back to the kernel.
void cprocess_keep_freed_memory(int largest_block, int free_heap);

#endif
