package wordnet

import (
	"maps"
	"slices"
)

// lemmaSet answers, for any word, whether one of its lemmas (Lemmas) is
// in a fixed set, by one look-up: it holds every word whose lemmas meet
// the set. Rules that ask this of every word of a text (is it a time of
// night?) are spared lemmatising each one, some twenty table look-ups.
type lemmaSet map[string]bool

// lemmaSetOf returns the lemmaSet of lemmas, built from the three ways
// Lemmas reaches a lemma L from a word w: w is L and known; L is an
// irregular base of w; or w is L with one of WordNet's suffix rules
// undone, L known and the stem longer than one letter.
func (l *Lexicon) lemmaSetOf(lemmas []string) lemmaSet {
	set := lemmaSet{}
	for w, bases := range l.base {
		if slices.ContainsFunc(bases, func(b string) bool { return slices.Contains(lemmas, b) }) {
			set[w] = true
		}
	}
	for _, lemma := range lemmas {
		if !l.known(lemma) {
			continue
		}
		set[lemma] = true
		for _, d := range detachments {
			if len(lemma)-len(d[1]) > 1 && lemma[len(lemma)-len(d[1]):] == d[1] {
				set[lemma[:len(lemma)-len(d[1])]+d[0]] = true
			}
		}
	}
	return set
}

// roleSet returns the lemmaSet answering holds(set, w): the words of set
// themselves, known or not, and every word one of whose lemmas is in it.
func (l *Lexicon) roleSet(set map[string]bool) lemmaSet {
	words := slices.Sorted(maps.Keys(set))
	out := l.lemmaSetOf(words)
	for _, w := range words {
		out[w] = true
	}
	return out
}

// holding returns the keys of table whose words hold w, sorted.
func holding(table map[string][]string, w string) []string {
	var keys []string
	for k, ws := range table {
		if slices.Contains(ws, w) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

// indexedSynonyms and indexedKin are the words HasSynonym and HasKin
// answer about by one look-up: those the date scanner asks about of
// nearly every word of a text (a time of night, an hour of the day).
var (
	indexedSynonyms = []string{"dawn"}
	indexedKin      = []string{"night", "hour"}
)

// lemmaSetsHolding returns, for each word of targets, the lemmaSet of the
// keys of table whose words hold it.
func (l *Lexicon) lemmaSetsHolding(table map[string][]string, targets []string) map[string]lemmaSet {
	sets := map[string]lemmaSet{}
	for _, t := range targets {
		sets[t] = l.lemmaSetOf(holding(table, t))
	}
	return sets
}

// HasSynonym reports whether Synonyms(w) holds s ("daybreak" and
// "dawn"): by one look-up for the words of indexedSynonyms.
func (l *Lexicon) HasSynonym(w, s string) bool {
	if set, ok := l.synonymOf[s]; ok {
		return set[w]
	}
	return slices.Contains(l.Synonyms(w), s)
}

// HasKin reports whether Kin(w) holds k ("dusk" and "night"): by one
// look-up for the words of indexedKin.
func (l *Lexicon) HasKin(w, k string) bool {
	if set, ok := l.kinOf[k]; ok {
		return set[w]
	}
	return slices.Contains(l.Kin(w), k)
}
