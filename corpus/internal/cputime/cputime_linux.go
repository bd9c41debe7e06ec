// Package cputime measures the CPU time of the calling OS thread, so that
// benchmarks and growth tests time their own work and not the other
// processes competing for the cores, as wall-clock time on a shared
// machine would.
package cputime

import (
	"runtime"
	"time"

	"golang.org/x/sys/unix"
)

// Thread returns the CPU time the calling OS thread has used, or 0 where
// the system does not report it. Callers lock their goroutine to its
// thread (LockThread) for the figure to mean their own work.
func Thread() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

// LockThread locks the calling goroutine to its thread for Thread and
// returns the function that unlocks it.
func LockThread() func() {
	runtime.LockOSThread()
	return runtime.UnlockOSThread
}

// Process returns the CPU time (user and system) the whole process has
// used, on every core, or 0 where the system does not report it: what a
// build costs a machine whose cores are all busy, which its wall-clock
// time on a shared machine does not say.
func Process() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_PROCESS_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}
