package evaluate

import "testing"

func TestFold(t *testing.T) {
	tests := []struct {
		name       string
		text, sub  string
		wantText   bool // containsText
		wantSameNm bool // foldName(text) == foldName(sub)
	}{
		{"curly apostrophe", "Ahlu Sunna Waljama’a fought", "Waljama'a", true, false},
		{"curly double quotes", "a coalition known as “Dawn of the Coast”", `known as "Dawn`, true, false},
		{"non-breaking space", "the\u00a0Northern Front", "the Northern Front", true, true},
		{"white space runs", "the  Northern\nFront", "Northern Front", true, true},
		{"case counts in text", "the Northern Front", "northern front", false, true},
		{"accents count in text but not in names", "Séléka", "Seleka", false, true},
		{"leading the", "The Union for Peace", "Union for Peace", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := containsText(tt.text, tt.sub); got != tt.wantText {
				t.Errorf("containsText(%q, %q) = %v", tt.text, tt.sub, got)
			}
			if got := foldName(tt.text) == foldName(tt.sub); got != tt.wantSameNm {
				t.Errorf("foldName(%q) = %q, foldName(%q) = %q", tt.text, foldName(tt.text), tt.sub, foldName(tt.sub))
			}
		})
	}
}
