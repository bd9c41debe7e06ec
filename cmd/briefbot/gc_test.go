package main

import (
	"context"
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
	g := newGCTuner(false, 0, slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
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

// TestParseMemoryLimit: --memory-limit reads GOMEMLIMIT's units, and off
// or 0 for none.
func TestParseMemoryLimit(t *testing.T) {
	for _, tt := range []struct {
		in      string
		want    int64
		wantErr bool
	}{
		{"off", 0, false},
		{"0", 0, false},
		{"96MiB", 96 << 20, false},
		{"1GiB", 1 << 30, false},
		{"512KiB", 512 << 10, false},
		{"100000000", 100_000_000, false},
		{"2048B", 2048, false},
		{"96MB", 0, true},
		{"-5MiB", 0, true},
		{"MiB", 0, true},
		{"9000000TiB", 0, true},
		{"", 0, true},
	} {
		got, err := parseMemoryLimit(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("parseMemoryLimit(%q) = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestGCTunerMemoryLimit: the limit holds once an index has loaded, is
// lifted while another loads, holds again when that load fails (the old
// index still serves), and is put back as it was when serving ends; with
// GOGC set too.
func TestGCTunerMemoryLimit(t *testing.T) {
	const limit = 300 << 20
	before := debug.SetMemoryLimit(-1)
	for _, gogcSet := range []bool{false, true} {
		g := newGCTuner(gogcSet, limit, slog.New(slog.DiscardHandler))
		for _, step := range []struct {
			name string
			do   func()
			want int64
		}{
			{"first load", g.loading, before},
			{"loaded", g.tune, limit},
			{"reloading", g.loading, before},
			{"reload failed", g.failed, limit},
			{"reloaded", g.tune, limit},
			{"stopped", g.restore, before},
		} {
			step.do()
			if got := debug.SetMemoryLimit(-1); got != step.want {
				t.Errorf("GOGC set %v, %s: memory limit %d, want %d", gogcSet, step.name, got, step.want)
			}
		}
	}
}

// TestServeMemoryLimit: serve --memory-limit holds the runtime under the
// limit once the index is ready, and puts the limit back when it stops.
func TestServeMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	ctx, cancel := context.WithCancel(context.Background())
	_, _, done := startServeHTTP(t, ctx, "--memory-limit", "640MiB")
	if got := debug.SetMemoryLimit(-1); got != 640<<20 {
		t.Errorf("serving: memory limit %d, want %d", got, 640<<20)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("stopped: memory limit %d, want %d as before", got, before)
	}
}
