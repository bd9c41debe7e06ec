package main

import "testing"

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
