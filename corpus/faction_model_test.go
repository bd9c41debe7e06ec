package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestKeyWordsAreFields checks that keyWords splits a nameKey as
// strings.Fields does, past the room the span model gives it too.
func TestKeyWordsAreFields(t *testing.T) {
	for _, name := range []string{
		"Movement for Democracy and Justice", "NATO", "The Lao People's Party", "MLN-Tupamaros",
		"A B C D E F G H I J K L M N O P Q R", "Séléka — Front (FPRC)",
	} {
		key := nameKey(name)
		if got, want := keyWords(nil, key), strings.Fields(key); !slices.Equal(got, want) {
			t.Errorf("keyWords(%q) = %q, want %q", key, got, want)
		}
	}
}

// TestLazyAnswerAsksOnce checks that a word's answer is computed the
// first time and kept, "no" as well as "yes".
func TestLazyAnswerAsksOnce(t *testing.T) {
	for _, want := range []bool{false, true} {
		var a lazyAnswer
		calls := 0
		test := func() bool { calls++; return want }
		for range 3 {
			if got := a.answer(test); got != want {
				t.Fatalf("answer = %v, want %v", got, want)
			}
		}
		if calls != 1 {
			t.Errorf("test called %d times, want once", calls)
		}
	}
}

// TestRememberedSpanFeatures checks that the features of a phrase are the
// same whether its lexical part is computed or remembered from an earlier
// briefing: the memory changes the cost, never the model's judgement.
func TestRememberedSpanFeatures(t *testing.T) {
	memory := map[string]uint32{}
	for _, slug := range []string{"somalia-101", "yemen-101", "somalia-101"} {
		b, err := parseDev(slug)
		if err != nil {
			t.Fatal(err)
		}
		spans, sc := briefingSpans(b)
		remembering := sc
		remembering.byKey = memory
		for _, s := range spans {
			if got, want := remembering.features(s), sc.features(s); got != want {
				t.Errorf("%s: %q: remembered features %v, computed %v", slug, s.name, got, want)
			}
		}
	}
	if len(memory) == 0 {
		t.Error("no phrase's features were remembered")
	}
}

// TestSpanWordMarks checks the span reader's short cuts against the tests
// they stand for: hasMarksInside against strings.ContainsAny and
// strings.Contains, and a word with no mark at either end read without
// looking for marks, as reading them would read it.
func TestSpanWordMarks(t *testing.T) {
	for _, name := range []string{"Movement for Democracy", "Front\nfor", "Ansar  Dine", "the “Army” of", "Army (TEA)", "Dawn of the Coast", "Côte d’Ivoire", "**Front**", "Tab\there", `say "Front`, "Islamic State’s"} {
		want := strings.ContainsAny(name, "\n\t*\"“”()") || strings.Contains(name, "  ")
		if got := hasMarksInside(name); got != want {
			t.Errorf("hasMarksInside(%q) = %v, want %v", name, got, want)
		}
	}
	for _, w := range []string{"Movement", "al-Shabaab", "State's", "U.S", "32", "Côte", "(Front", "Front,", "“Dawn", "Army)."} {
		var marked spanWord
		core, lead := readSpanMarks(&marked, w)
		got := markedSpanWord(w, lowerASCII(w), 0)
		if marked.quoteBefore != got.quoteBefore || marked.opens != got.opens || marked.stops != got.stops || marked.comma != got.comma || marked.ends != got.ends {
			t.Errorf("markedSpanWord(%q) marks %+v, reading them gives %+v", w, got, marked)
		}
		if want := strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s"); got.core != want || got.at != lead {
			t.Errorf("markedSpanWord(%q) core %q at %d, want %q at %d", w, got.core, got.at, want, lead)
		}
	}
}
