package rank

import (
	"math"
	"slices"
	"sort"
)

// Example is one judged question: its candidates' features, in the order
// ties are broken, and which of them answer it.
type Example struct {
	Group      string // the briefing it was asked of: folds keep groups whole
	Alone      bool   // asked of its briefing indexed alone
	Candidates []Features
	Tier       []int // candidates of higher tier always rank first
	Gold       []bool
}

// Rank returns where the first gold candidate ranks under w (1-based), or
// 0 when none is among the candidates.
func (e Example) Rank(w Weights) int {
	order := make([]int, len(e.Candidates))
	scores := make([]float64, len(e.Candidates))
	for i, f := range e.Candidates {
		order[i] = i
		scores[i] = w.Score(f)
	}
	sort.SliceStable(order, func(a, b int) bool {
		i, j := order[a], order[b]
		if e.tier(i) != e.tier(j) {
			return e.tier(i) > e.tier(j)
		}
		return scores[i] > scores[j]
	})
	for r, i := range order {
		if e.Gold[i] {
			return r + 1
		}
	}
	return 0
}

func (e Example) tier(i int) int {
	if e.Tier == nil {
		return 0
	}
	return e.Tier[i]
}

// Metrics are the usual figures of a ranking evaluation.
type Metrics struct {
	N                   int
	HitAt1, HitAt3, MRR float64
}

// Evaluate scores w on examples.
func Evaluate(examples []Example, w Weights) Metrics {
	m := Metrics{N: len(examples)}
	for _, e := range examples {
		r := e.Rank(w)
		if r == 1 {
			m.HitAt1++
		}
		if r >= 1 && r <= 3 {
			m.HitAt3++
		}
		if r > 0 {
			m.MRR += 1 / float64(r)
		}
	}
	if m.N > 0 {
		n := float64(m.N)
		m.HitAt1, m.HitAt3, m.MRR = m.HitAt1/n, m.HitAt3/n, m.MRR/n
	}
	return m
}

// objective is what fitting maximises: MRR, with Hit@1 to break ties.
func objective(examples []Example, w Weights) float64 {
	m := Evaluate(examples, w)
	return m.MRR + 0.01*m.HitAt1
}

// steps are the values coordinate ascent tries for each weight.
var steps = []float64{0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8, -0.1, -0.25, -0.5, -1, -2}

// Fit finds weights by coordinate ascent on MRR, starting from start. The
// BM25 weight is held at 1 to fix the scale. Rounds stop when a full pass
// over the features gains nothing. A weight keeps its value unless a step
// improves the objective, so ties resolve towards start.
func Fit(examples []Example, start Weights, rounds int) Weights {
	w := start
	w[BM25] = 1
	best := objective(examples, w)
	for range rounds {
		improved := false
		for f := Feature(1); f < NumFeatures; f++ {
			for _, v := range steps {
				try := w
				try[f] = v
				if s := objective(examples, try); s > best+1e-9 {
					best, w, improved = s, try, true
				}
			}
		}
		if !improved {
			break
		}
	}
	return w
}

// CrossValidate fits on all groups but one and scores the one held out,
// for each group in turn, and returns the pooled figures: an honest
// estimate of how fitted weights do on briefings they never saw.
func CrossValidate(examples []Example, start Weights, rounds int) Metrics {
	var groups []string
	for _, e := range examples {
		if !slices.Contains(groups, e.Group) {
			groups = append(groups, e.Group)
		}
	}
	var total Metrics
	for _, g := range groups {
		var train, test []Example
		for _, e := range examples {
			if e.Group == g {
				test = append(test, e)
			} else {
				train = append(train, e)
			}
		}
		m := Evaluate(test, Fit(train, start, rounds))
		n := float64(m.N)
		total.N += m.N
		total.HitAt1 += m.HitAt1 * n
		total.HitAt3 += m.HitAt3 * n
		total.MRR += m.MRR * n
	}
	if total.N > 0 {
		n := float64(total.N)
		total.HitAt1, total.HitAt3, total.MRR = total.HitAt1/n, total.HitAt3/n, total.MRR/n
	}
	if math.IsNaN(total.MRR) {
		return Metrics{}
	}
	return total
}
