package corpus

import (
	"slices"
	"testing"
)

// TestPartOfBody: a name calling a body by its members, its office or
// a possessive before it is folded into the body the briefing names
// (rule part-of-body), and is listed apart with the rule off. The span
// model reads these names, so the rule is ablated alone.
func TestPartOfBody(t *testing.T) {
	tests := []struct{ text, body, part string }{
		{"The government sealed off Tarvo within hours. Troops of the Defence Companies, the Special Forces under General Tomas Varga and the 47th Armoured Brigade, amounting to perhaps 12,000 soldiers, encircled the city.\n\nThe Defence Companies were commanded by the president's brother.", "Defence Companies", "Troops of the Defence Companies"},
	}
	for _, tt := range tests {
		b := briefing(t, "t", "# T\n\n"+tt.text+"\n")
		fs, _ := extractFactions([]*Briefing{b})
		if got := names(fs); !slices.Contains(got, tt.body) || slices.Contains(got, tt.part) {
			t.Errorf("want %q without %q; got %q", tt.body, tt.part, got)
		}
		if f := byName(fs, tt.body); f != nil && !slices.Contains(f.Aliases, tt.part) {
			t.Errorf("%q: aliases %q, want %q", tt.body, f.Aliases, tt.part)
		}
		off, _ := extractor{disabled: map[string]bool{rulePartOfBody: true}}.run([]*Briefing{b})
		if got := names(off); !slices.Contains(got, tt.part) {
			t.Errorf("without rule %s: %q not listed: %q", rulePartOfBody, tt.part, got)
		}
	}
}

// TestBodyOfPart reads the names bodyOfPart takes a body from, and those
// it leaves whole: a plural with no sense of a group ("Mothers") opens a
// body of its own, and an office is a body's only where its holder's
// title follows.
func TestBodyOfPart(t *testing.T) {
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"Members of the Northwest Youth League", "Northwest Youth League", true},
		{"Troops of the Defence Companies", "Defence Companies", true},
		{"His PAIS Alliance", "PAIS Alliance", true},
		{"Office of the UN High Commissioner for Refugees", "UN High Commissioner for Refugees", true},
		{"Mothers of the Plaza de Mayo", "", false},
		{"Office of Civil Defense", "", false},
		{"Office of the Spokesperson", "Spokesperson", true},
		{"His men", "", false},
	}
	for _, tt := range tests {
		got, ok := bodyOfPart(tt.name)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("bodyOfPart(%q) = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// TestInitialledForms: known letters stand for the words they spell; the
// initials of other words make no letters.
func TestInitialledForms(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"United States Marines", []string{"US Marines"}},
		{"United Nations Security Council", []string{"UN Security Council"}},
		{"Border Guard Force", nil},
		{"Arab Socialist Ba'th Party", nil}, // "AS" is a place's letters, "Arab Socialist" no place
	}
	for _, tt := range tests {
		if got := initialledForms(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("initialledForms(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
