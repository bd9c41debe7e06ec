package rank

import (
	"math"
	"slices"
)

// Choice is what Select settled on, and its cross-validated figures.
type Choice struct {
	Options
	CV Metrics
	// Gain is what the last feature switched off was worth in held-out
	// reciprocal rank per question, and SE its standard error.
	Gain, SE float64
}

// Select chooses the fitting options by cross-validation by briefing.
// First the penalty: the one among lambdas with the best held-out MRR.
// Then features are switched off one at a time, the least useful first,
// while what it buys on held-out questions is at most one standard error
// of that gain (paired over the questions): a feature that helps no
// more than noise does is left out, since on briefings unlike these it is
// as likely to harm. Each option tried is passed to log.
func Select(examples []Example, lambdas []float64, rounds int, log func(Choice)) Choice {
	score := func(o Options) (Choice, []Held) {
		hs := CrossValidate(examples, o)
		return Choice{Options: o, CV: Pool(hs, nil)}, hs
	}
	var best Choice
	var held []Held
	for i, l := range lambdas {
		c, hs := score(Options{Rounds: rounds, Lambda: l})
		if log != nil {
			log(c)
		}
		if i == 0 || better(c.CV, best.CV) {
			best, held = c, hs
		}
	}
	for {
		next, nextHeld, ok := leastUseful(best, held, score, log)
		if !ok || tStat(next) > 1 {
			return best
		}
		best, held = next, nextHeld
	}
}

// leastUseful tries best with each of its features off in turn and
// returns the option whose feature bought the least, in standard errors.
func leastUseful(best Choice, held []Held, score func(Options) (Choice, []Held), log func(Choice)) (Choice, []Held, bool) {
	var out Choice
	var outHeld []Held
	found := false
	for f := Feature(1); f < NumFeatures; f++ {
		if slices.Contains(best.Off, f) {
			continue
		}
		o := best.Options
		o.Off = append(slices.Clone(o.Off), f)
		c, hs := score(o)
		c.Gain, c.SE = PairedGain(held, hs)
		if log != nil {
			log(c)
		}
		if !found || tStat(c) < tStat(out) {
			out, outHeld, found = c, hs, true
		}
	}
	return out, outHeld, found
}

// tStat is a feature's gain in standard errors; a gain with no spread
// at all is none.
func tStat(c Choice) float64 {
	if c.SE == 0 {
		return 0
	}
	return c.Gain / c.SE
}

// PairedGain is the mean of a's reciprocal rank less b's over the same
// questions, and its standard error.
func PairedGain(a, b []Held) (mean, se float64) {
	n := float64(len(a))
	if n < 2 || len(a) != len(b) {
		return 0, 0
	}
	d := make([]float64, len(a))
	for i := range a {
		d[i] = rr(a[i].Rank) - rr(b[i].Rank)
		mean += d[i]
	}
	mean /= n
	ss := 0.0
	for _, v := range d {
		ss += (v - mean) * (v - mean)
	}
	return mean, math.Sqrt(ss / (n - 1) / n)
}

func rr(rank int) float64 {
	if rank <= 0 {
		return 0
	}
	return 1 / float64(rank)
}

// better reports whether a beats b: MRR, then Hit@1.
func better(a, b Metrics) bool {
	const eps = 1e-9
	if a.MRR > b.MRR+eps || a.MRR < b.MRR-eps {
		return a.MRR > b.MRR
	}
	return a.HitAt1 > b.HitAt1+eps
}
