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

// Abbreviates reports whether short is a contraction of word: its first
// and last letters and its letters in order, at least three of them and
// two fewer than word's ("govt" for "government", "dept" for
// "department"; "ppl" for "people" only by Contracted's silent e).
func Abbreviates(short, word string) bool {
	if len(short) < 3 || len(word) < len(short)+2 || short[0] != word[0] || short[len(short)-1] != word[len(word)-1] {
		return false
	}
	k := 0
	for i := 0; i < len(word) && k < len(short); i++ {
		if word[i] == short[k] {
			k++
		}
	}
	return k == len(short)
}

// Contracted returns the one-word lemmas and irregular forms of letters
// alone that short is a contraction of (see Abbreviates), a silent final
// "e" aside, in alphabetical order: "people", "principal" and "pupil"
// for "ppl". Only the lemmas sharing short's first letter are read.
func Contracted(short string) []string {
	if len(short) < 3 {
		return nil
	}
	list := lemmaList()
	from, _ := slices.BinarySearch(list, short[:1])
	var out []string
	for _, w := range list[from:] {
		if w[0] != short[0] {
			break
		}
		if strings.ContainsFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) {
			continue
		}
		if Abbreviates(short, w) || strings.HasSuffix(w, "e") && Abbreviates(short, w[:len(w)-1]) {
			out = append(out, w)
		}
	}
	return out
}
