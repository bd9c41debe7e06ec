package wordnet

import "testing"

// TestVocabFilterKeepsEveryWord checks the pre-filter of known against
// every key of every table it stands before: a word it ruled out would
// be unknown to Knows and Lemmas.
func TestVocabFilterKeepsEveryWord(t *testing.T) {
	l := Load()
	tables := append([]map[string][]string{l.related, l.synonyms, l.inflected, l.kin}, l.links[:]...)
	for _, tab := range tables {
		for w := range tab {
			if !l.vocab.MayHold(w) || !l.Knows(w) {
				t.Fatalf("Knows(%q) = false for a key of the tables", w)
			}
		}
	}
}

// TestKnowsIsTheTables compares Knows with the tables alone on known
// words, inflections, unknown words and near misses.
func TestKnowsIsTheTables(t *testing.T) {
	l := Load()
	tests := []struct {
		w    string
		want bool
	}{
		{"lead", true},
		{"intervene", true},
		{"gun", true},
		{"fight", true},
		{"fought", false}, // an irregular form: a key of the base table only, which known does not read
		{"zzqxj", false},
		{"leadd", false},
		{"", false},
		{"Lead", false},
	}
	for _, tc := range tests {
		t.Run(tc.w, func(t *testing.T) {
			if got, maps := l.Knows(tc.w), l.inTables(tc.w); got != maps {
				t.Fatalf("Knows(%q) = %v, the tables say %v", tc.w, got, maps)
			}
			if got := l.Knows(tc.w); got != tc.want {
				t.Errorf("Knows(%q) = %v, want %v", tc.w, got, tc.want)
			}
		})
	}
}
