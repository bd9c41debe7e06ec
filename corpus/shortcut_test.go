package corpus

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// shortcutWords returns every distinct lowered word of the development
// briefings, trimmed as the rules trim a head, with the edge cases of
// the shortcuts below.
func shortcutWords(t *testing.T) []string {
	t.Helper()
	seen := map[string]bool{}
	for _, text := range paragraphTexts(t, devDir) {
		for w := range strings.FieldsSeq(text) {
			seen[lowerASCII(trimRight(w, ".,;:!?)"))] = true
		}
	}
	for _, w := range []string{"", "+5", "-5", "+0", "05", "099", "99", "100", "1e2", "0x1f", "1_0", "٣",
		"+", "-", "twenty", "Twenty", "nineteen", "ninety", "eleven", "division", "divisions", "army", "party", "press", "the"} {
		seen[w] = true
	}
	return slices.Sorted(maps.Keys(seen))
}

// TestShortcutsMatchReference checks the word tests made cheaper for
// extraction's speed against the forms they replace, word by word on
// the development briefings: countWord parsing only what may be a
// decimal, isLowerHeadNoun testing the word's class first, and the verb
// lists as switches.
func TestShortcutsMatchReference(t *testing.T) {
	teens := []string{"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	refCount := func(w string) int {
		if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 100 {
			return n
		}
		if n := numberWord(w); n > 0 {
			return n
		}
		if k := slices.Index(teens, w); k >= 0 {
			return 13 + k
		}
		if k := slices.Index(tens, w); k >= 0 {
			return 20 + 10*k
		}
		return 0
	}
	refHead := func(w string) bool {
		if w == "party" || lang.IsEnglishStopWord(w) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return false
		}
		return lang.IsOrgNoun(w) && wordnet.Load().Military(w)
	}
	capture := []string{"captured", "recaptured", "reoccupied", "retook", "overran"}
	document := []string{"signed", "ratified", "published", "enacted", "promulgated", "repealed"}
	for _, w := range shortcutWords(t) {
		if got, want := countWord(w), refCount(w); got != want {
			t.Errorf("countWord(%q) = %d, want %d", w, got, want)
		}
		if got, want := isLowerHeadNoun(w, lang.Kinds(w)), refHead(w); got != want {
			t.Errorf("isLowerHeadNoun(%q) = %v, want %v", w, got, want)
		}
		if got, want := captureVerb(w), slices.Contains(capture, w); got != want {
			t.Errorf("captureVerb(%q) = %v, want %v", w, got, want)
		}
		if got, want := documentVerb(w), slices.Contains(document, w); got != want {
			t.Errorf("documentVerb(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestCapitalNear checks the lower-head rule's cheap test against what
// it stands for: wherever a proper word stands before a word and its
// modifiers with a word before it (properBefore: i < m, i > 0), one of
// the words capitalNear looks at opens with a capital. It checks every
// word of the development briefings and a few made-up runs.
func TestCapitalNear(t *testing.T) {
	texts := append(paragraphTexts(t, devDir), "the Tula airborne division", "the Kantemirovskaya tank division",
		"the Calvo-Sotelo motor-rifle tank army", "A B division", "the Á élite corps", "X division")
	for _, text := range texts {
		words := strings.Fields(text)
		for j := range words {
			if i, m := properBefore(words, j); i < m && i > 0 && !capitalNear(words, j) {
				t.Errorf("capitalNear(%q, %d) = false with proper words %q", words, j, words[i:m])
			}
		}
	}
}

// TestCapitalBefore checks the plain-actor rule's cheap test against
// what it stands for: wherever the rule, asked at every word, reads a
// name (actingSubjectEnd, then plainName), capitalBefore lets it ask. It
// checks every word of the development briefings and a few made-up
// sentences (adverbs and an auxiliary before the verb; capitals outside
// ASCII, which the test lets through too), and that the rule reads some
// names there at all. The last capital the rule keeps as it walks must
// give what a scan of the words before each verb gives: a word that
// differs from its lowered form or is not ASCII within reach.
func TestCapitalBefore(t *testing.T) {
	texts := append(paragraphTexts(t, devDir),
		"Amnesty International has also repeatedly published a report.",
		"Human Rights Watch later condemned the verdicts.",
		"The Élysée Palace Office later condemned it.",
		"Conseil Économique had quietly published the figures.")
	read := 0
	for _, text := range texts {
		p := newPara(text)
		words, lower := p.words(), p.lowerWords()
		capital := -1
		for i := range words {
			if got, want := capitalBefore(capital, i), capitalScan(words, lower, i); got != want {
				t.Fatalf("capitalBefore(%d, %d) = %v in %q, the scan says %v", capital, i, got, words, want)
			}
			if mayOpenCapital(words[i]) {
				capital = i
			}
			if i < 2 {
				continue
			}
			end, ok := actingSubjectEnd(words, lower, i)
			if !ok || plainName(words[:end]) == "" {
				continue
			}
			read++
			if !capitalScan(words, lower, i) {
				t.Errorf("capitalBefore(%q, %d) = false where the rule reads %q", words, i, plainName(words[:end]))
			}
		}
	}
	if read < 4 {
		t.Errorf("the rule read %d names, want at least the made-up four", read)
	}
}

// capitalScan is capitalBefore as a scan of the words before words[i]
// that the name may end at, each compared with its lowered form.
func capitalScan(words, lower []string, i int) bool {
	for k := max(0, i-maxPlainAdverbs-2); k < i; k++ {
		if words[k] != lower[k] || !isASCII(words[k]) {
			return true
		}
	}
	return false
}
