package main

import "testing"

// TestGCPercent: a small live heap may grow by gcHeadroom between
// collections; a large one keeps Go's default of 100%.
func TestGCPercent(t *testing.T) {
	for _, tt := range []struct {
		live uint64
		want int
	}{
		{1 << 20, 6400},
		{16 << 20, 400},
		{32 << 20, 200},
		{64 << 20, 100},
		{100 << 20, 100},
		{1 << 30, 100},
	} {
		if got := gcPercent(tt.live); got != tt.want {
			t.Errorf("gcPercent(%d MB) = %d, want %d", tt.live>>20, got, tt.want)
		}
	}
}
