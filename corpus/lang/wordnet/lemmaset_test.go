package wordnet

import (
	"slices"
	"testing"
)

// TestLemmaSets: HasSynonym and HasKin answer as Synonyms and Kin
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
		for _, s := range indexedSynonyms {
			if got, want := l.HasSynonym(w, s), slices.Contains(l.Synonyms(w), s); got != want {
				t.Errorf("HasSynonym(%q, %q) = %v, Synonyms says %v", w, s, got, want)
			}
		}
		for _, k := range indexedKin {
			if got, want := l.HasKin(w, k), slices.Contains(l.Kin(w), k); got != want {
				t.Errorf("HasKin(%q, %q) = %v, Kin says %v", w, k, got, want)
			}
		}
		if got, want := l.Institution(w), l.holds(l.lexRoles["institution"], w); got != want {
			t.Errorf("Institution(%q) = %v, its lemmas say %v", w, got, want)
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
	if !l.Institution("police") || !l.Institution("parliaments") || l.Institution("government") {
		t.Error("police or parliaments is no institution, or government is one")
	}
	if !l.HasSynonym("daybreak", "dawn") || !l.HasKin("dusk", "night") || !l.HasKin("noon", "hour") {
		t.Error("daybreak is no dawn, dusk no kin of night or noon no kin of hour")
	}
	for _, s := range indexedSynonyms {
		t.Logf("%d words checked; %d forms have %q as a synonym", len(seen), len(l.synonymOf[s]), s)
	}
	t.Logf("%d forms are institutions", len(l.institute))
	for _, k := range indexedKin {
		t.Logf("%d forms have %q as kin", len(l.kinOf[k]), k)
	}
}
