package main

import (
	"log/slog"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// TestGCPercent: a small live heap may grow by gcHeadroom between
// collections; a large one by what of it holds pointers, at least
// gcHeadroom and at most Go's default of 100%.
func TestGCPercent(t *testing.T) {
	const mb = 1 << 20
	for _, tt := range []struct {
		live, scan uint64
		want       int
	}{
		{1 * mb, 1 * mb, 6400},
		{16 * mb, 4 * mb, 400},
		{32 * mb, 32 * mb, 200},
		{64 * mb, 10 * mb, 100},
		{100 * mb, 100 * mb, 100},
		{1 << 30, 1 << 30, 100},
		{128 * mb, 32 * mb, 50},  // mostly text: grows by the headroom
		{200 * mb, 100 * mb, 50}, // by what holds pointers
		{200 * mb, 300 * mb, 100},
		{100 * mb, 0, 64}, // the runtime did not say
	} {
		if got := gcPercent(tt.live, tt.scan); got != tt.want {
			t.Errorf("gcPercent(%d MB live, %d MB scannable) = %d, want %d", tt.live/mb, tt.scan/mb, got, tt.want)
		}
	}
}

// TestGCTunerRetunes: once tuned, the tuner sets the growth again after
// every collection, from what that collection found live; not while a
// load is in progress (which keeps loadingGCPercent), nor once restored.
func TestGCTunerRetunes(t *testing.T) {
	var logs syncBuffer
	g := newGCTuner(false, slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	g.loading()
	defer g.restore()
	g.tune()
	if !collectUntil(func() bool { return strings.Contains(logs.String(), "re-tuned") }) {
		t.Fatalf("no re-tuning after collections; logs:\n%s", logs.String())
	}
	g.loading()
	collectUntil(func() bool { return false })
	if got := gcPercentNow(); got != loadingGCPercent {
		t.Errorf("while loading, GOGC = %d, want %d", got, loadingGCPercent)
	}
	g.tune()
	g.restore()
	collectUntil(func() bool { return false })
	if got := gcPercentNow(); got != g.prev {
		t.Errorf("after restore, GOGC = %d, want %d", got, g.prev)
	}
}

// collectUntil collects (and lets cleanups run) until ok or ten times.
func collectUntil(ok func() bool) bool {
	for range 10 {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
		if ok() {
			return true
		}
	}
	return false
}

// gcPercentNow reads GOGC, which only setting it returns.
func gcPercentNow() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}
