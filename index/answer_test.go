package index

import (
	"context"
	"strings"
	"testing"
)

// TestAppositiveDefinitions: a name followed or preceded by "a …"
// in apposition is defined there.
func TestAppositiveDefinitions(t *testing.T) {
	tests := []struct {
		sentence, name string
		want           bool
	}{
		{"The National Unity Government (NUG), a shadow administration formed by ousted lawmakers, called a strike.", "National", true},
		{"His rule rested on an elite guard, the Presidential Security Regiment (RSP), and on armed groups.", "Presidential", true},
		{"The National Unity Government, which met in May, called a strike.", "National", false},
		{"Officers of the Presidential Security Regiment, led by a general, tried to seize power.", "Presidential", false},
		{"Talks stalled, the Presidential Security Regiment said.", "Presidential", false},
	}
	for _, tt := range tests {
		at := strings.Index(tt.sentence, tt.name)
		if got := appositiveOf(tt.sentence, []int{at}, 0); got != tt.want {
			t.Errorf("appositiveOf(%q at %q) = %v, want %v", tt.sentence, tt.name, got, tt.want)
		}
	}
}

// TestRolesAnswerWho: "who runs X?" is answered by a sentence naming X's
// head by a title or as an agent ("headed by …"), whatever the verb, so
// no note says the briefings do not answer it.
func TestRolesAnswerWho(t *testing.T) {
	c := briefing(t,
		"The Kestrel Mission, headed by the diplomat Maria Olsen, monitors the ceasefire along the coast.",
		"Fishermen say the coast has been calmer since the Kestrel Mission arrived in June.",
	)
	for _, tt := range []struct {
		noRoles, missing bool
	}{{false, false}, {true, true}} {
		ix := build(t, c)
		pl := ix.buildQuery("who runs the kestrel mission")
		pl.noRoles = tt.noRoles
		sr, err := ix.idx.SearchInContext(context.Background(), rankRequest(pl.query, candidates))
		if err != nil {
			t.Fatal(err)
		}
		cs, err := ix.candidates(context.Background(), pl, sr.Hits)
		if err != nil {
			t.Fatal(err)
		}
		if got := ix.ranker.rerank(cs, pl, ix.about); got != tt.missing {
			t.Errorf("roles off %v: unanswered %v, want %v", tt.noRoles, got, tt.missing)
		}
	}
}

// TestCompounds: two words of the question match the word a writer
// joins them into ("run off" → runoff).
func TestCompounds(t *testing.T) {
	c := briefing(t,
		"Turnout in the first round of the vote was high, and the count lasted for weeks.",
		"The decisive runoff was held on 28 November, and observers judged it acceptable.",
	)
	for _, tt := range []struct {
		noCompounds bool
		want        int
	}{{false, 2}, {true, 1}} {
		ix := build(t, c)
		ix.expansion.noCompounds = tt.noCompounds
		res, err := ix.Search(context.Background(), "when was the run off vote", 2, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Passages[0].Paragraph; got != tt.want {
			t.Errorf("compounds off %v: first ¶%d, want ¶%d", tt.noCompounds, got, tt.want)
		}
	}
}
