package index

import (
	"math"
	"sort"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// cueNearness sets the CueNear feature of cs (see rank.CueNear): how
// near the kind of answer asked for stands to the question's rarest
// concepts. A concept is weighted by how few of the candidates hold it,
// log(1 + n/(1 + held)), so that the name every candidate holds counts
// little and the word that singles the event out counts most; each
// concept counts by its nearness to the cue in one sentence, 4/(3 + d)
// for d words apart (1 beside it). The feature is the best cue's
// weighted sum over the weights of all the plan's concepts. The
// candidates' covered concepts must be known (features sets them).
func cueNearness(cs []candidate, pl plan) {
	if !hasCueWord(pl.answer) || len(pl.concepts) == 0 {
		return
	}
	weights, total := rarityWeights(cs, len(pl.concepts))
	for i := range cs {
		cs[i].features[rank.CueNear] = bestCueNearness(&cs[i], pl, weights, false) / total
		cs[i].features[rank.CueBridged] = bestCueNearness(&cs[i], pl, weights, true) / total
	}
}

// hasCueWord reports whether a kind of answer is told by a word a
// sentence holds: a date, count, span of time, place or name.
func hasCueWord(k answerKind) bool {
	return k == dateKind || k == quantityKind || k == durationKind || k == placeKind || k == personKind
}

// rarityWeights weights each of n concepts by how few of cs hold it, and
// sums the weights.
func rarityWeights(cs []candidate, n int) ([]float64, float64) {
	held := make([]int, n)
	for _, c := range cs {
		for ci := range c.covered {
			held[ci]++
		}
	}
	weights, total := make([]float64, n), 0.0
	for ci, h := range held {
		weights[ci] = math.Log1p(float64(len(cs)) / float64(1+h))
		total += weights[ci]
	}
	return weights, total
}

// bestCueNearness is, over the cue words of c's sentences, the largest
// sum of the concepts' weights times their nearness to the cue; with
// bridged, a concept held by a learned bridge counts too, times the
// bridge's strength.
func bestCueNearness(c *candidate, pl plan, weights []float64, bridged bool) float64 {
	ss := c.sentences()
	at := conceptWords(c, pl, ss, bridged)
	best := 0.0
	for si, s := range ss {
		for i := range s.words {
			if cueAt(s, i, pl) {
				best = max(best, nearnessSum(at[si], i, weights))
			}
		}
	}
	return best
}

// cueAt reports whether word i of sentence s is the kind of answer pl
// asks for: a date, count or span of time, or a name the question did
// not give (see nameAt).
func cueAt(s sentence, i int, pl plan) bool {
	if pl.answer == placeKind || pl.answer == personKind {
		return nameAt(s.text, s.words, i, pl.answer, pl.isAnchorWord)
	}
	return cueWord(s.words, i, pl.answer)
}

// conceptWords maps each sentence of ss to the word indexes where each
// concept of the plan stands in it, by its words, forms or synonyms
// (and with bridged, its learned bridges), each with its strength.
func conceptWords(c *candidate, pl plan, ss []sentence, bridged bool) []map[int][]wordStrength {
	at := make([]map[int][]wordStrength, len(ss))
	for term, locs := range c.terms {
		for ci, cn := range pl.concepts {
			strength := termStrength(cn, term)
			if strength == 0 || strength < 1 && !bridged {
				continue
			}
			for _, l := range locs {
				si := sentenceAt(ss, l.start)
				if si < 0 {
					continue
				}
				if at[si] == nil {
					at[si] = map[int][]wordStrength{}
				}
				at[si][ci] = append(at[si][ci], wordStrength{wordAt(ss[si], l.start), strength})
			}
		}
	}
	return at
}

// nearnessSum sums, over the concepts standing in a sentence, the
// concept's weight times its nearness to word i there.
func nearnessSum(at map[int][]wordStrength, i int, weights []float64) float64 {
	sum := 0.0
	for ci, words := range at {
		best := 0.0
		for _, w := range words {
			if w.word != i {
				best = max(best, w.strength*4/float64(3+abs(w.word-i)))
			}
		}
		sum += weights[ci] * best
	}
	return sum
}

// wordStrength is where a concept stands in a sentence, and how
// strongly the word there stands for it.
type wordStrength struct {
	word     int
	strength float64
}

// termStrength is how strongly term stands for concept cn: 1 for a word,
// form or synonym, the bridge's strength for a bridged term, else 0.
func termStrength(cn concept, term string) float64 {
	if cn.exact[term] || cn.wide[term] {
		return 1
	}
	return cn.bridged[term]
}

// sentenceAt is the index of the sentence of ss whose span holds byte
// offset at, or -1. ss are in text order.
func sentenceAt(ss []sentence, at int) int {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].span[1] > at })
	if i < len(ss) && ss[i].span[0] <= at {
		return i
	}
	return -1
}

// wordAt is the index of the word of s that byte offset b of the
// paragraph falls in.
func wordAt(s sentence, b int) int {
	return max(0, sort.Search(len(s.words), func(i int) bool { return s.words[i].start > b-s.span[0] })-1)
}

// bridgedAll sums, over the plan's concepts, the strength of the
// strongest bridged term c holds, whether or not c holds the concept
// by a word too: a paragraph that says "killed" beside "died" talks of
// the deaths as answers do.
func bridgedAll(c *candidate, pl plan) float64 {
	sum := 0.0
	for _, cn := range pl.concepts {
		best := 0.0
		for t, s := range cn.bridged {
			if len(c.terms[t]) > 0 {
				best = max(best, s)
			}
		}
		sum += best
	}
	return sum
}
