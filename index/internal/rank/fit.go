package rank

import (
	"math/rand/v2"
	"slices"
)

// Example is one judged question: its candidates' features, in the order
// ties are broken, and which of them answer it.
type Example struct {
	Group      string // the briefing it was asked of: folds keep groups whole
	Kind       string // the kind of answer it asks for ("who", "when", …; "" for none): a kind may have its own weights
	Style      string // the briefing's style (primer, encyclopedic, …), for reports
	Question   string // for reports
	Alone      bool   // asked of its briefing indexed alone
	Candidates []Features
	Tier       []int // candidates of higher tier always rank first
	Gold       []bool
}

// Rank returns where the first gold candidate ranks under w (1-based), or
// 0 when none is among the candidates. Candidates sort by tier, then
// score, then their order; counting those ahead of the best gold one
// gives its rank without sorting, which fitting does millions of times.
func (e Example) Rank(w Weights) int { return e.RankBy(w.Score) }

// RankBy is Rank under any scoring of a candidate's features.
func (e Example) RankBy(score func(Features) float64) int {
	best := -1
	var bestScore float64
	for i, g := range e.Gold {
		if !g {
			continue
		}
		s := score(e.Candidates[i])
		if best < 0 || e.ahead(i, s, best, bestScore) {
			best, bestScore = i, s
		}
	}
	if best < 0 {
		return 0
	}
	r := 1
	for j, f := range e.Candidates {
		if j != best && e.ahead(j, score(f), best, bestScore) {
			r++
		}
	}
	return r
}

// ahead reports whether candidate i, scoring si, sorts before j, scoring sj.
func (e Example) ahead(i int, si float64, j int, sj float64) bool {
	if ti, tj := e.tier(i), e.tier(j); ti != tj {
		return ti > tj
	}
	if si != sj {
		return si > sj
	}
	return i < j
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
	var m Metrics
	for _, e := range examples {
		m.add(e.Rank(w))
	}
	return m.mean()
}

// MetricsOf scores questions answered at the given ranks (0: not found).
func MetricsOf(ranks []int) Metrics {
	var m Metrics
	for _, r := range ranks {
		m.add(r)
	}
	return m.mean()
}

// add counts one question answered at rank r (0: not found); the figures
// are sums until mean divides them.
func (m *Metrics) add(r int) {
	m.N++
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

func (m Metrics) mean() Metrics {
	if m.N > 0 {
		n := float64(m.N)
		m.HitAt1, m.HitAt3, m.MRR = m.HitAt1/n, m.HitAt3/n, m.MRR/n
	}
	return m
}

// Options say how Fit searches: how many passes at most, how strongly
// weights are held to zero (Lambda: the MRR a weight must buy per unit
// it moves from zero), and which features stay off.
type Options struct {
	Rounds int
	Lambda float64
	Off    []Feature
	// Folds, when above zero, cross-validates with the groups dealt into
	// that many folds in turn (in their order of first appearance)
	// rather than holding out one group at a time: as many fits as folds,
	// for screening options; leave-one-group-out is the figure to report.
	Folds int
	// FoldSeed, when not zero and with Folds, deals the groups into
	// folds in an order shuffled by the seed instead of their order of
	// first appearance: refits on another partition of the same groups
	// show how much a cross-validated figure owes to the partition.
	FoldSeed uint64
	// Start is where coordinate ascent starts; zero means plain BM25.
	// Cross-validation always starts from plain BM25, so that no fold
	// starts from weights fitted on the briefing it holds out.
	Start Weights
	// Kinds says whether each kind of question gets its own vector
	// (see FitModel).
	Kinds KindOptions
	// Boost, with Trees above zero, grows trees on the weighted sums'
	// scores (see FitBoost).
	Boost BoostOptions
}

// steps are the values coordinate ascent tries for each weight.
var steps = []float64{0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8, -0.1, -0.25, -0.5, -1, -2}

// Fit finds weights by coordinate ascent on the objective, starting from
// o.Start (plain BM25 when zero). The BM25 weight is held at 1 to fix the scale. Rounds
// stop when a full pass over the features gains nothing. A weight keeps
// its value unless a step improves the objective.
func Fit(examples []Example, o Options) Weights {
	w := o.Start
	for _, f := range o.Off {
		w[f] = 0
	}
	w[BM25] = 1
	return ascend(newFitSet(examples, w), w, o.Lambda, o)
}

// ascend runs coordinate ascent on set from w, which set's scores are
// computed with, penalised by lambda.
func ascend(set *fitSet, w Weights, lambda float64, o Options) Weights {
	best := set.objective(w, BM25, 0, lambda)
	for range o.Rounds {
		improved := false
		for f := Feature(1); f < NumFeatures; f++ {
			if slices.Contains(o.Off, f) {
				continue
			}
			for _, v := range steps {
				try := w
				try[f] = v
				if s := set.objective(try, f, v-w[f], lambda); s > best+1e-9 {
					best, w, improved = s, try, true
					set.move(w)
				}
			}
		}
		if !improved {
			break
		}
	}
	return w
}

// Held is one question scored by weights fitted without its briefing.
type Held struct {
	Example
	Rank int
	Fold int // the fold of briefings it was held out with
}

// CrossValidate fits on all groups but one and ranks the questions of the
// one held out, for each group in turn (or each fold of groups, see
// Options.Folds): an honest estimate of how fitted weights do on
// briefings they never saw. It returns every held-out
// question with its rank; Pool sums them up.
func CrossValidate(examples []Example, o Options) []Held {
	var out []Held
	eachFold(examples, o, func(k int, train, test []Example) {
		fit := o
		fit.Start = Weights{}
		m := FitModel(train, fit)
		for _, e := range test {
			out = append(out, Held{e, m.Rank(e), k})
		}
	})
	return out
}

// eachFold calls f with each fold k of examples (see folds; o.Folds
// and o.FoldSeed) held out as test and the rest as train, in fold order.
func eachFold(examples []Example, o Options, f func(k int, train, test []Example)) {
	fold := folds(examples, o.Folds, o.FoldSeed)
	for k := range slices.Max(append(slices.Clone(fold), -1)) + 1 {
		var train, test []Example
		for i, e := range examples {
			if fold[i] == k {
				test = append(test, e)
			} else {
				train = append(train, e)
			}
		}
		f(k, train, test)
	}
}

// folds is the fold of each example: its group's place among the
// groups in order of first appearance, modulo n when n is above zero.
// With n above zero and a seed other than zero, the places are a
// permutation of that order drawn from the seed: the folds keep their
// sizes and each group stays whole.
func folds(examples []Example, n int, seed uint64) []int {
	var groups []string
	out := make([]int, len(examples))
	for i, e := range examples {
		g := slices.Index(groups, e.Group)
		if g < 0 {
			g = len(groups)
			groups = append(groups, e.Group)
		}
		out[i] = g
	}
	if n <= 0 {
		return out
	}
	place := shuffled(len(groups), seed)
	for i, g := range out {
		out[i] = place[g] % n
	}
	return out
}

// shuffled is the identity permutation of n places for seed 0, else
// one drawn from seed (deterministic for a seed).
func shuffled(n int, seed uint64) []int {
	if seed == 0 {
		out := make([]int, n)
		for i := range out {
			out[i] = i
		}
		return out
	}
	return rand.New(rand.NewPCG(seed, 0)).Perm(n)
}

// Pool sums held-out questions up, those keep reports.
func Pool(hs []Held, keep func(Example) bool) Metrics {
	var m Metrics
	for _, h := range hs {
		if keep == nil || keep(h.Example) {
			m.add(h.Rank)
		}
	}
	return m.mean()
}
