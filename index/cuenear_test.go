package index

import (
	"context"
	"testing"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestCueNear: of paragraphs holding a date and the question's words,
// the one whose date stands beside the word few candidates hold (the
// event, "ceasefire") scores higher than one whose date stands apart
// from it or beside only the name every candidate holds.
func TestCueNear(t *testing.T) {
	c := briefing(t,
		"The ceasefire in Osh was signed on 24 July after a week of talks.",
		"On 24 July the army returned to Osh. Weeks later, talks began on a ceasefire.",
		"Osh was calm on 2 August, the mayor said, and markets opened again in the city centre.",
		"Residents of Osh spoke of the fighting.",
	)
	cs, err := build(t, c).Explain(context.Background(), "when was the ceasefire in osh signed")
	if err != nil {
		t.Fatal(err)
	}
	got := map[int]float64{}
	for _, e := range cs {
		got[e.Paragraph] = e.Features[rank.CueNear]
	}
	t.Logf("cuenear by paragraph: %v", got)
	if !(got[1] > got[2] && got[2] > 0 && got[1] > got[3] && got[4] == 0) {
		t.Errorf("cuenear %v: want ¶1 > ¶2 > 0, ¶1 > ¶3, ¶4 = 0", got)
	}
}
