package corpustest

import (
	"runtime"
	"time"

	"golang.org/x/sys/unix"
)

// ThreadCPU returns the CPU time the calling OS thread has used. A
// benchmark that locks its goroutine to its thread (runtime.LockOSThread)
// times its own work with it, unaffected by other processes competing for
// the cores, which wall-clock latency on a shared machine is not.
func ThreadCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

// LockThread locks the calling goroutine to its thread for ThreadCPU and
// returns the function that unlocks it.
func LockThread() func() {
	runtime.LockOSThread()
	return runtime.UnlockOSThread
}
