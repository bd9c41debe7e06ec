package rank

import "math"

// Pairwise logistic regression: a second way to fit the weights. Each
// question contributes the pairs (gold, other) of candidates in one
// tier, and the weights minimise the mean logistic loss of the score
// differences, question by question, plus an L2 penalty. Unlike
// coordinate ascent on MRR it sees every pair, not only the top.
const (
	pairwiseSteps = 400
	pairwiseRate  = 2.0
)

// pair is one gold candidate's features less another's, and the weight
// of its question's share.
type pair struct {
	diff Features
	w    float64
}

// pairsOf lists the (gold, other) pairs of examples within a tier, each
// question's pairs weighing 1 together.
func pairsOf(examples []Example) []pair {
	var out []pair
	for _, e := range examples {
		var ps []pair
		for g, gold := range e.Gold {
			if !gold {
				continue
			}
			for o, other := range e.Gold {
				if other || e.tier(o) != e.tier(g) {
					continue
				}
				var d Features
				for f := range d {
					d[f] = e.Candidates[g][f] - e.Candidates[o][f]
				}
				ps = append(ps, pair{diff: d})
			}
		}
		for i := range ps {
			ps[i].w = 1 / float64(len(ps))
		}
		out = append(out, ps...)
	}
	return out
}

// FitPairwise fits the weights by full-batch gradient descent on the
// pairwise logistic loss, with penalty l2 on every weight but BM25's,
// from zero, a fixed number of steps: the same examples always give the
// same weights. Weights are then scaled so that BM25's is 1, when it is
// positive, to keep the score's scale. Features in off stay at zero.
func FitPairwise(examples []Example, l2 float64, off []Feature) Weights {
	ps := pairsOf(examples)
	var w Weights
	total := 0.0
	for _, p := range ps {
		total += p.w
	}
	if total == 0 {
		w[BM25] = 1
		return w
	}
	skip := map[Feature]bool{}
	for _, f := range off {
		skip[f] = true
	}
	for range pairwiseSteps {
		var grad Weights
		for _, p := range ps {
			g := -p.w / (1 + math.Exp(w.Score(p.diff)))
			for f, v := range p.diff {
				grad[f] += g * v
			}
		}
		for f := range w {
			if skip[Feature(f)] {
				continue
			}
			step := grad[f] / total
			if Feature(f) != BM25 {
				step += l2 * w[f]
			}
			w[f] -= pairwiseRate * step
		}
	}
	if w[BM25] > 0 {
		s := w[BM25]
		for f := range w {
			w[f] /= s
		}
	}
	return w
}
