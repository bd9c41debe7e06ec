package corpus

import (
	"slices"
	"testing"
)

// infoboxCopy is a browser copy whose infobox lists a side the prose
// names only in passing.
const infoboxCopy = `Karn Valley War
From Wikipedia, the free encyclopedia
Date
1988 – 1991
Belligerents
Red Dawn
Kenya
Valdorian Defence Force (VDF)
Commanders and leaders
Ilse Varna

The Karn Valley War was fought in the north of Valdoria between 1988 and 1991, and it cost the lives of several thousand villagers.[1]

Course of the war

In 1989 Red Dawn fighters raided the depot at Osk and held the road for a week. The Valdorian Defence Force (VDF) retook it in April with help from Kenya.[2]
`

func TestInfoboxSides(t *testing.T) {
	tests := []struct {
		name    string
		off     bool
		want    []string
		notWant []string
	}{
		{name: "sides named in the prose are factions", want: []string{"Red Dawn", "Valdorian Defence Force"}, notWant: []string{"Kenya", "Ilse Varna"}},
		{name: "without the rule the side named in passing is lost", off: true, notWant: []string{"Red Dawn"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Parse("karn.txt", []byte(infoboxCopy))
			if err != nil {
				t.Fatal(err)
			}
			x := extractor{}
			if tt.off {
				x.disabled = map[string]bool{ruleInfoboxSide: true}
			}
			fs, _ := x.run([]*Briefing{b})
			var got []string
			for _, f := range fs {
				got = append(got, f.Name)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q not found in %q", w, got)
				}
			}
			for _, n := range tt.notWant {
				if slices.Contains(got, n) {
					t.Errorf("%q listed: %q", n, got)
				}
			}
		})
	}
}

func TestSideOf(t *testing.T) {
	tests := []struct {
		in, name, acronym string
		ok                bool
	}{
		{"Northern Liberation Front (NLF)", "Northern Liberation Front", "NLF", true},
		{"Red Dawn (until 1990)", "Red Dawn", "", true}, // a qualifier is no acronym, nor part of the name
		{"Supported by:", "", "", false},
		{"NLF", "", "", false},
		{"Kenya", "Kenya", "", true},
	}
	for _, tt := range tests {
		s, ok := sideOf(tt.in)
		if ok != tt.ok || ok && (s.name != tt.name || s.acronym != tt.acronym) {
			t.Errorf("sideOf(%q) = %+v %v, want %q %q %v", tt.in, s, ok, tt.name, tt.acronym, tt.ok)
		}
	}
}
