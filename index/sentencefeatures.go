package index

import (
	"sort"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// sentenceFeatures sets the features read sentence by sentence (see
// rank.Cued, rank.Dated, rank.Joint): how much of the question one
// sentence tells together with the answer asked for, or with the
// question's names. A paragraph that holds the question's words spread
// over its sentences tells of them less than one that holds them in one.
func sentenceFeatures(f *rank.Features, c *candidate, pl plan) {
	n := len(pl.concepts)
	if n == 0 {
		return
	}
	held, named := sentenceConcepts(c, pl)
	for i, s := range c.sentences() {
		share := float64(len(held[i])) / float64(n)
		if pl.answer != anyKind && answerCueIn(s.text, s.words, pl.answer, pl.isAnchorWord) {
			f[rank.Cued] = max(f[rank.Cued], share)
		}
		if pl.answer == dateKind && dayPrecise(s) {
			f[rank.Dated] = max(f[rank.Dated], share)
		}
		if named[i] || len(pl.anchors) == 0 {
			f[rank.Joint] = max(f[rank.Joint], share)
		}
	}
}

// sentenceConcepts returns, for each sentence of c, the indexes of the
// plan's concepts it holds, and whether it holds a term of the plan's
// names.
func sentenceConcepts(c *candidate, pl plan) ([]map[int]bool, []bool) {
	ss := c.sentences()
	held := make([]map[int]bool, len(ss))
	for i := range held {
		held[i] = map[int]bool{}
	}
	named := make([]bool, len(ss))
	for term, locs := range c.terms {
		anchor := pl.isAnchorWord(term)
		for _, l := range locs {
			i := sentenceAt(ss, l.start)
			if i < 0 {
				continue
			}
			named[i] = named[i] || anchor
			for ci, cn := range pl.concepts {
				if cn.exact[term] || cn.wide[term] {
					held[i][ci] = true
				}
			}
		}
	}
	return held, named
}

// sentenceAt is the index of the sentence of ss holding byte offset b,
// or -1.
func sentenceAt(ss []sentence, b int) int {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].span[1] > b })
	if i < len(ss) && b >= ss[i].span[0] {
		return i
	}
	return -1
}

// dayPrecise reports whether a sentence gives a date to the month or
// day: a month's name ("may" only capitalised), a weekday or a day named
// relative to today. A year alone does not.
func dayPrecise(s sentence) bool {
	for _, w := range s.words {
		if months[w.text] && (w.text != "may" || capitalised(s.text, w)) || weekdays[w.text] || relativeDays[w.text] {
			return true
		}
	}
	return false
}
