#define _GNU_SOURCE
#include "CFileSystem.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int cfilesystem_exchange(const char *first, const char *second) {
#if defined(SYS_renameat2) && defined(RENAME_EXCHANGE)
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    errno = EINVAL;
    return -1;
#endif
}

int cfilesystem_rename_noreplace(const char *from, const char *to) {
#if defined(SYS_renameat2) && defined(RENAME_NOREPLACE)
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE);
#else
    errno = EINVAL;
    return -1;
#endif
}
