package main

import (
	"context"
	"log/slog"
	"runtime/debug"
	"time"
)

// idleQuietBytes is how little the process may allocate in one interval
// and still count as idle: a few metrics scrapes and health checks, not
// a question (an /ask at 100k paragraphs allocates about 500 KB).
const idleQuietBytes = 1 << 20

// idleReleaser returns the heap's free pages to the system once serving
// falls quiet, after letting the index drop its warm caches and its
// segment's mapped pages (rest, index.Index.Rest). While answering, the collector lets the heap grow to its
// goal (at 100k paragraphs 110 MB on some 46 MB live) and keeps the pages
// it freed for the next requests; a server idle between bursts of
// questions would hold them for good, since Go returns pages only above
// the goal. After an interval in which the process allocated less than
// idleQuietBytes it collects and returns every free page once
// (debug.FreeOSMemory, one collection), and not again until it has been
// busy in between.
type idleReleaser struct {
	every    time.Duration
	allocs   func() uint64 // bytes allocated since the process started
	rest     func()        // drops what the index keeps warm
	release  func()
	log      *slog.Logger
	last     uint64
	released bool
}

func newIdleReleaser(every time.Duration, rest func(), log *slog.Logger) *idleReleaser {
	return &idleReleaser{every: every, allocs: allocatedBytes, rest: rest, release: debug.FreeOSMemory, log: log}
}

// allocatedBytes is the heap's allocations so far (runtime/metrics).
func allocatedBytes() uint64 { return heapMetric("/gc/heap/allocs:bytes") }

// run ticks every interval until ctx ends; a zero interval does nothing.
func (r *idleReleaser) run(ctx context.Context) {
	if r.every <= 0 {
		return
	}
	r.last = r.allocs()
	tickUntil(ctx, r.every, func() { r.tick() })
}

// tick releases the free pages if the interval since the last tick was
// quiet and nothing was released since the process was last busy, and
// reports whether it did.
func (r *idleReleaser) tick() bool {
	now := r.allocs()
	quiet := now-r.last < idleQuietBytes
	r.last = now
	if !quiet {
		r.released = false
		return false
	}
	if r.released {
		return false
	}
	r.rest()
	r.release()
	r.released = true
	// What releasing allocated (a collection's own) is not the next
	// interval's work.
	r.last = r.allocs()
	r.log.Debug("idle: free heap pages returned to the system")
	return true
}
