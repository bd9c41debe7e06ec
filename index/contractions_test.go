package index

import (
	"context"
	"strings"
	"testing"
)

// TestContractions: a contraction the text never uses is read as the
// English word it shortens that the most paragraphs hold ("ppl" as
// "people", not "pupil"); a word the text uses, an English word, a name
// and a word that shortens nothing the text holds are left alone. Read
// so, "ppl" finds the paragraph about people; left as typed it finds
// nothing to rank by, and the pupils' paragraph comes first.
func TestContractions(t *testing.T) {
	c := briefing(t,
		"The pupils of the school marched to the square and the pupil leaders spoke.",
		"About 300 people fled the town after the fighting, and more people left the next day.",
		"The government imposed a curfew; the government said the army held the roads.",
		"Observers of the MNLF said the ppl of the hills stayed.",
	)
	ix := build(t, c)
	for _, tt := range []struct{ q, want string }{
		{"how many ppl fled", "how many ppl fled"}, // the text uses "ppl"
		{"what did the govt impose", "what did the government impose"},
		{"did the mnlf observe", "did the mnlf observe"},             // a name
		{"did the army hold the road", "did the army hold the road"}, // English
		{"was the brdg open", "was the brdg open"},                   // shortens nothing held
	} {
		if got := strings.Join(ix.expandContractions(words(tt.q)), " "); got != tt.want {
			t.Errorf("%q: read %q, want %q", tt.q, got, tt.want)
		}
	}
	c = briefing(t,
		"The pupils of the school marched to the square and the pupil leaders spoke.",
		"About 300 people fled the town after the fighting, and more people left the next day.",
		"The people of the town were told to stay.",
	)
	for _, off := range []bool{false, true} {
		ix := build(t, c)
		ix.expansion.noContractions = off
		if got := strings.Join(ix.expandContractions(words("how many ppl fled")), " "); got != map[bool]string{false: "how many people fled", true: "how many ppl fled"}[off] {
			t.Errorf("contractions off %v: read %q", off, got)
		}
		res, err := ix.Search(context.Background(), "how many ppl marched", 3, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(res.Passages) > 0 && res.Passages[0].Paragraph != 1; got != !off {
			t.Errorf("contractions off %v: first %+v", off, res.Passages)
		}
	}
}
