package wordnet

import (
	"slices"
	"testing"
)

// TestLemmaSets: SynonymOfDawn and KinOfNight answer as Synonyms and Kin
// do, for every word of the tables and of the lemma list, and each of
// them with every suffix WordNet's rules detach, and for words the
// scanner meets.
func TestLemmaSets(t *testing.T) {
	l := Load()
	seen := map[string]bool{}
	check := func(w string) {
		if seen[w] {
			return
		}
		seen[w] = true
		if got, want := l.SynonymOfDawn(w), slices.Contains(l.Synonyms(w), "dawn"); got != want {
			t.Errorf("SynonymOfDawn(%q) = %v, Synonyms says %v", w, got, want)
		}
		if got, want := l.KinOfNight(w), slices.Contains(l.Kin(w), "night"); got != want {
			t.Errorf("KinOfNight(%q) = %v, Kin says %v", w, got, want)
		}
	}
	words := slices.Concat(lemmaList(), []string{"daybreak", "dusk", "dawns", "sunrises", "twilights", "nightfall", "the", "at"})
	for _, table := range []map[string][]string{l.base, l.synonyms, l.kin, l.related, l.inflected} {
		for w := range table {
			words = append(words, w)
		}
	}
	for _, w := range words {
		check(w)
		for _, d := range detachments {
			check(w + d[0])
		}
	}
	if !l.SynonymOfDawn("daybreak") || !l.KinOfNight("dusk") {
		t.Error("daybreak is no dawn or dusk no kin of night")
	}
	t.Logf("%d words checked; %d dawn forms, %d night forms", len(seen), len(l.dawn), len(l.night))
}
