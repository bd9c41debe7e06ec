package index

import (
	"math"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// sentenceShares sets each candidate's Sentence feature: the largest
// share of the question's concepts one of its sentences holds, each
// concept weighted by how few candidates hold it (an IDF over the
// candidates). An answer usually stands in one sentence with what the
// question asks about; a paragraph that holds the question's words
// scattered over several sentences, as a long one does by chance, is
// less likely to answer it. Rare concepts weigh more: the sentence that
// holds the question's rare words beats one holding only its common
// ones. conceptHits must have set every candidate's covered concepts.
func sentenceShares(cs []candidate, pl plan) {
	if len(pl.concepts) == 0 || len(cs) == 0 {
		return
	}
	weights, total := conceptIDF(cs, pl)
	for i := range cs {
		cs[i].features[rank.Sentence] = bestSentence(&cs[i], pl, weights) / total
	}
}

// conceptIDF weighs each of the plan's concepts by ln(1 + N/(1+n)),
// where N is the number of candidates and n the number holding it, and
// sums the weights.
func conceptIDF(cs []candidate, pl plan) (weights []float64, total float64) {
	held := make([]int, len(pl.concepts))
	for i := range cs {
		for ci := range cs[i].covered {
			held[ci]++
		}
	}
	weights = make([]float64, len(pl.concepts))
	for ci, n := range held {
		weights[ci] = math.Log(1 + float64(len(cs))/float64(1+n))
		total += weights[ci]
	}
	return weights, total
}

// bestSentence is the largest weight of concepts one sentence of c holds.
func bestSentence(c *candidate, pl plan, weights []float64) float64 {
	ss := c.sentences()
	if len(ss) == 0 {
		return 0
	}
	held := make([]map[int]bool, len(ss)) // concepts held, by sentence
	for term, locs := range c.terms {
		for ci, cn := range pl.concepts {
			if !cn.exact[term] && !cn.wide[term] {
				continue
			}
			for _, l := range locs {
				if s := sentenceAt(ss, l.start); s >= 0 {
					if held[s] == nil {
						held[s] = map[int]bool{}
					}
					held[s][ci] = true
				}
			}
		}
	}
	best := 0.0
	for _, h := range held {
		sum := 0.0
		for ci := range h {
			sum += weights[ci]
		}
		best = math.Max(best, sum)
	}
	return best
}

// sentenceAt is the index of the sentence of ss holding byte offset at,
// or -1.
func sentenceAt(ss []sentence, at int) int {
	for i, s := range ss {
		if at >= s.span[0] && at < s.span[1] {
			return i
		}
	}
	return -1
}
