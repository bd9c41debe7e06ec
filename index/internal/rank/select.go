package rank

import "slices"

// Choice is what Select settled on, and its cross-validated figures.
type Choice struct {
	Options
	CV Metrics
}

// Select chooses the fitting options by cross-validation by briefing: the
// penalty among lambdas, then, one at a time, each feature whose removal
// does not lower the held-out figure is switched off. What is kept has
// earned its place on briefings it was not fitted on.
func Select(examples []Example, lambdas []float64, rounds int) Choice {
	score := func(o Options) Choice {
		return Choice{o, Pool(CrossValidate(examples, o), nil)}
	}
	var best Choice
	for i, l := range lambdas {
		c := score(Options{Rounds: rounds, Lambda: l})
		if i == 0 || better(c.CV, best.CV) {
			best = c
		}
	}
	for {
		var drop *Choice
		for f := Feature(1); f < NumFeatures; f++ {
			if slices.Contains(best.Off, f) {
				continue
			}
			o := best.Options
			o.Off = append(slices.Clone(o.Off), f)
			c := score(o)
			if better(best.CV, c.CV) {
				continue // the feature earns its place
			}
			if drop == nil || better(c.CV, drop.CV) {
				drop = &c
			}
		}
		if drop == nil {
			return best
		}
		best = *drop
	}
}

// better reports whether a beats b: MRR, then Hit@1.
func better(a, b Metrics) bool {
	const eps = 1e-9
	if a.MRR > b.MRR+eps || a.MRR < b.MRR-eps {
		return a.MRR > b.MRR
	}
	return a.HitAt1 > b.HitAt1+eps
}
