package corpus

import "testing"

// TestQuotedOrName: a name read after a marker keeps the apostrophe no
// single quote closes ("called the 'Yan Tatsine, "the people of …""),
// and no comma inside its quotation marks.
func TestQuotedOrName(t *testing.T) {
	tests := []struct{ s, want string }{
		{`the 'Yan Torvo, "the people of Torvo".`, "'Yan Torvo"},
		{`the "Seven Party Alliance" (SPA)`, "Seven Party Alliance"},
		{`the "Seven Party Alliance," a coalition`, "Seven Party Alliance"},
		{`the Veldian Liberation Front, which`, "Veldian Liberation Front"},
	}
	for _, tt := range tests {
		if got := quotedOrName(tt.s, readingOf(nil)); got != tt.want {
			t.Errorf("quotedOrName(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestCapitalPrepositionName: a name goes on over a preposition written
// with a capital, not over one in lower case nor past a mark.
func TestCapitalPrepositionName(t *testing.T) {
	tests := []struct{ s, name, want string }{
		{"Students Against Conscription, which grew", "Students", "Students Against Conscription"},
		{"Students against the draft", "Students", "Students"},
		{"Students, Against all odds", "Students", "Students"},
	}
	for _, tt := range tests {
		if got := capitalPrepositionName(tt.s, tt.name, readingOf(nil)); got != tt.want {
			t.Errorf("capitalPrepositionName(%q, %q) = %q, want %q", tt.s, tt.name, got, tt.want)
		}
	}
}
