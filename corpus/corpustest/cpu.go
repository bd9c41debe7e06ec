package corpustest

import (
	"time"

	"github.com/briefbot/briefbot/corpus/internal/cputime"
)

// ThreadCPU returns the CPU time the calling OS thread has used (see
// package cputime): a benchmark that locks its goroutine to its thread
// (LockThread) times its own work with it, unaffected by other processes
// competing for the cores. It is 0 outside Linux.
func ThreadCPU() time.Duration { return cputime.Thread() }

// LockThread locks the calling goroutine to its thread for ThreadCPU and
// returns the function that unlocks it.
func LockThread() func() { return cputime.LockThread() }

// ProcessCPU returns the CPU time the whole process has used, on every
// core (see package cputime).
func ProcessCPU() time.Duration { return cputime.Process() }
