package index

import (
	"context"
	"testing"
)

// TestSynonymExpansion: a question word the briefing never writes reaches
// the paragraph that writes a WordNet synonym of its most frequent sense
// ("assist" for "helped", "halt" for "stopped"); without the synonyms
// (noSynonyms) the question shares only its other words with both
// paragraphs and the shorter one, which also tells it first, comes
// first (were the longer one told first, which of the two leads would be
// the weights' call between BM25's length and the first telling).
// TestAblation measures what the synonyms are worth over the development
// briefings; this test holds what they do, question by question.
func TestSynonymExpansion(t *testing.T) {
	ix := build(t, briefing(t,
		"The militia was small.",
		"The militia helped the army hold the bridge over the river at the northern crossing.",
		"The shelling was heavy.",
		"The shelling stopped at noon on the third day of the siege of the river town.",
	))
	for _, tt := range []struct {
		q          string
		noSynonyms bool
		want       int
	}{
		{"did the militia assist", false, 2},
		{"did the militia assist", true, 1},
		{"when did the shelling halt", false, 4},
		{"when did the shelling halt", true, 3},
	} {
		x := *ix
		x.expansion.noSynonyms = tt.noSynonyms
		res, err := x.Search(context.Background(), tt.q, 3, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Passages) == 0 || res.Passages[0].Paragraph != tt.want {
			t.Errorf("%q (synonyms off %v): got %+v, want ¶%d first", tt.q, tt.noSynonyms, res.Passages, tt.want)
		}
	}
}
