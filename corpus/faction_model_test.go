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
		got := markedSpanWord(w, asciiLower(w), 0)
		if marked.quoteBefore != got.quoteBefore || marked.opens != got.opens || marked.stops != got.stops || marked.comma != got.comma || marked.ends != got.ends {
			t.Errorf("markedSpanWord(%q) marks %+v, reading them gives %+v", w, got, marked)
		}
		if want := strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s"); got.core != want || got.at != lead {
			t.Errorf("markedSpanWord(%q) core %q at %d, want %q at %d", w, got.core, got.at, want, lead)
		}
	}
}

// TestSpanDoingFeatures checks the features that say what a text says a
// phrase does: each case's phrase has the feature in its text and not in
// the control, the same phrase written otherwise.
func TestSpanDoingFeatures(t *testing.T) {
	for _, c := range []struct {
		feat          int
		phrase        string
		text, control string
	}{
		{featSays, "Amnesty International", "Last week, Amnesty International condemned the killings.", "Last week, Amnesty International, in London, had no office here."},
		{featSays, "Human Rights Watch", "Since then, Human Rights Watch has accused the army of torture.", "A mission of Human Rights Watch went north."},
		{featFights, "Tatmadaw", "Over the week the Tatmadaw shelled three villages.", "Over the week the Tatmadaw drew its supplies from Mandalay."},
		{featDeals, "Kachin Independence Army", "In March, the Kachin Independence Army joined the talks.", "In March, the Kachin Independence Army said nothing."},
		{featAgent, "Global Witness", "A report by Global Witness named the traders.", "A report on Global Witness named the traders."},
		{featOwns, "Amnesty", "The figures follow Amnesty's report on the camps.", "The figures follow Amnesty's visit to the camps."},
		{featObject, "Arakan Army", "The junta outlawed the Arakan Army in 2020.", "The junta met the Arakan Army in 2020."},
		{featIts, "Amnesty International", "Last week, Amnesty International said its staff had left.", "Last week, Amnesty International said the staff had left."},
		{featHis, "Thein Sein", "Last week, Thein Sein said he had left.", "Last week, Thein Sein said the staff had left."},
		{featSurname, "Aung San Suu Kyi", "Later, Aung San Suu Kyi spoke. Then Suu Kyi left.", "Later, Aung San Suu Kyi spoke. Then Aung San Suu Kyi left."},
		{featSpread, "Arakan Army", "Then the Arakan Army met.\n\nThen the Arakan Army left.", "Then the Arakan Army met. Then the Arakan Army left."},
	} {
		name := spanFeatureNames[c.feat]
		if got := spanFeature(t, c.text, c.phrase, c.feat); got <= 0 {
			t.Errorf("%s: %q in %q: %v, want > 0", name, c.phrase, c.text, got)
		}
		if got := spanFeature(t, c.control, c.phrase, c.feat); got != 0 {
			t.Errorf("%s: %q in control %q: %v, want 0", name, c.phrase, c.control, got)
		}
	}
}

// spanFeature returns feature feat of the phrase named phrase in a
// briefing of text.
func spanFeature(t *testing.T, text, phrase string, feat int) float64 {
	t.Helper()
	b, err := Parse("t.md", []byte("---\ntitle: T\ndate: 2021-05-01\n---\n\n"+text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	spans, sc := briefingSpans(b)
	for _, s := range spans {
		if s.name == phrase {
			return sc.features(s)[feat]
		}
	}
	t.Fatalf("no phrase %q in %q", phrase, text)
	return 0
}
