package wordnet

import "slices"

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

// SynonymOfDawn reports whether Synonyms(w) holds "dawn" ("daybreak",
// "sunrise"), by one look-up: the date scanner asks it of nearly every
// word of a text.
func (l *Lexicon) SynonymOfDawn(w string) bool { return l.dawn[w] }

// KinOfNight reports whether Kin(w) holds "night" ("dusk",
// "nightfall"), by one look-up, as SynonymOfDawn.
func (l *Lexicon) KinOfNight(w string) bool { return l.night[w] }
