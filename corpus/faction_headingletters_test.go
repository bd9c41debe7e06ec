package corpus

import "testing"

// TestHeadingDef: a heading defines letters when it is a name and the
// letters alone; more words, a name in capitals or letters sharing no
// initial with it define nothing.
func TestHeadingDef(t *testing.T) {
	tests := []struct {
		heading, short, long string
	}{
		{"Inter-Veldian Mission to Monitor the Osk Agreements (MIVOA)", "MIVOA", "Inter-Veldian Mission to Monitor the Osk Agreements"},
		{"The Republic of South Veldia (RSV)", "RSV", "Republic of South Veldia"},
		{"**Veldian Liberation Army (ALV)**", "ALV", "Veldian Liberation Army"},
		{"Fact Sheet — Veldian Liberation Army (ALV)", "", ""},
		{"VELDIAN LIBERATION ARMY (ALV)", "", ""},
		{"Health and water, sanitation and hygiene (WASH)", "", ""},
		{"Veldian Liberation Army (XYZ)", "", ""},
		{"Background", "", ""},
	}
	for _, tt := range tests {
		a, ok := headingDef(tt.heading)
		if ok != (tt.short != "") || a.Short != tt.short || a.Long != tt.long {
			t.Errorf("headingDef(%q) = %+v, %v; want %q, %q", tt.heading, a, ok, tt.short, tt.long)
		}
	}
}
