package corpus

import "testing"

// TestIsRequestParticiple checks the verbs of request read off WordNet's
// hypernym tree (below request.v.01), not a list: "asked" and
// "requested", and verbs no seed named ("petitioned", "implored",
// "ordered", "summoned"); a verb of saying or deciding asks for nothing,
// and a form not in -ed is no participle this rule reads.
func TestIsRequestParticiple(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"asked", true}, {"requested", true}, {"petitioned", true}, {"implored", true},
		{"begged", true}, {"ordered", true}, {"instructed", true}, {"summoned", true}, {"invited", true},
		{"said", false}, {"announced", false}, {"decided", false}, {"agreed", false}, {"promised", false},
		{"asks", false}, {"requesting", false},
	} {
		if got := isRequestParticiple(tc.w); got != tc.want {
			t.Errorf("isRequestParticiple(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
