package corpus

import (
	"errors"
	"strings"
	"testing"
)

func TestCheckQuestion(t *testing.T) {
	tests := []struct {
		name string
		q    string
		err  bool
	}{
		{"short", "Who leads Ansar Dine?", false},
		{"at the limit", strings.Repeat("a", MaxQuestionLen), false},
		{"at the limit in runes, over in bytes", strings.Repeat("é", MaxQuestionLen), false},
		{"over the limit", strings.Repeat("a", MaxQuestionLen+1), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckQuestion(tt.q)
			if (err != nil) != tt.err || (err != nil && !errors.Is(err, ErrQuestionTooLong)) {
				t.Fatalf("err = %v", err)
			}
			if err != nil && (strings.Contains(err.Error(), tt.q[:50]) || !strings.Contains(err.Error(), "501 characters")) {
				t.Errorf("error %q echoes the question or lacks its length", err)
			}
		})
	}
}

func TestLanguageNote(t *testing.T) {
	if n := LanguageNote("Qui dirige Ansar Dine ?"); !strings.Contains(n, "French") || !strings.Contains(n, "English") {
		t.Errorf("note = %q", n)
	}
	if n := LanguageNote("Who leads Ansar Dine?"); n != "" {
		t.Errorf("note for English = %q", n)
	}
}

func TestSentences(t *testing.T) {
	got := Sentences("The U.S. sent aid. Ansar Dine refused! Why? Because.")
	want := []string{"The U.S. sent aid.", "Ansar Dine refused!", "Why?", "Because."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Sentences = %q, want %q", got, want)
	}
}
