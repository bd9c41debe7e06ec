package index

import "sort"

// sentenceCover reads how much of the question one sentence of c holds:
// best is the largest share of the plan's concepts a sentence holds,
// with c's headings, and cued the largest a sentence holding the kind
// of answer asked for holds (0 when the question asks for none). A
// concept counts 1 in a sentence holding it by a word, form or synonym,
// the strength of its strongest learned bridge there when it holds only
// that, and 1 in every sentence when a heading of c holds it (heading
// as for headedCount). Coverage reads the whole paragraph, so a summary
// that names the question's words across three sentences ranks with
// the one sentence that answers, and Answer finds a date or a name
// anywhere beside the subject: an answer is told in one sentence, with
// the words that ask for it.
func sentenceCover(c *candidate, pl plan, heading map[string]bool) (best, cued float64) {
	n := len(pl.concepts)
	ss := c.sentences()
	if n == 0 || len(ss) == 0 {
		return 0, 0
	}
	sums := sentenceSums(conceptsBySentence(c, pl, ss), n, headingConcepts(pl, heading))
	for i, s := range ss {
		best = max(best, sums[i])
		if sums[i] > cued && pl.answer != anyKind && answerCueIn(s.text, s.words, pl.answer, pl.isAnchorWord) {
			cued = sums[i]
		}
	}
	return best / float64(n), cued / float64(n)
}

// conceptsBySentence is how strongly each sentence of ss holds each of
// the plan's concepts: element s*n+ci for sentence s and concept ci of
// n (see termStrength).
func conceptsBySentence(c *candidate, pl plan, ss []sentence) []float64 {
	n := len(pl.concepts)
	held := make([]float64, len(ss)*n)
	for term, locs := range c.terms {
		for ci, cn := range pl.concepts {
			strength := termStrength(cn, term)
			if strength == 0 {
				continue
			}
			for _, l := range locs {
				if s := sentenceAt(ss, l.start); s >= 0 {
					held[s*n+ci] = max(held[s*n+ci], strength)
				}
			}
		}
	}
	return held
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

// sentenceSums sums each row of n values of held, a concept of always
// counting 1 in every row.
func sentenceSums(held []float64, n int, always map[int]bool) []float64 {
	sums := make([]float64, 0, len(held)/n)
	for lo := 0; lo < len(held); lo += n {
		sum := 0.0
		for ci, v := range held[lo : lo+n] {
			if always[ci] {
				v = 1
			}
			sum += v
		}
		sums = append(sums, sum)
	}
	return sums
}
