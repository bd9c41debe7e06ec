package bloom

import (
	"fmt"
	"testing"
)

// TestNeverRulesOutAKey adds sets of every size, short and long keys,
// empty and non-ASCII ones, and checks each passes.
func TestNeverRulesOutAKey(t *testing.T) {
	tests := []struct {
		name string
		keys []string
	}{
		{"one", []string{"council"}},
		{"empty key", []string{""}},
		{"non-ASCII", []string{"côte", "ushtria çlirimtare", "ḥamās"}},
		{"many", numbered("w", 50000)},
		{"long", []string{"socialist federal republic of yugoslavia"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := New(len(tc.keys))
			for _, k := range tc.keys {
				f.Add(k)
			}
			for _, k := range tc.keys {
				if !f.MayHold(k) {
					t.Errorf("MayHold(%q) = false after Add", k)
				}
			}
		})
	}
}

// TestRulesOutMostOthers shows the filter does its work: a filter
// passing everything would never be wrong, and useless.
func TestRulesOutMostOthers(t *testing.T) {
	tests := []struct {
		keys, others int
		maxRate      float64
	}{
		{1, 1000, 0.01},
		{1000, 20000, 0.06},
		{46000, 20000, 0.06},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.keys), func(t *testing.T) {
			f := New(tc.keys)
			for _, k := range numbered("key", tc.keys) {
				f.Add(k)
			}
			passed := 0
			for _, k := range numbered("other", tc.others) {
				if f.MayHold(k) {
					passed++
				}
			}
			if rate := float64(passed) / float64(tc.others); rate > tc.maxRate {
				t.Errorf("passes %.2f%% of keys never added; want at most %.0f%%", 100*rate, 100*tc.maxRate)
			}
		})
	}
}

// numbered returns n distinct keys.
func numbered(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%d", prefix, i)
	}
	return out
}
