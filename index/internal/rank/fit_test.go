package rank

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// example makes a judged question whose gold candidate is the one with the
// highest value of feature f, while BM25 prefers another.
func example(group string, f Feature) Example {
	var a, b Features
	a[BM25], b[BM25] = 1, 0.6
	a[f], b[f] = 0, 1
	return Example{Group: group, Candidates: []Features{a, b}, Gold: []bool{false, true}}
}

func TestFitFindsTheFeatureThatRanksGoldFirst(t *testing.T) {
	var exs []Example
	for _, g := range []string{"a", "b", "c"} {
		exs = append(exs, example(g, Answer), example(g, Answer))
	}
	var bm25 Weights
	bm25[BM25] = 1
	if got := Evaluate(exs, bm25).HitAt1; got != 0 {
		t.Fatalf("BM25 alone: Hit@1 %v, want 0", got)
	}
	w := Fit(exs, Options{Rounds: 5})
	if m := Evaluate(exs, w); m.HitAt1 != 1 || w[Answer] <= 0 {
		t.Errorf("fitted %v: %+v, want Hit@1 1 with a positive answer weight", w, m)
	}
	if w[BM25] != 1 {
		t.Errorf("BM25 weight %v, want it held at 1", w[BM25])
	}
	if m := Pool(CrossValidate(exs, Options{Rounds: 5}), nil); m.N != len(exs) || m.HitAt1 != 1 {
		t.Errorf("cross-validated %+v, want all %d held-out questions at rank 1", m, len(exs))
	}
}

func TestTierRanksFirst(t *testing.T) {
	e := example("a", Answer)
	e.Tier = []int{1, 0}
	var w Weights
	w[Answer] = 10
	if r := e.Rank(w); r != 2 {
		t.Errorf("rank %d, want 2: a higher tier outranks any score", r)
	}
}

func TestCrossValidationHoldsOutWholeGroups(t *testing.T) {
	// Group "b" needs the opposite of what "a" teaches: fitted on "a"
	// alone, "b" is ranked wrong, so the held-out figure is below the
	// figure on the questions fitted.
	a := example("a", Answer)
	b := example("b", Answer)
	b.Gold = []bool{true, false}
	b.Candidates[0][BM25], b.Candidates[1][BM25] = 0.6, 1
	exs := []Example{a, a, a, b}
	fitted := Evaluate(exs, Fit(exs, Options{Rounds: 5}))
	cv := Pool(CrossValidate(exs, Options{Rounds: 5}), nil)
	if cv.HitAt1 >= fitted.HitAt1 {
		t.Errorf("cross-validated Hit@1 %v, fitted %v: want the held-out figure lower", cv.HitAt1, fitted.HitAt1)
	}
}

// TestPenaltyKeepsWeightsThatBuyLittle: a feature that ranks one question
// of many right is fitted without a penalty and left off with one.
func TestPenaltyKeepsWeightsThatBuyLittle(t *testing.T) {
	exs := []Example{example("a", Focus)}
	for range 50 {
		e := example("a", Focus)
		e.Gold = []bool{true, false}
		e.Candidates[0][Focus], e.Candidates[1][Focus] = 0, 0
		exs = append(exs, e)
	}
	if w := Fit(exs, Options{Rounds: 5}); w[Focus] <= 0 {
		t.Errorf("no penalty: focus weight %v, want it on", w[Focus])
	}
	if w := Fit(exs, Options{Rounds: 5, Lambda: 0.05}); w[Focus] != 0 {
		t.Errorf("penalty 0.05: focus weight %v, want it off", w[Focus])
	}
}

