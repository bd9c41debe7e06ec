//go:build !linux

package corpustest

import "time"

// ThreadCPU is not measured outside Linux: it returns 0.
func ThreadCPU() time.Duration { return 0 }

// LockThread does nothing outside Linux.
func LockThread() func() { return func() {} }
