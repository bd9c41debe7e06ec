package index

import "syscall"

// dropMapped removes a read-only file mapping's pages from the process's
// page tables (MADV_DONTNEED): later reads fault them in again from the
// page cache, or the file, unchanged.
func dropMapped(b []byte) error { return syscall.Madvise(b, syscall.MADV_DONTNEED) }