// TestSelectDropsAFeatureThatDoesNotCarryOver: a feature that ranks gold
// first in one briefing and last in the others is switched off.
func TestSelectDropsAFeatureThatDoesNotCarryOver(t *testing.T) {
	var exs []Example
	for _, g := range []string{"a", "b", "c", "d"} {
		exs = append(exs, example(g, Answer))
		e := example(g, Context)
		if g != "a" {
			e.Gold = []bool{true, false}
		}
		exs = append(exs, e)
	}
	c := Select(exs, []float64{0}, 5, nil)
	if !slices.Contains(c.Off, Context) || slices.Contains(c.Off, Answer) {
		t.Errorf("off %v, want context off and answer on", c.Off)
	}
}

// TestMetricsOf: ranks 1, 2 and not found give Hit@1 1/3, Hit@3 2/3 and
// MRR (1 + 1/2 + 0) / 3; no ranks give zeros, not NaN.
func TestMetricsOf(t *testing.T) {
	m := MetricsOf([]int{1, 2, 0})
	if m.N != 3 || math.Abs(m.HitAt1-1.0/3) > 1e-9 || math.Abs(m.HitAt3-2.0/3) > 1e-9 || math.Abs(m.MRR-0.5) > 1e-9 {
		t.Errorf("MetricsOf(1, 2, 0) = %+v", m)
	}
	if z := MetricsOf(nil); z.N != 0 || z.HitAt1 != 0 || z.MRR != 0 {
		t.Errorf("MetricsOf(nil) = %+v", z)
	}
}

// TestFitSetAgreesWithEvaluate: the objective coordinate ascent computes
// from the kept candidates and moved scores is MRR plus a hundredth of
// Hit@1 as Evaluate scores them in full, with tiers, several gold
// candidates, ties and questions no weight can move.
func TestFitSetAgreesWithEvaluate(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var exs []Example
	for q := range 200 {
		e := Example{Group: "g"}
		for range 1 + r.IntN(8) {
			var f Features
			for i := range f {
				f[i] = float64(r.IntN(4)) / 4 // coarse values: ties
			}
			e.Candidates = append(e.Candidates, f)
			e.Tier = append(e.Tier, r.IntN(2))
			e.Gold = append(e.Gold, r.IntN(4) == 0 || q%7 == 0)
		}
		exs = append(exs, e)
	}
	// Quarters add up without rounding, so that equal scores are equal
	// however they are summed, and ties are real ties.
	var w Weights
	for i := range w {
		w[i] = float64(r.IntN(13)-4) / 4
	}
	set := newFitSet(exs, w)
	for _, f := range []Feature{Coverage, Answer, Topic} {
		for _, d := range []float64{0, 0.5, -2} {
			try := w
			try[f] += d
			m := Evaluate(exs, try)
			want := m.MRR + 0.01*m.HitAt1
			if got := set.objective(try, f, d, 0); math.Abs(got-want) > 1e-12 {
				t.Errorf("%v moved by %v: objective %v, Evaluate %v", f, d, got, want)
			}
		}
	}
}

// TestFolds: with Folds, groups are dealt into that many folds in order
// of first appearance, every group whole in one fold; without, each group
// is its own fold.
func TestFolds(t *testing.T) {
	var exs []Example
	for _, g := range []string{"a", "b", "a", "c", "d", "b"} {
		exs = append(exs, Example{Group: g})
	}
	for _, tt := range []struct {
		n    int
		want []int
	}{{0, []int{0, 1, 0, 2, 3, 1}}, {2, []int{0, 1, 0, 0, 1, 1}}, {3, []int{0, 1, 0, 2, 0, 1}}} {
		if got := folds(exs, tt.n, 0); !slices.Equal(got, tt.want) {
			t.Errorf("folds(%d) = %v, want %v", tt.n, got, tt.want)
		}
	}
}

