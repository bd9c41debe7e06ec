package corpus

import "testing"

// TestLowerHeadName: a proper name over a singular lower-case noun for a
// military body is a unit's name; a hyphened description, a possessive,
// a people, letters, an organisation's known name, a plural or a noun
// whose first sense is no organization make none.
func TestLowerHeadName(t *testing.T) {
	tests := []struct{ text, want string }{
		{"columns from the Veldovskaya motor-rifle division rolled in", "Veldovskaya motor-rifle division"},
		{"paratroopers from the Veldomir airborne division were sent", "Veldomir airborne division"},
		{"troops of the Veldovskaya division crossed over", "Veldovskaya division"},
		{"the Tutsi-led army fought on", ""},
		{"the Castle's intelligence service knew", ""},
		{"the South Vietnamese garrison fled", ""},
		{"the Veldovskaya tank divisions rolled in", ""},
		{"the NATO army marched", ""},
		{"as the Torva Division will host the talks", ""},
		{"columns from Veldovskaya tank division", ""},
	}
	for _, tt := range tests {
		p := newPara(tt.text)
		got := ""
		if cs := findByLowerHead(p); len(cs) > 0 {
			got = cs[0].name
		}
		if got != tt.want {
			t.Errorf("findByLowerHead(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
