package index

import (
	"context"
	"testing"
)

// TestTitleLine: a paragraph that is a title or a heading left in the
// text reads as one (rank.Title); prose, a list entry or a note in
// italics that ends a sentence does not.
func TestTitleLine(t *testing.T) {
	for _, tt := range []struct {
		p    string
		want bool
	}{
		{"DOCUMENT 3 STATEMENT BY THE CHAIR OF ASEAN FOLLOWING THE INFORMAL MEETING OF THE ASEAN FOREIGN MINISTERS Jakarta, 22 February 2011", true},
		{"**Subject: Sinking of the ROKS Cheonan (PCC-772)**", true},
		{"**What do the mutineers want?**", true},
		{"4.3 Constitutional changes", true},
		{"*Taipei, 21 July 1995*", true},
		{"See also Algerian War Western Sahara conflict Algeria–Morocco relations Arab Cold War", true},
		{"Yazov Says Army Aimed to Break Front's Power By WNS Staff", true},
		{"1. The ASEAN Foreign Ministers met in Jakarta today to discuss the situation on the border.", false},
		{"**We are pausing the live blog for tonight.** Here is where things stand.", false},
		{"*Compiler's note: The exercise was held on the afternoon of Monday 20 December.*", false},
		{"- 50 military liaison officers;", false},
		{"NATO and the UN", true}, // a short heading
		{"The UN and NATO sent troops.", false},
		{"UN SAYS NATO TROOPS WILL STAY.", true}, // a headline in capitals
		{"The battle began on Sunday, when army units reached Ocosingo and found rebel fighters still holding the municipal building, and fought on through the night", false},
	} {
		if got := isTitleLine(tt.p); got != tt.want {
			t.Errorf("isTitleLine(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}

// TestTitleTier: a document's title, which repeats what the question
// names, ranks below the prose that answers it (ranker.tier); with the
// rule off, the title wins on the words it shares with the question.
func TestTitleTier(t *testing.T) {
	c := briefing(t,
		"STATEMENT BY THE CHAIR OF ASEAN FOLLOWING THE INFORMAL MEETING OF THE ASEAN FOREIGN MINISTERS",
		"The foreign ministers of ASEAN met in Jakarta today to discuss the situation on the border.",
		"The Chair welcomed the commitment of both sides to resolve the dispute peacefully.",
	)
	for _, tt := range []struct {
		off  bool
		want int
	}{{false, 2}, {true, 1}} {
		ix := build(t, c)
		ix.ranker.noTitleTier = tt.off
		res, err := ix.Search(context.Background(), "where did the asean foreign ministers meet", 3, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Passages) == 0 || res.Passages[0].Paragraph != tt.want {
			t.Errorf("title tier off %v: passages %+v, want ¶%d first", tt.off, res.Passages, tt.want)
		}
	}
}
