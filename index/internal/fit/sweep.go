package fit

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// sweep cross-validates a vector per kind of question with each shrink
// in turn against the shared vector alone, on the same folds, and
// prints each one's held-out gain in reciprocal rank per question with
// its standard errors, per question and clustered by briefing. Choosing the best shrink on these same figures
// would flatter it, so it also prints the gain when each fold's shrink
// is the one best on the other folds' questions. It returns the
// held-out questions of that choice.
func sweep(out io.Writer, examples []rank.Example, o rank.Options, shrinks []float64) []rank.Held {
	single, by := rank.CrossValidateShrinks(examples, o, shrinks)
	line(out, "one vector, cross-validated", rank.Pool(single, nil))
	for i, s := range shrinks {
		printGain(out, fmt.Sprintf("shrink %g", s), by[i], single)
	}
	chosen := chooseByOtherFolds(by)
	printGain(out, "shrink chosen on the other folds", chosen, single)
	return chosen
}

func printGain(out io.Writer, name string, now, single []rank.Held) {
	gain, se := rank.PairedGain(now, single)
	line(out, fmt.Sprintf("%s (gain %+.4f ± %.4f, ± %.4f by briefing)", name, gain, se, briefingSE(now, single)), rank.Pool(now, nil))
	for _, s := range []struct {
		name string
		keep func(rank.Example) bool
	}{{"alone", alone}, {"together", together}} {
		a, b := keepHeld(now, s.keep), keepHeld(single, s.keep)
		gain, se := rank.PairedGain(a, b)
		line(out, fmt.Sprintf("  %s (gain %+.4f ± %.4f, ± %.4f by briefing)", s.name, gain, se, briefingSE(a, b)), rank.Pool(a, nil))
	}
}

// chooseByOtherFolds takes each fold's held-out questions from the
// option (by[i]) with the best MRR on the questions of every other fold.
func chooseByOtherFolds(by [][]rank.Held) []rank.Held {
	if len(by) == 0 {
		return nil
	}
	sum := make([]map[int]float64, len(by)) // reciprocal ranks by fold
	total := make([]float64, len(by))
	for i, hs := range by {
		sum[i] = map[int]float64{}
		for _, h := range hs {
			sum[i][h.Fold] += reciprocal(h.Rank)
			total[i] += reciprocal(h.Rank)
		}
	}
	out := make([]rank.Held, len(by[0]))
	for q, h := range by[0] {
		best := 0
		for i := range by {
			if total[i]-sum[i][h.Fold] > total[best]-sum[best][h.Fold]+1e-9 {
				best = i
			}
		}
		out[q] = by[best][q]
	}
	return out
}

// floats parses a comma-separated list of numbers.
func floats(list string) ([]float64, error) {
	var out []float64
	for _, f := range strings.Split(list, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return nil, fmt.Errorf("-shrinks: %w", err)
		}
		out = append(out, v)
	}
	return out, nil
}
