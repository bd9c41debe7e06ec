package index

import (
	"maps"
	"slices"
	"sort"

	"github.com/blevesearch/bleve/v2/search/query"
)

// focusReach is how many words may stand between the answer a question
// asks for and the thing it asks about: "12,000 to 15,000 rockets",
// "landed … on 24 July", "based in Stockholm".
const focusReach = 4

// focusWords are the words naming what a question counts, dates or
// times: for "how many X …" the words of X; otherwise, and when X is
// empty ("how many died"), its content words that are not names.
func (ix *Index) focusWords(q question, kind answerKind) []string {
	var out []string
	if kind == quantityKind {
		for i := range q.all {
			if i == 0 || q.all[i-1] != "many" && q.all[i-1] != "much" {
				continue
			}
			for _, x := range q.all[i:] {
				if questionWords[x] {
					break
				}
				out = append(out, x)
			}
			break
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, w := range q.kept {
		if !ix.names[foldWord(w)] {
			out = append(out, w)
		}
	}
	return out
}

// focusTerms are the terms of the focus words, their forms and synonyms,
// and the words one step broader or narrower ("guns" counts "weapons";
// "arrive" dates "landed"). It also returns a clause matching the terms
// no other clause matches, so that their locations are known; it is
// added to the query that finds locations only, never to the one that
// ranks.
func (ix *Index) focusTerms(q question, kind answerKind) (map[string]bool, query.Query) {
	if kind != quantityKind && kind != dateKind && kind != durationKind && (kind != placeKind || ix.expansion.noPlaceFocus) {
		return nil, nil
	}
	terms := map[string]bool{}
	for _, w := range ix.focusWords(q, kind) {
		alts := append([]string{w}, ix.lexicon.Forms(w)...)
		alts = append(alts, ix.lexicon.Synonyms(w)...)
		if !ix.expansion.noKin {
			alts = append(alts, ix.lexicon.Kin(w)...)
		}
		for _, a := range alts {
			for t := range ix.terms(a) {
				terms[t] = true
			}
		}
	}
	if len(terms) == 0 {
		return nil, nil
	}
	return terms, termsQuery(slices.Sorted(maps.Keys(terms)))
}

// focusFeature is 1 when the kind of answer the question asks for stands
// within focusReach words of what it asks about: a count before the
// thing counted, a date beside the event's verb or noun.
func focusFeature(c *candidate, pl plan) float64 {
	if len(pl.focus) == 0 {
		return 0
	}
	ws := scanWords(c.text)
	var at []int // word indexes of the focus terms
	for term, locs := range c.terms {
		if !pl.focus[term] {
			continue
		}
		for _, l := range locs {
			i := sort.Search(len(ws), func(i int) bool { return ws[i].start > l.start }) - 1
			if i >= 0 {
				at = append(at, i)
			}
		}
	}
	if len(at) == 0 {
		return 0
	}
	for i := range ws {
		if !focusCue(c.text, ws, i, pl) {
			continue
		}
		for _, j := range at {
			if j != i && abs(j-i) <= focusReach {
				return 1
			}
		}
	}
	return 0
}

// focusCue reports whether ws[i], a word of text, is the kind of answer
// pl asks for. A place is a name the question did not give, after a
// preposition of place or known to the gazetteer: "where was X
// captured" is answered beside the verb ("arrested … in the basement of
// his residence", "clashed near Massaguet"), not by any place the
// paragraph names.
func focusCue(text string, ws []word, i int, pl plan) bool {
	if pl.answer == placeKind {
		return nameAt(text, ws, i, placeKind, pl.isAnchorWord)
	}
	return cueWord(ws, i, pl.answer)
}

// cueWord reports whether ws[i] is the kind of answer asked for.
func cueWord(ws []word, i int, kind answerKind) bool {
	w := ws[i].text
	switch kind {
	case quantityKind:
		return isCount(ws, i)
	case dateKind:
		return isDate(w) || weekdays[w] || relativeDays[w] || relativeDate(ws, i)
	case durationKind:
		return durationUnits[trimS(w)] && i > 0 && (isCount(ws, i-1) || ws[i-1].text == "a")
	}
	return false
}

func trimS(w string) string {
	if len(w) > 1 && w[len(w)-1] == 's' {
		return w[:len(w)-1]
	}
	return w
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// locatedOnly reports whether term was searched only to find where it
// stands, for the focus or a WordNet link: it stands for none of the
// question's words or names, and the features that price it are their
// own.
func (pl plan) locatedOnly(term string) bool {
	return (pl.focus[term] || pl.linked[term]) && !pl.highlight[term]
}
