package lang

import (
	"fmt"
	"testing"
)

// TestFilterHoldsEveryKey checks the pre-filter against the whole table:
// a key it ruled out would make a look-up answer 0 where the map answers
// its classes.
func TestFilterHoldsEveryKey(t *testing.T) {
	f := filter()
	for k, v := range kinds {
		if !f.MayHold(k) {
			t.Errorf("filter rules out %q (%d)", k, v)
		}
		if got := kindOf(k); got != v {
			t.Errorf("kindOf(%q) = %d, want %d", k, got, v)
		}
	}
}

// TestKindOfIsTheMap compares kindOf with the map on words of every
// sort: keys of each class, words in no table, near misses of keys
// (a letter more or less, another case), empty and non-ASCII text.
func TestKindOfIsTheMap(t *testing.T) {
	tests := []struct {
		key  string
		want Kind
	}{
		{"liberia", Place},
		{"council", GroupNoun},
		{"commander", PersonNoun},
		{"front", GroupNoun},
		{"cote divoire", Place},
		{"côte d'ivoire", 0},
		{"the", 0},
		{"said", 0},
		{"councils", GroupNoun},
		{"counci", 0},
		{"Council", 0},
		{"", 0},
		{"zzqxj", 0},
	}
	for _, tc := range tests {
		t.Run(tc.key, func(t *testing.T) {
			got := kindOf(tc.key)
			if got != kinds[tc.key] {
				t.Fatalf("kindOf(%q) = %d, the map says %d", tc.key, got, kinds[tc.key])
			}
			if tc.want != 0 && got&tc.want == 0 {
				t.Errorf("kindOf(%q) = %d, want class %d", tc.key, got, tc.want)
			}
			if tc.want == 0 && got != 0 {
				t.Errorf("kindOf(%q) = %d, want 0", tc.key, got)
			}
		})
	}
}

// TestFilterRulesOutMostNonKeys shows the filter does its work: of
// made-up words no table holds, it passes few. A filter passing
// everything would be correct and useless.
func TestFilterRulesOutMostNonKeys(t *testing.T) {
	f := filter()
	passed, n := 0, 0
	for i := range 20000 {
		w := fmt.Sprintf("qz%dx", i)
		if _, ok := kinds[w]; ok {
			continue
		}
		n++
		if f.MayHold(w) {
			passed++
		}
	}
	if rate := float64(passed) / float64(n); rate > 0.06 {
		t.Errorf("filter passes %.1f%% of %d non-keys; want at most 6%%", 100*rate, n)
	}
}
