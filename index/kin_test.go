package index

import (
	"context"
	"testing"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestKin: a paragraph that holds a question's word only by a word one
// step broader or narrower in WordNet ("escaped" for "flee", which is
// neither its form nor its synonym) scores on the Kin feature; one
// holding the word itself, or nothing for it, does not. (TestAblation's
// "feature kin" switches it off on the development questions.)
func TestKin(t *testing.T) {
	c := briefing(t,
		"The rebels escaped in March 2004 after the strike.",
		"The rebels fled the capital in May 2005.",
		"The rebels spoke in June 2006 about the strike.",
	)
	want := map[int]bool{1: true, 2: false, 3: false}
	cs, err := build(t, c).Explain(context.Background(), "when did the rebels flee")
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 3 {
		t.Fatalf("%d candidates, want 3", len(cs))
	}
	for _, c := range cs {
		if got := c.Features[rank.Kin] > 0; got != want[c.Paragraph] {
			t.Errorf("¶%d kin %.2f, want kin: %v", c.Paragraph, c.Features[rank.Kin], want[c.Paragraph])
		}
	}
}
