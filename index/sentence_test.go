package index

import (
	"context"
	"testing"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestSentenceShare: ¶1 holds "mortar" and "ferry" in one sentence, ¶2
// in two, so ¶2's best sentence holds only "mortar", as ¶3's holds only
// "river", which weighs the same (two candidates hold each). "Ferry",
// held by three, weighs less: ¶1's share is below twice ¶2's.
func TestSentenceShare(t *testing.T) {
	c := briefing(t,
		"The mortar fell on the ferry landing in the morning.",
		"A mortar was found in the market. Later a ferry sank.",
		"The river was high that spring.",
		"Boats crossed the river daily, and the ferry ran late.",
	)
	ix := build(t, c)
	cs, err := ix.Explain(context.Background(), "mortar ferry river")
	if err != nil {
		t.Fatal(err)
	}
	got := map[int]float64{}
	for _, e := range cs {
		got[e.Paragraph] = e.Features[rank.Sentence]
	}
	if !(got[1] > got[2] && got[2] > 0 && got[2] == got[3] && got[1] < 2*got[2]) {
		t.Errorf("sentence shares by paragraph %v: want ¶1 > ¶2 = ¶3 > 0, ¶1 < 2 × ¶2", got)
	}
}
