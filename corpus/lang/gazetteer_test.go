package lang

import (
	"slices"
	"testing"
)

func TestTablesSorted(t *testing.T) {
	for name, table := range map[string][]string{"places": places, "peoples": peoples, "groupNouns": groupNouns, "personNouns": personNouns, "locationNouns": locationNouns} {
		if !slices.IsSorted(table) {
			t.Errorf("%s is not sorted: binary search would miss entries", name)
		}
		if len(table) < 1000 {
			t.Errorf("%s has %d entries; the generator lost its source", name, len(table))
		}
	}
}

func TestLookups(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) bool
		key  string
		want bool
	}{
		{"country", IsPlace, "liberia", true},
		{"official name inverted", IsPlace, "republic of korea", true},
		{"accents folded", IsPlace, "cote divoire", true},
		{"subdivision with type", IsPlace, "lofa county", true},
		{"time-zone city", IsPlace, "ouagadougou", true},
		{"organisation is no place", IsPlace, "african union", false},
		{"demonym", IsPeople, "lebanese", true},
		{"people plural", IsPeople, "albanians", true},
		{"group noun", IsGroupNoun, "council", true},
		{"group noun plural", IsGroupNoun, "forces", true},
		{"verb is no group noun", IsGroupNoun, "attacked", false},
		{"person noun plural", IsPersonNoun, "volunteers", true},
		{"location noun", IsLocationNoun, "district", true},
		{"no location noun", IsLocationNoun, "army", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f(tt.key); got != tt.want {
				t.Errorf("lookup(%q) = %v, want %v", tt.key, got, tt.want)
			}
		})
	}
}
