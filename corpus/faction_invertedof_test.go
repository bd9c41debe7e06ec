package corpus

import "testing"

func TestReadOfNameHeads(t *testing.T) {
	for _, name := range []string{"Government of Bahrain", "Ministry of Defence", "Authority of the OECS", "Council of Ministers"} {
		if _, ok := readOfName(name); !ok {
			t.Errorf("readOfName(%q) not read", name)
		}
	}
	for _, tt := range []struct {
		adj, x string
		want   bool
	}{{"Bahraini", "Bahrain", true}, {"Italian", "Italy", true}, {"Mexican", "Mexico", true}, {"Austrian", "Australia", false}, {"Iraqi", "Iran", false}} {
		if got := sameComplement([]string{tt.adj}, []string{tt.x}); got != tt.want {
			t.Errorf("sameComplement(%q, %q) = %v", tt.adj, tt.x, got)
		}
	}
}