// TestFoldSeed: a seed deals the same groups into folds of the same
// sizes, each group whole, in another order, the same for the same seed;
// one group at a time (no Folds) ignores the seed.
func TestFoldSeed(t *testing.T) {
	var exs []Example
	for _, g := range strings.Split("a b a c d b e f g h i j", " ") {
		exs = append(exs, Example{Group: g})
	}
	plain := folds(exs, 3, 0)
	for _, seed := range []uint64{1, 2, 3} {
		got := folds(exs, 3, seed)
		if !slices.Equal(got, folds(exs, 3, seed)) {
			t.Errorf("seed %d: two deals differ", seed)
		}
		if slices.Equal(got, plain) {
			t.Errorf("seed %d: %v, the unseeded deal", seed, got)
		}
		if !sameSizes(exs, got, plain) {
			t.Errorf("seed %d: %v; want groups whole and the fold sizes of %v", seed, got, plain)
		}
		if loo := folds(exs, 0, seed); !slices.Equal(loo, folds(exs, 0, 0)) {
			t.Errorf("seed %d, one group a fold: %v", seed, loo)
		}
	}
}

// sameSizes reports whether each group of exs falls in one fold of
// got, and got's folds hold as many groups each as want's.
func sameSizes(exs []Example, got, want []int) bool {
	fold := map[string]int{}
	sizes := map[int]int{}
	for i, e := range exs {
		if k, ok := fold[e.Group]; ok {
			if k != got[i] {
				return false
			}
			continue
		}
		fold[e.Group] = got[i]
		sizes[got[i]]++
		sizes[want[i]]--
	}
	for _, n := range sizes {
		if n != 0 {
			return false
		}
	}
	return true
}

// kindExamples are n questions of kind k in each of groups a to d,
// whose gold candidate has the highest value of feature f while BM25
// prefers another.
func kindExamples(k string, f Feature, n int) []Example {
	var out []Example
	for _, g := range []string{"a", "b", "c", "d"} {
		for range n {
			e := example(g, f)
			e.Kind = k
			out = append(out, e)
		}
	}
	return out
}

// TestFitModelGivesAKindItsOwnWeights: "when" questions are answered by
// the focus feature, and most questions, of kind "who", by the answer
// feature while focus marks a wrong candidate. One vector must
// sacrifice the "when" questions; a vector per kind ranks both right,
// held out too. A kind with fewer examples than Min, or held tightly to
// the shared vector, shares it.
func TestFitModelGivesAKindItsOwnWeights(t *testing.T) {
	who := kindExamples("who", Answer, 3)
	for i := range who {
		who[i].Candidates[0][Focus] = 1
	}
	exs := append(who, kindExamples("when", Focus, 1)...)
	single := FitModel(exs, Options{Rounds: 5})
	if m := EvaluateModel(exs, single); m.HitAt1 == 1 {
		t.Fatalf("one vector %v ranks every question first: the test shows nothing", single.Global)
	}
	o := Options{Rounds: 5, Kinds: KindOptions{Min: 3, Shrink: 0.1}}
	perKind := FitModel(exs, o)
	if m := EvaluateModel(exs, perKind); m.HitAt1 != 1 {
		t.Errorf("a vector per kind %v: %+v, want every question first", perKind.Kinds, m)
	}
	if m := Pool(CrossValidate(exs, o), nil); m.HitAt1 != 1 {
		t.Errorf("a vector per kind, cross-validated: %+v, want every question first", m)
	}
	for _, ko := range []KindOptions{{Min: 5, Shrink: 0.1}, {Min: 3, Shrink: 100}} {
		o.Kinds = ko
		if w := FitModel(exs, o).For("when"); w != single.Global {
			t.Errorf("%+v: \"when\" weights %v, want the shared %v", ko, w, single.Global)
		}
	}
}

// TestModelWithout switches a feature off in every vector.
func TestModelWithout(t *testing.T) {
	var w Weights
	w[Focus], w[Answer] = 1, 2
	m := Model{Global: w, Kinds: map[string]Weights{"when": w}}.Without(Focus)
	if m.Global[Focus] != 0 || m.For("when")[Focus] != 0 || m.For("when")[Answer] != 2 {
		t.Errorf("without focus: %+v", m)
	}
	if m.For("why") != m.Global {
		t.Errorf("a kind without its own vector: %v, want the shared %v", m.For("why"), m.Global)
	}
}
