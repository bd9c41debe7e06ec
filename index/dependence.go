package index

import (
	"context"
	"math"
	"sort"
)

// placeConcepts sets each concept's place among the question's words:
// the first word whose terms it holds. Concepts no word holds (the
// authors of "who wrote this?") stand after every word.
func (ix *Index) placeConcepts(q question, cs []concept) {
	at := make([]map[string]bool, len(q.all))
	for i, w := range q.all {
		at[i] = ix.terms(w)
	}
	for ci := range cs {
		cs[ci].at = len(q.all)
		for i, ts := range at {
			if holdsAny(ts, func(t string) bool { return cs[ci].exact[t] }) {
				cs[ci].at = i
				break
			}
		}
	}
}

// conceptIDF is, by concept, the inverse document frequency of its
// rarest own term in the text field: log(1 + N/df), with df at least 1.
// When the index cannot be read every concept weighs 1.
func (ix *Index) conceptIDF(cs []concept) []float64 {
	var terms []string
	for _, c := range cs {
		for t := range c.exact {
			terms = append(terms, t)
		}
	}
	n, df := ix.docFreqs(terms)
	out := make([]float64, len(cs))
	for i, c := range cs {
		out[i] = 1
		if n == 0 {
			continue
		}
		least := n
		for t := range c.exact {
			least = min(least, max(df[t], 1))
		}
		out[i] = math.Log(1 + float64(n)/float64(least))
	}
	return out
}

// docFreqs returns the number of paragraphs indexed and, for each of
// terms, the number holding it. When the index cannot be read, n is 0.
func (ix *Index) docFreqs(terms []string) (n uint64, df map[string]uint64) {
	df = map[string]uint64{}
	adv, err := ix.idx.Advanced()
	if err != nil {
		return 0, df
	}
	r, err := adv.Reader()
	if err != nil {
		return 0, df
	}
	defer r.Close()
	if n, err = r.DocCount(); err != nil {
		return 0, df
	}
	for _, t := range terms {
		if _, ok := df[t]; ok {
			continue
		}
		tfr, err := r.TermFieldReader(context.Background(), []byte(t), "text", false, false, false)
		if err != nil {
			continue
		}
		df[t] = tfr.Count()
		tfr.Close()
	}
	return n, df
}

// weightedShares are the idf-weighted shares of the plan's concepts that
// c holds (c.covered) and holds by the question's own words (own).
func weightedShares(c *candidate, pl plan, own map[int]bool) (covered, exact float64) {
	total := 0.0
	for ci := range pl.concepts {
		w := 1.0
		if ci < len(pl.idf) {
			w = pl.idf[ci]
		}
		total += w
		if c.covered[ci] {
			covered += w
		}
		if own[ci] {
			exact += w
		}
	}
	if total == 0 {
		return 0, 0
	}
	return covered / total, exact / total
}

// Reaches of the dependence features, in word positions (stop words
// keep theirs): an ordered pair stands at most orderedGap words on
// ("AMISOM in Mogadishu"), an unordered one within windowSpan words.
const (
	orderedGap = 3
	windowSpan = 8
)

// dependence is the share of the question's neighbouring concepts, in
// question order, that stand in order within orderedGap words (ordered)
// and in any order within windowSpan words (window), read from the
// concept hits' positions.
func dependence(pl plan, positions, concepts []int) (ordered, window float64) {
	order := make([]int, len(pl.concepts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return pl.concepts[order[i]].at < pl.concepts[order[j]].at })
	if len(order) < 2 {
		return 0, 0
	}
	at := map[int][]int{}
	for i, ci := range concepts {
		at[ci] = append(at[ci], positions[i])
	}
	for k := 1; k < len(order); k++ {
		o, w := pairNear(at[order[k-1]], at[order[k]])
		ordered += o
		window += w
	}
	pairs := float64(len(order) - 1)
	return ordered / pairs, window / pairs
}

// pairNear reports, as 0 or 1, whether some position of b follows one of
// a within orderedGap, and whether some pair stands within windowSpan.
func pairNear(a, b []int) (ordered, window float64) {
	for _, p := range a {
		for _, q := range b {
			if d := q - p; d > 0 && d <= orderedGap {
				ordered = 1
			}
			if d := q - p; d != 0 && d < windowSpan && d > -windowSpan {
				window = 1
			}
		}
	}
	return ordered, window
}
