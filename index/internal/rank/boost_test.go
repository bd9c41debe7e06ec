package rank

import (
	"fmt"
	"testing"
)

// interaction builds questions no weighted sum ranks right: the answer
// holds Anchors and Proximity both or neither, the other candidates one
// of them. Half the questions need both weights positive, half both
// negative.
func interaction(n int) []Example {
	var out []Example
	for q := range n {
		var gold, onlyA, onlyP Features
		if q%2 == 0 {
			gold[Anchors], gold[Proximity] = 1, 1
		}
		onlyA[Anchors], onlyP[Proximity] = 1, 1
		out = append(out, Example{
			Group:      fmt.Sprint("b", q%7),
			Candidates: []Features{onlyA, onlyP, gold},
			Gold:       []bool{false, false, true},
		})
	}
	return out
}

// TestFitBoost: trees grown on a weighted sum's scores rank first the
// answers that depend on two features at once, which the sum alone
// cannot; without trees the same questions are ranked worse.
func TestFitBoost(t *testing.T) {
	exs := interaction(200)
	o := Options{Rounds: 5}
	m := FitModel(exs, o)
	before := EvaluateModel(exs, m)
	o.Boost = BoostOptions{Trees: 40, Depth: 3, Rate: 0.3, MinLeaf: 5}
	boosted := FitModel(exs, o)
	after := EvaluateModel(exs, boosted)
	if len(boosted.Boost.Trees) != 40 || after.HitAt1 != 1 || before.HitAt1 >= 1 {
		t.Errorf("Hit@1 %.3f without trees, %.3f with %d; want below 1, then 1 with 40",
			before.HitAt1, after.HitAt1, len(boosted.Boost.Trees))
	}
	if again := FitModel(exs, o); fmt.Sprint(again.Boost) != fmt.Sprint(boosted.Boost) {
		t.Error("two fits of the same examples grew different trees")
	}
	if off := EvaluateModel(exs, boosted.Without(Proximity)); off.HitAt1 >= after.HitAt1 {
		t.Errorf("with proximity off Hit@1 %.3f, want below %.3f", off.HitAt1, after.HitAt1)
	}
}

func TestTreeValue(t *testing.T) {
	tree := Tree{
		{Feature: Anchors, Threshold: 0.5, Left: 1, Right: 2},
		{Value: -1},
		{Feature: Exact, Threshold: 0, Left: 3, Right: 4},
		{Value: 2},
		{Value: 3},
	}
	for _, tt := range []struct {
		anchors, exact float64
		want           float64
	}{{0.5, 9, -1}, {0.6, 0, 2}, {0.6, 0.1, 3}} {
		var f Features
		f[Anchors], f[Exact] = tt.anchors, tt.exact
		if got := tree.Value(f); got != tt.want {
			t.Errorf("anchors %v exact %v: %v, want %v", tt.anchors, tt.exact, got, tt.want)
		}
		b := Boost{Trees: []Tree{tree, tree}}
		if got := b.Score(f); got != 2*tt.want {
			t.Errorf("two trees: %v, want %v", got, 2*tt.want)
		}
		if got := b.Without(Anchors).Score(f); got != -2 {
			t.Errorf("anchors off: %v, want -2", got)
		}
	}
}

// BenchmarkFittedScore scores 30 candidates, as many as a search
// re-ranks, by the fitted model: the weighted sum and the trees.
func BenchmarkFittedScore(b *testing.B) {
	m := FittedModel()
	var f Features
	for i := range f {
		f[i] = float64(i%5) / 5
	}
	s := 0.0
	for b.Loop() {
		for c := range 30 {
			f[BM25] = float64(c) / 30
			s += m.Score("what", f)
		}
	}
	if s == 0 {
		b.Fatal("no score")
	}
}

// TestFitBoostOff: a feature held off is off for the trees too: grown
// with Proximity off, no tree splits on it, and the examples keep it.
func TestFitBoostOff(t *testing.T) {
	exs := interaction(200)
	o := Options{Rounds: 5, Off: []Feature{Proximity}, Boost: BoostOptions{Trees: 10, Depth: 3, Rate: 0.3, MinLeaf: 5}}
	m := FitModel(exs, o)
	for i, tr := range m.Boost.Trees {
		for _, n := range tr {
			if n.Left != 0 && n.Feature == Proximity {
				t.Fatalf("tree %d splits on proximity, which is off", i)
			}
		}
	}
	if m.Global[Proximity] != 0 || exs[1].Candidates[1][Proximity] != 1 {
		t.Errorf("proximity weight %v (want 0); the examples' proximity %v (want 1, untouched)", m.Global[Proximity], exs[1].Candidates[1][Proximity])
	}
}
