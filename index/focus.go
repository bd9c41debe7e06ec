package index

import (
	"maps"
	"slices"
	"sort"

	"github.com/blevesearch/bleve/v2/search/query"
)

// focusReach is how many words of one sentence may stand between the
// answer a question asks for and the thing it asks about: "12,000 to
// 15,000 rockets", "landed … on 24 July", "based in Stockholm". A date
// may stand anywhere in the sentence: it attaches to the event's verb
// across the clause ("elections are scheduled to be held by July 2024",
// "was transferred to the International Criminal Court in The Hague on
// 30 November 2011"), where a count stands next to what it counts.
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
// beside what it asks about, in one sentence (see focusReach): a count
// before the thing counted, a date in the sentence of the event.
func focusFeature(c *candidate, pl plan) float64 {
	if len(pl.focus) == 0 {
		return 0
	}
	var starts []int // byte offsets of the focus terms
	for term, locs := range c.terms {
		if pl.focus[term] {
			for _, l := range locs {
				starts = append(starts, l.start)
			}
		}
	}
	if len(starts) == 0 {
		return 0
	}
	for _, s := range c.sentences() {
		reach := focusReach
		if pl.answer == dateKind && !pl.noSentenceDate {
			reach = len(s.words)
		}
		if focusIn(s, starts, pl, reach) {
			return 1
		}
	}
	return 0
}

// focusIn reports whether sentence s holds the answer within reach words
// of a term starting at one of the byte offsets of the paragraph.
func focusIn(s sentence, starts []int, pl plan, reach int) bool {
	var at []int // word indexes of the terms within s
	for _, b := range starts {
		if b >= s.span[0] && b < s.span[1] {
			at = append(at, sort.Search(len(s.words), func(i int) bool { return s.words[i].start > b-s.span[0] })-1)
		}
	}
	if len(at) == 0 {
		return false
	}
	for i := range s.words {
		if !focusCue(s.text, s.words, i, pl) {
			continue
		}
		for _, j := range at {
			if j >= 0 && j != i && abs(j-i) <= reach {
				return true
			}
		}
	}
	return false
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
