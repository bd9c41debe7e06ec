package index

import "slices"

// misspeltReach is the shortest question word read as a misspelt name:
// below it, one letter off names too many words ("gao", "goa").
const misspeltReach = 5

// namedWords rewrites the question's words that mean one of the corpus's
// names but are not written as the corpus writes it, so that the name
// anchors the question (see anchorsOf) and its own term is searched:
//   - a possessive typed without its apostrophe ("gbagbos army"), when
//     the word less its "s" is a name and the word is not;
//   - a misspelling ("hezbolah", "bakiev"): a word the text never uses,
//     of at least misspeltReach letters, one edit (a letter added,
//     dropped, changed, or two swapped) from exactly one name, and no
//     English word (see misspelt).
//
// A word the text uses is left alone, whatever names lie near it.
func (ix *Index) namedWords(ws []string) []string {
	out := slices.Clone(ws)
	if ix.expansion.noNamedWords {
		return out
	}
	var unknown []int
	for i, w := range ws {
		if ix.names[foldWord(w)] || questionWords[w] || !ix.expansion.keepOrdinary && len(ix.terms(w)) == 0 {
			continue // a stop word ("this") is no name's possessive
		}
		if base := w[:len(w)-1]; w[len(w)-1] == 's' && len(base) >= 3 && ix.names[foldWord(base)] {
			out[i] = base
			continue
		}
		if ix.misspelt(w) {
			unknown = append(unknown, i)
		}
	}
	ix.correctNames(out, ws, unknown)
	return out
}

// correctNames sets out[i], for each i in unknown, to the corpus name
// nearest ws[i] where the index's vocabulary lacks ws[i] altogether.
func (ix *Index) correctNames(out, ws []string, unknown []int) {
	if len(unknown) == 0 {
		return
	}
	var typed []string
	for _, i := range unknown {
		typed = append(typed, ws[i])
	}
	missing := map[string]bool{}
	for _, w := range ix.unknown(typed) {
		missing[w] = true
	}
	for _, i := range unknown {
		if missing[ws[i]] {
			if name, ok := ix.nearestName(foldWord(ws[i])); ok {
				out[i] = name
			}
		}
	}
}

// misspelt reports whether a question word the text does not use may be
// a name typed wrong: it is long enough (misspeltReach), and WordNet
// knows no English word of it, by itself or its inflection. A briefing
// that never uses "sacked", "freed" or "units" still asks "why was Deuba
// sacked", and reading "sacked" as the "Sacred" of a monument's name
// made the monument's paragraph the only one holding the question's
// name; "freed" became the Free of a movement, "units" Unity.
func (ix *Index) misspelt(w string) bool {
	if len([]rune(w)) < misspeltReach {
		return false
	}
	return ix.expansion.englishMisspelt || len(ix.lexicon.Lemmas(w)) == 0
}

// nearestName returns the one name one edit from w, if exactly one is.
func (ix *Index) nearestName(w string) (string, bool) {
	found := ""
	n := len([]rune(w))
	for name := range ix.names {
		if d := len([]rune(name)) - n; d < -1 || d > 1 || !oneEdit(w, name) {
			continue
		}
		if found != "" {
			return "", false
		}
		found = name
	}
	return found, found != ""
}

// oneEdit reports whether a becomes b by at most one insertion,
// deletion, substitution or swap of adjacent letters.
func oneEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	switch len(rb) - len(ra) {
	case 0:
		if i >= len(ra)-1 {
			return true
		}
		if slices.Equal(ra[i+1:], rb[i+1:]) {
			return true // one letter changed
		}
		return ra[i] == rb[i+1] && ra[i+1] == rb[i] && slices.Equal(ra[i+2:], rb[i+2:])
	case 1:
		return slices.Equal(ra[i:], rb[i+1:])
	}
	return false
}
