package wordnet

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// lemmaText is every one-word lemma and irregular form of WordNet 3.0,
// lower case, sorted, one a line (generated with wordnet.txt).
//
//go:embed lemmas.txt
var lemmaText string

// lemmaList splits lemmaText once, on first use.
var lemmaList = sync.OnceValue(func() []string { return strings.Fields(lemmaText) })

// IsWord reports whether the lowercase word w is English as WordNet knows
// it: a lemma of any part of speech, an irregular form, or a form
// WordNet's suffix rules reduce to a lemma ("companies", "fought",
// "insurgencies"). A word it does not know is borrowed, a name or a
// misspelling ("firqat", "interahamwe").
func IsWord(w string) bool {
	list := lemmaList()
	if _, ok := slices.BinarySearch(list, w); ok {
		return true
	}
	for _, d := range detachments {
		if stem, ok := strings.CutSuffix(w, d[0]); ok && len(stem) > 1 {
			if _, ok := slices.BinarySearch(list, stem+d[1]); ok {
				return true
			}
		}
	}
	return false
}

// NounBases returns the lemmas WordNet's noun suffix rules reduce the
// lowercase word w to ("women" → "woman", "workingmen" → "workingman",
// "militias" → "militia"), as its morphology reads an inflected form;
// w itself is not among them.
func NounBases(w string) []string {
	list := lemmaList()
	var out []string
	for _, d := range nounDetachments {
		if stem, ok := strings.CutSuffix(w, d[0]); ok && len(stem) > 1 {
			if _, ok := slices.BinarySearch(list, stem+d[1]); ok {
				out = append(out, stem+d[1])
			}
		}
	}
	return out
}
