package corpus

import (
	"slices"
	"testing"
)

func TestMastheadNames(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"*Bosphorus Newswire (BNW) — collected wire reports from Istanbul*", []string{"Bosphorus Newswire", "BNW"}},
		{"*Steppe Wire News Agency (SWNA), Central Asia desk*", []string{"Steppe Wire News Agency", "SWNA"}},
		{"Meridian News Service - world desk export", []string{"Meridian News Service"}},
		{"Radio Free Europe (RFE) is a broadcaster funded by Congress.", nil},
		{"*Veldian Liberation Front (VLF) — a primer*", nil},
	} {
		if got := mastheadNames(newParaIn(tt.text, &wordArena{})); !slices.Equal(got, tt.want) {
			t.Errorf("mastheadNames(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
