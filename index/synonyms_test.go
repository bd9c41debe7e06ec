package index

import (
	"context"
	"testing"
)

// TestSynonymExpansion: a question word the briefing never writes reaches
// the paragraph that writes a WordNet synonym of its most frequent sense
// ("assist" for "helped", "halt" for "stopped"); without the synonyms
// (noSynonyms) the question shares only its other words with both
// paragraphs and the shorter one comes first. TestAblation measures what
// the synonyms are worth over the development briefings; this test holds
// what they do, question by question.
func TestSynonymExpansion(t *testing.T) {
	ix := build(t, briefing(t,
		"The militia helped the army hold the bridge over the river at the northern crossing.",
		"The militia was small.",
		"The shelling stopped at noon on the third day of the siege of the river town.",
		"The shelling was heavy.",
	))
	for _, tt := range []struct {
		q          string
		noSynonyms bool
		want       int
	}{
		{"did the militia assist", false, 1},
		{"did the militia assist", true, 2},
		{"when did the shelling halt", false, 3},
		{"when did the shelling halt", true, 4},
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

// TestAltInflections: a paragraph that writes a synonym or a linked word
// of a question word in an irregular inflection ("began" for begin, a
// synonym of start; "held" for hold, a synonym of keep; "fell" for
// fall, which a gloss links to capture) holds that concept, as the
// stemmer alone would not let it; with noAltInflections the question
// shares only its other words with both paragraphs and the shorter one
// comes first. The learned bridges are off, as some of them (start →
// began) learned what this rule now says.
func TestAltInflections(t *testing.T) {
	ix := build(t, briefing(t,
		"The rebel offensive on the capital began at dawn on the fifth day of the siege of the river town.",
		"The rebel offensive was large.",
		"The rebels held the hostages in a farmhouse near the border town for nine weeks.",
		"The rebels freed the hostages.",
	))
	for _, tt := range []struct {
		q    string
		off  bool
		want int
	}{
		{"when did the rebel offensive start", false, 1},
		{"when did the rebel offensive start", true, 2},
		{"did the rebels keep the hostages", false, 3},
		{"did the rebels keep the hostages", true, 4},
	} {
		x := *ix
		x.expansion.noBridges = true
		x.expansion.noAltInflections = tt.off
		res, err := x.Search(context.Background(), tt.q, 3, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Passages) == 0 || res.Passages[0].Paragraph != tt.want {
			t.Errorf("%q (inflections off %v): got %+v, want ¶%d first", tt.q, tt.off, res.Passages, tt.want)
		}
	}
}
