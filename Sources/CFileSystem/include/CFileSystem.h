#ifndef CFILESYSTEM_H
#define CFILESYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Swift cannot call the variadic syscall(2), and Glibc's module does not export renameat2.
/// Returns 0 on success, -1 with errno set otherwise (EINVAL where the file system lacks it).
int cfilesystem_exchange(const char *first, const char *second);

/// Renames `from` to `to` only when `to` does not exist (Linux renameat2 with RENAME_NOREPLACE).
/// Returns 0 on success, -1 with errno set otherwise: EEXIST when `to` is taken, EINVAL where the file
/// system lacks it.
int cfilesystem_rename_noreplace(const char *from, const char *to);

#endif
