package main

import (
	"io"
	"log/slog"
	"testing"
)

// TestIdleReleaser: the free pages go back to the system after the first
// quiet interval of a quiet spell, once, and again only after the process
// has been busy in between; what releasing itself allocates does not make
// the next interval busy. The index drops its warm caches just before.
func TestIdleReleaser(t *testing.T) {
	const mb = 1 << 20
	for _, tt := range []struct {
		name    string
		allocs  []uint64 // bytes allocated in each interval
		release []bool   // whether each tick releases
	}{
		{"busy throughout", []uint64{5 * mb, 3 * mb, 2 * mb}, []bool{false, false, false}},
		{"quiet once", []uint64{5 * mb, 0, 100 << 10, 0}, []bool{false, true, false, false}},
		{"busy again", []uint64{0, 0, 4 * mb, 0, 0}, []bool{true, false, false, true, false}},
		{"just under quiet", []uint64{idleQuietBytes - 1, idleQuietBytes}, []bool{true, false}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var total uint64
			released, rested := 0, 0
			r := &idleReleaser{
				allocs:  func() uint64 { return total },
				rest:    func() { rested++ },
				release: func() { released++; total += 2 * mb }, // a collection allocates
				log:     slog.New(slog.NewTextHandler(io.Discard, nil)),
			}
			for i, n := range tt.allocs {
				total += n
				before := released
				if got := r.tick(); got != tt.release[i] || (released > before) != got {
					t.Errorf("interval %d (%d bytes): released %v, want %v", i, n, got, tt.release[i])
				}
				if rested != released {
					t.Errorf("interval %d: the index rested %d times, released %d", i, rested, released)
				}
			}
		})
	}
}
