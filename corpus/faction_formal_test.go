package corpus

import (
	"strings"
	"testing"
)

// TestHasFormalCue: the cue test answers as the three searches it stands
// for, on every paragraph of the development briefings and on edge cases.
func TestHasFormalCue(t *testing.T) {
	texts := append(paragraphTexts(t, devDir), "", "f", "formally", "officially", "in full", "in ful", "fficially",
		"xofficially", "in  full", "ffformally", "of", "in fully", "if full", "offf officially")
	for _, text := range texts {
		lower := strings.ToLower(text)
		want := strings.Contains(lower, "formally") || strings.Contains(lower, "officially") || strings.Contains(lower, "in full")
		if got := hasFormalCue(lower); got != want {
			t.Errorf("hasFormalCue(%q) = %v, want %v", lower, got, want)
		}
	}
}
