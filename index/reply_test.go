package index

import (
	"context"
	"math"
	"testing"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestReply: the reply to an asking turn holds, for rank.Reply, the
// question's concepts that turn holds; a reply to a turn
// that asks nothing, and the asking turn itself, hold none.
func TestReply(t *testing.T) {
	c := briefing(t,
		"SPOKESMAN: Good afternoon. The emergency regulations were read on the radio this morning.",
		"Q: Has South Africa played any part in the emergency?",
		"SPOKESMAN: I have nothing to suggest that it has. The attitude of that government is a matter for them.",
		"SPOKESMAN: The emergency will be reviewed by the cabinet on Monday, and the army will part with its new powers then.",
	)
	ex, err := build(t, c).Explain(context.Background(), "did south africa play a part in the emergency")
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]float64{2: 0, 3: 1, 4: 0}
	seen := 0
	for _, e := range ex {
		w, ok := want[e.Paragraph]
		if !ok {
			continue
		}
		seen++
		if got := e.Features[rank.Reply]; math.Abs(got-w) > 1e-9 {
			t.Errorf("¶%d: reply %.2f, want %.2f (features %v)", e.Paragraph, got, w, e.Features)
		}
	}
	if seen != len(want) {
		t.Errorf("%d of ¶2–4 among the candidates %+v", seen, ex)
	}
}
