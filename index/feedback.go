package index

import (
	"sort"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// feedbackDocs is how many of the top candidates by BM25 make the
// relevance model of pseudo-relevance feedback.
const feedbackDocs = 5

// feedback sets the Feedback feature of cs (see rank.Feedback), a
// second pass over the candidate set alone, RM3-style: the relevance
// model is the top candidates' words beyond the question's (highlight),
// each weighted by its frequency in each of them, kept when two or more
// hold it; each candidate is scored on the model less its own part, so a
// top candidate is not rewarded for agreeing with itself.
func feedback(cs []candidate, highlight map[string]bool) {
	top := topByBM25(cs, feedbackDocs)
	if len(top) < 3 {
		return
	}
	parts := make([]map[string]float64, len(top))
	support := map[string]int{}
	for i, ci := range top {
		parts[i] = termShares(cs[ci].analysed.keys, highlight)
		for t := range parts[i] {
			support[t]++
		}
	}
	for i := range cs {
		cs[i].features[rank.Feedback] = feedbackShare(cs[i], top, i, parts, support)
	}
}

// feedbackShare is the share of the relevance model, less candidate i's
// own part, that cs[i] holds.
func feedbackShare(c candidate, top []int, i int, parts []map[string]float64, support map[string]int) float64 {
	if c.analysed == nil {
		return 0
	}
	self := -1
	for k, ci := range top {
		if ci == i {
			self = k
		}
	}
	holds := map[string]bool{}
	for _, t := range c.analysed.keys {
		holds[t] = true
	}
	total, held := 0.0, 0.0
	for k, p := range parts {
		if k == self {
			continue
		}
		for t, w := range p {
			if support[t]-btoi(self >= 0 && parts[self][t] > 0) < 2 {
				continue
			}
			total += w
			if holds[t] {
				held += w
			}
		}
	}
	if total == 0 {
		return 0
	}
	return held / total
}

// topByBM25 are the indexes of the n analysed candidates with the
// highest BM25, ties broken by slug and paragraph.
func topByBM25(cs []candidate, n int) []int {
	var idx []int
	for i := range cs {
		if cs[i].analysed != nil {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool {
		x, y := cs[idx[a]], cs[idx[b]]
		if x.bm25 != y.bm25 {
			return x.bm25 > y.bm25
		}
		if x.slug != y.slug {
			return x.slug < y.slug
		}
		return x.para < y.para
	})
	return idx[:min(n, len(idx))]
}

// termShares are the terms of keys outside skip, each with its share
// of keys.
func termShares(keys []string, skip map[string]bool) map[string]float64 {
	out := map[string]float64{}
	for _, t := range keys {
		if !skip[t] && len(t) > 2 {
			out[t] += 1 / float64(len(keys))
		}
	}
	return out
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
