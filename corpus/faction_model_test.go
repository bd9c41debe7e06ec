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
