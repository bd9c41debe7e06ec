package index

import (
	"context"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// contractionReach bounds the question words read as contractions: a
// longer word the text does not use is rather a misspelt name (see
// misspeltReach).
const contractionReach = 4

// A contraction keeps at least contractionShare of its word's letters
// ("govt" 4 of "government"'s 10, "ppl" 3 of 6): one that would keep
// fewer is rather an acronym or a typo that happens to spell the word's
// ends ("div" for "defensive", "cis" for "compromise").
const contractionShare = 0.4

// expandContractions rewrites each question word typed as a contraction
// of an English word ("ppl", "govt") to that word, so that its own terms,
// forms and synonyms are searched: a word of three or four letters that
// neither the text nor WordNet knows, no stop word and no name of the
// corpus, shaped as a contraction (see contractionShaped), that
// contracts WordNet words the text holds (wordnet.Contracted), keeping
// contractionShare of their letters. Of several, the one the most paragraphs hold is
// read ("people", not "pupil", for "ppl"). The cost is one scan of the
// lemmas of the word's first letter per such word, and none for the
// words the text uses.
func (ix *Index) expandContractions(ws []string) []string {
	if ix.expansion.noContractions {
		return ws
	}
	var short []string
	for _, w := range ws {
		if contractionShaped(w) && !questionWords[w] && !ix.names[foldWord(w)] && len(ix.terms(w)) > 0 && len(ix.lexicon.Lemmas(w)) == 0 {
			short = append(short, w)
		}
	}
	if len(short) == 0 {
		return ws
	}
	full := map[string]string{}
	for _, w := range ix.unknown(short) {
		long := slices.DeleteFunc(wordnet.Contracted(w), func(word string) bool {
			return float64(len(w)) < contractionShare*float64(len(word))
		})
		if word, ok := ix.commonestHeld(long); ok {
			full[w] = word
		}
	}
	out := slices.Clone(ws)
	for i, w := range out {
		if word, ok := full[w]; ok {
			out[i] = word
		}
	}
	return out
}

// contractionShaped reports whether w has the shape of a contraction: three
// lowercase consonants ("ppl", "grp"), or four with at most one vowel,
// the second letter ("govt", "dept", "blvd"). A word opening on a vowel
// or keeping more is rather an acronym read out ("isis", "uae") or a
// word typed without its apostrophe ("whos"), and three letters with a
// vowel a short word of its own ("per", "mid").
func contractionShaped(w string) bool {
	if len(w) < 3 || len(w) > contractionReach || !isLowerASCII(w) {
		return false
	}
	for i, r := range w {
		if strings.ContainsRune("aeiou", r) && (i != 1 || len(w) == 3) {
			return false
		}
	}
	return true
}

// commonestHeld returns the one of words whose terms the most paragraphs
// hold, the first of equals; false when the text holds none of them.
func (ix *Index) commonestHeld(words []string) (string, bool) {
	if len(words) == 0 {
		return "", false
	}
	r, err := ix.reader()
	if err != nil {
		return "", false
	}
	defer r.Close()
	best, most := "", uint64(0)
	for _, w := range words {
		n := uint64(0)
		for t := range ix.terms(w) {
			tfr, err := r.TermFieldReader(context.Background(), []byte(t), "text", false, false, false)
			if err != nil {
				continue
			}
			n = max(n, tfr.Count())
			tfr.Close()
		}
		if n > most {
			best, most = w, n
		}
	}
	return best, most > 0
}
