package corpus

import (
	"slices"
	"testing"
)

// TestApposedKindKeeps: what apposed-person and idle-structure leave
// listed. A body described by a person's noun that names a relation or a
// group too ("the youth wing of", "a rival of"), or an adjective
// after a group's noun ("a militia active in")
// stays a body, and a residence written acting ("Varkel House said")
// speaks for its holders.
func TestApposedKindKeeps(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Torvan Youth, the youth wing of the Veldian Party, became common in 1965.\n\nThe Torvan Youth attacked Osk.", "Torvan Youth"},
		{"- **Sabil Nur** (SN, \"Road of Light\"), based in the port and led by a cleric;\n- **Harrak**, a militia active in the hills;\n- **Tarn Ulu**, a rival of Sabil Nur.", "Harrak"},
		{"- **Sabil Nur** (SN, \"Road of Light\"), based in the port and led by a cleric;\n- **Harrak**, a militia active in the hills;\n- **Tarn Ulu**, a rival of Sabil Nur.", "Tarn Ulu"},
		{"The Veldian Liberation Front (VLF) fought the army until 1971. Varkel House said on Monday that the talks would go on.", "Varkel House"},
	}
	for _, tt := range tests {
		fs, _ := extractFactions([]*Briefing{briefing(t, "t", "# T\n\n"+tt.text+"\n")})
		if got := names(fs); !slices.Contains(got, tt.want) {
			t.Errorf("%q not listed: %q", tt.want, got)
		}
	}
}
