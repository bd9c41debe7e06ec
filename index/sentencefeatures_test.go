package index

import (
	"context"
	"testing"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestSentenceFeatures: the sentence that holds the answer asked for
// (cued), a date to the month or day (dated), or the question's name
// (joint) is credited with the question's words it holds itself, not
// with those its paragraph spreads over other sentences.
func TestSentenceFeatures(t *testing.T) {
	c := briefing(t,
		"The Kestrel Mission began its coastal patrols on 3 March. Fishermen in Honiara had asked for them.",
		"The Kestrel Mission was founded in 2003. Its coastal patrols began after fishermen asked for them.",
		"The Kestrel Mission began its coastal patrols in 2004, fishermen in Honiara said.",
	)
	got := sentenceFeaturesByParagraph(t, build(t, c), "when did the kestrel mission begin its coastal patrols")
	for _, tt := range []struct {
		f         rank.Feature
		high, low int // paragraphs: high's value must exceed low's
		zeroInLow bool
	}{
		{rank.Cued, 1, 2, false},
		{rank.Cued, 3, 2, false},
		{rank.Dated, 1, 3, true},
		{rank.Dated, 1, 2, true},
		{rank.Joint, 1, 2, false},
	} {
		hi, lo := got[tt.high][tt.f], got[tt.low][tt.f]
		if hi <= lo || tt.zeroInLow && lo != 0 {
			t.Errorf("%v: ¶%d %v, ¶%d %v; want the first higher (and the second 0: %v)", tt.f, tt.high, hi, tt.low, lo, tt.zeroInLow)
		}
	}
}

// TestSentenceFeaturesNeedAKind: a question asking for no kind of answer
// has no cued or dated sentence.
func TestSentenceFeaturesNeedAKind(t *testing.T) {
	c := briefing(t, "The Kestrel Mission began its coastal patrols on 3 March.")
	got := sentenceFeaturesByParagraph(t, build(t, c), "did the kestrel mission begin its coastal patrols")
	if got[1][rank.Cued] != 0 || got[1][rank.Dated] != 0 || got[1][rank.Joint] == 0 {
		t.Errorf("¶1 cued %v dated %v joint %v; want 0, 0 and above 0", got[1][rank.Cued], got[1][rank.Dated], got[1][rank.Joint])
	}
}

func sentenceFeaturesByParagraph(t *testing.T, ix *Index, q string) map[int]rank.Features {
	t.Helper()
	cs, err := ix.Explain(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	got := map[int]rank.Features{}
	for _, e := range cs {
		got[e.Paragraph] = e.Features
	}
	return got
}
