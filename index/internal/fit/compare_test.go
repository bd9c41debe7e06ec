package fit

import (
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/index/internal/rank"
)

func heldAt(r, fold int, group, q string) rank.Held {
	return rank.Held{Example: rank.Example{Group: group, Question: q, Alone: fold%2 == 0}, Rank: r, Fold: fold}
}

// TestHeldRoundTrip: what saveHeld writes, loadHeld reads back.
func TestHeldRoundTrip(t *testing.T) {
	file := filepath.Join(t.TempDir(), "held.txt")
	want := []rank.Held{heldAt(1, 0, "a", "who?"), heldAt(0, 1, "b", "when did it\tend?")}
	if err := saveHeld(file, want); err != nil {
		t.Fatal(err)
	}
	got, err := loadHeld(file)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("read %d, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Rank != want[i].Rank || got[i].Fold != want[i].Fold || got[i].Group != want[i].Group || got[i].Alone != want[i].Alone || got[i].Question != want[i].Question {
			t.Errorf("line %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestFoldSpread: the gain is averaged within each fold, then over
// folds; the spread is the folds' sample standard deviation.
func TestFoldSpread(t *testing.T) {
	before := []rank.Held{heldAt(2, 0, "a", "q1"), heldAt(2, 0, "a", "q2"), heldAt(1, 1, "b", "q3")}
	for _, tt := range []struct {
		ranks    []int
		mean, sd float64
	}{
		{[]int{2, 2, 1}, 0, 0},
		{[]int{1, 1, 1}, 0.25, math.Sqrt(0.125)}, // fold 0 gains 0.5, fold 1 gains 0
		{[]int{1, 2, 0}, -0.375, math.Sqrt(2 * 0.625 * 0.625)},
	} {
		now := make([]rank.Held, len(before))
		for i := range before {
			now[i] = before[i]
			now[i].Rank = tt.ranks[i]
		}
		mean, sd := foldSpread(now, before)
		if math.Abs(mean-tt.mean) > 1e-9 || math.Abs(sd-tt.sd) > 1e-9 {
			t.Errorf("ranks %v: mean %v sd %v, want %v and %v", tt.ranks, mean, sd, tt.mean, tt.sd)
		}
	}
}

// TestCompareNeedsTheSameQuestions: held-out ranks of other questions,
// or of another number of them, are refused.
func TestCompareNeedsTheSameQuestions(t *testing.T) {
	a := []rank.Held{heldAt(1, 0, "a", "q1"), heldAt(2, 1, "b", "q2")}
	for _, tt := range []struct {
		before  []rank.Held
		wantErr bool
	}{
		{a, false},
		{a[:1], true},
		{[]rank.Held{heldAt(1, 0, "a", "q1"), heldAt(2, 1, "b", "other")}, true},
	} {
		var out strings.Builder
		err := compare(&out, a, tt.before)
		if (err != nil) != tt.wantErr {
			t.Errorf("before %d questions: error %v, want an error %v", len(tt.before), err, tt.wantErr)
		}
		if err == nil && !strings.Contains(out.String(), "RR gain +0.0000") {
			t.Errorf("the same ranks: %q, want no gain", out.String())
		}
	}
}

// TestChooseByOtherFolds: each fold takes the option best on the other
// folds, not on itself. Option 0 ranks the three folds' questions 3, 1,
// 1, option 1 ranks them 1, 2, 2: fold 0, best under option 1, takes
// option 0, better on folds 1 and 2 (2 against 1 in reciprocal rank);
// folds 1 and 2 take option 1 (1.5 against 1.33 on the other two).
func TestChooseByOtherFolds(t *testing.T) {
	held := func(ranks ...int) []rank.Held {
		var out []rank.Held
		for k, r := range ranks {
			out = append(out, rank.Held{Rank: r, Fold: k})
		}
		return out
	}
	got := chooseByOtherFolds([][]rank.Held{held(3, 1, 1), held(1, 2, 2)})
	for q, want := range []int{3, 2, 2} {
		if got[q].Rank != want {
			t.Errorf("fold %d: rank %d, want %d", q, got[q].Rank, want)
		}
	}
}

// TestBriefingSE: gains that agree within each briefing but differ
// between briefings have a clustered SE above the per-question one;
// with one briefing there is no spread to measure.
func TestBriefingSE(t *testing.T) {
	var now, before []rank.Held
	for _, g := range []string{"a", "a", "a", "b", "b", "b", "c", "c", "c"} {
		r := map[string]int{"a": 1, "b": 2, "c": 1}[g]
		now = append(now, rank.Held{Example: rank.Example{Group: g}, Rank: 1})
		before = append(before, rank.Held{Example: rank.Example{Group: g}, Rank: r})
	}
	_, se := rank.PairedGain(now, before)
	if got := briefingSE(now, before); got <= se {
		t.Errorf("SE by briefing %v, per question %v: want it larger", got, se)
	}
	if got := briefingSE(now[:3], before[:3]); got != 0 {
		t.Errorf("one briefing: SE %v, want 0", got)
	}
}

// TestCompareByHalf: the gain is also reported on each half of the
// briefings by the CRC-32 of the slug ("a" is odd, the tune half; "d"
// even, the check half), so a change that gains on one half only shows.
func TestCompareByHalf(t *testing.T) {
	now := []rank.Held{heldAt(1, 0, "a", "q1"), heldAt(2, 1, "d", "q2")}
	before := []rank.Held{heldAt(2, 0, "a", "q1"), heldAt(2, 1, "d", "q2")}
	var out strings.Builder
	if err := compare(&out, now, before); err != nil {
		t.Fatal(err)
	}
	for half, want := range map[string]string{"tune ": "MRR 0.500 → 1.000", "check": "MRR 0.500 → 0.500"} {
		found := false
		for _, l := range strings.Split(out.String(), "\n") {
			found = found || strings.HasPrefix(l, "against before, "+half) && strings.HasSuffix(l, want)
		}
		if !found {
			t.Errorf("%q: want the %s half's line to end %q", out.String(), half, want)
		}
	}
}
