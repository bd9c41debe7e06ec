package corpus

import (
	"strings"
	"testing"
)

// TestPrefixKeysAreNameKeys checks that folding a phrase's words one at a
// time gives, for every run of its first words, the nameKey of that run
// joined by spaces: on hand-made phrases with the marks that fold away
// (possessives, dashes, accents, an article) and on every run of up to
// maxKnownWords words of the development briefings.
func TestPrefixKeysAreNameKeys(t *testing.T) {
	phrases := []string{
		"The Warsaw Treaty Organization",
		"NATO's Defence College — Rome",
		"O'Neill's men , the ‘Séléka’",
		"— the (Front) for-the Liberation's",
		"the",
		"Dáil Éireann's MLN-Tupamaros x's",
		"' s 's ’s",
	}
	for _, ph := range phrases {
		checkPrefixKeys(t, strings.Fields(ph))
	}
	for _, text := range devParagraphs(t) {
		words := newPara(text).words()
		for i := range words {
			checkPrefixKeys(t, words[i:min(len(words), i+maxKnownWords)])
		}
	}
}

func checkPrefixKeys(t *testing.T, words []string) {
	t.Helper()
	keys := prefixKeys(words)
	for n := 1; n <= len(words); n++ {
		if got, want := keys.of(n), nameKey(strings.Join(words[:n], " ")); got != want {
			t.Fatalf("%q: key of %d words %q, want %q", words, n, got, want)
		}
	}
}
