package cputime

import (
	"runtime"
	"testing"
)

// TestThreadCountsOwnWork: on Linux, spinning for a while moves the
// thread's clock forward; elsewhere Thread reports 0, as documented.
func TestThreadCountsOwnWork(t *testing.T) {
	defer LockThread()()
	before := Thread()
	x := 0
	for i := range 20_000_000 {
		x ^= i
	}
	after := Thread()
	if runtime.GOOS != "linux" {
		if before != 0 || after != 0 {
			t.Errorf("Thread() = %v, %v outside Linux, want 0", before, after)
		}
		return
	}
	if after <= before {
		t.Errorf("spun %d, thread CPU went from %v to %v", x, before, after)
	}
}

// TestProcessCountsEveryGoroutine: work on another goroutine (another
// thread) moves the process's clock, which is what a parallel build's
// cost is read from.
func TestProcessCountsEveryGoroutine(t *testing.T) {
	before := Process()
	done := make(chan int)
	go func() {
		x := 0
		for i := range 20_000_000 {
			x ^= i
		}
		done <- x
	}()
	x := <-done
	after := Process()
	if runtime.GOOS != "linux" {
		if before != 0 || after != 0 {
			t.Errorf("Process() = %v, %v outside Linux, want 0", before, after)
		}
		return
	}
	if after <= before {
		t.Errorf("spun %d, process CPU went from %v to %v", x, before, after)
	}
}
