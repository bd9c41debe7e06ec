package rank

import "testing"

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
	var start Weights
	if got := Evaluate(exs, start).HitAt1; got != 0 {
		t.Fatalf("BM25 alone: Hit@1 %v, want 0", got)
	}
	w := Fit(exs, start, 5)
	if m := Evaluate(exs, w); m.HitAt1 != 1 || w[Answer] <= 0 {
		t.Errorf("fitted %v: %+v, want Hit@1 1 with a positive answer weight", w, m)
	}
	if w[BM25] != 1 {
		t.Errorf("BM25 weight %v, want it held at 1", w[BM25])
	}
	if m := CrossValidate(exs, start, 5); m.N != len(exs) || m.HitAt1 != 1 {
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
	fitted := Evaluate(exs, Fit(exs, Weights{}, 5))
	cv := CrossValidate(exs, Weights{}, 5)
	if cv.HitAt1 >= fitted.HitAt1 {
		t.Errorf("cross-validated Hit@1 %v, fitted %v: want the held-out figure lower", cv.HitAt1, fitted.HitAt1)
	}
}
