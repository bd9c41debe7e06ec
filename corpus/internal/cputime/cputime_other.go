//go:build !linux

// Package cputime measures the CPU time of the calling OS thread; outside
// Linux it reports 0 and callers fall back to wall time.
package cputime

import "time"

// Thread is not measured outside Linux: it returns 0.
func Thread() time.Duration { return 0 }

// LockThread does nothing outside Linux.
func LockThread() func() { return func() {} }

// Process is not measured outside Linux: it returns 0.
func Process() time.Duration { return 0 }
