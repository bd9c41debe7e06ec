package index

import (
	"context"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestBridges: a paragraph that holds a question's word only by a
// learned bridge ("resigned" for "quit", which WordNet neither forms nor
// gives as a synonym) scores on the Bridge feature; one holding the word
// itself, or nothing for it, does not; without the bridges nothing
// does. (TestAblation's "feature bridge" and "learned bridges" switch it
// off on the development questions.)
func TestBridges(t *testing.T) {
	c := briefing(t,
		"The minister resigned in March 2004 after the strike.",
		"The minister quit the cabinet in May 2005.",
		"The minister spoke in June 2006 about the strike.",
	)
	want := map[int]bool{1: true, 2: false, 3: false}
	for _, noBridges := range []bool{false, true} {
		ix := build(t, c)
		ix.expansion.noBridges = noBridges
		cs, err := ix.Explain(context.Background(), "when did the minister quit")
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) != 3 {
			t.Fatalf("%d candidates, want 3", len(cs))
		}
		for _, c := range cs {
			if got := c.Features[rank.Bridge] > 0; got != (want[c.Paragraph] && !noBridges) {
				t.Errorf("noBridges %v: ¶%d bridge %.2f, want bridged: %v", noBridges, c.Paragraph, c.Features[rank.Bridge], want[c.Paragraph] && !noBridges)
			}
		}
	}
}

// TestParseBridges: the table's lines, and the lines it refuses.
func TestParseBridges(t *testing.T) {
	for _, tt := range []struct {
		text    string
		want    int // bridges of "quit"
		wantErr bool
	}{
		{"# comment\nquit\tresign\t0.950\t9\t0.45\t9\n\nquit\tleave\t0.5\n", 2, false},
		{"quit\tresign\n", 0, true},
		{"quit\tresign\t1.5\n", 0, true},
		{"quit\tresign\tx\n", 0, true},
		{"quit\tresign\t0\n", 0, true},
	} {
		got, err := parseBridges(tt.text)
		if (err != nil) != tt.wantErr || err == nil && len(got["quit"]) != tt.want {
			t.Errorf("parseBridges(%q) = %v, %v; want %d bridges, error %v", tt.text, got, err, tt.want, tt.wantErr)
		}
	}
	if _, err := loadBridges(); err != nil {
		t.Errorf("the embedded table: %v", err)
	}
}

// TestBridgeCounts: the learner keeps a pair only when the questions of
// bridgeMinBriefings briefings show it, never pairs a word with its own
// forms, and never counts a question whose answer holds the word.
func TestBridgeCounts(t *testing.T) {
	ix := build(t, briefing(t, "The minister resigned."))
	for _, tt := range []struct {
		briefings int
		want      string
	}{{bridgeMinBriefings - 1, ""}, {bridgeMinBriefings, "quit→resign"}} {
		bc := newBridgeCounts(ix)
		for i := range tt.briefings {
			slug := strings.Repeat("b", i+1)
			bc.share[slug] = map[string]float64{"resign": 0.05, "quitting": 0.05}
			for range 3 { // enough questions that chance never explains the pair
				bc.addQuestion(slug, "when did the minister quit", map[string]bool{"resign": true, "quitting": true}, ix.terms("the minister resigned"))
			}
			bc.addQuestion(slug, "when did the minister quit", map[string]bool{"quitting": true}, ix.terms("the minister quit quitting"))
		}
		var got []string
		for _, r := range bc.table() {
			got = append(got, r.asked+"→"+r.written)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%d briefings: %q, want %q", tt.briefings, got, tt.want)
		}
	}
}

// TestLearnedBridgesServe: a table LearnBridges learns from judged
// briefings is the one an index reads questions with after WithBridges
// (the fitter's out-of-fold tables), and the index it came from keeps
// its own. Three briefings whose questions ask "quit" of answers saying
// "resigned" teach quit→resign; a table learned from none teaches
// nothing, so "quit" reaches no bridge.
func TestLearnedBridgesServe(t *testing.T) {
	var sets []JudgedBriefing
	for _, slug := range []string{"alpha", "bravo", "charlie"} {
		b := &corpus.Briefing{Slug: slug, Title: "Report " + slug}
		for i, text := range []string{"The minister resigned in March.", "The army held the town.", "Talks went on in the capital.", "The rains came early.", "Prices rose in the markets."} {
			b.Paragraphs = append(b.Paragraphs, corpus.Paragraph{Number: i + 1, Text: text})
		}
		q := JudgedQuestion{Q: "When did the minister quit?", Gold: []string{"resigned in March"}}
		sets = append(sets, JudgedBriefing{b, []JudgedQuestion{q, q, q}})
	}
	learned, err := LearnBridges(context.Background(), sets)
	if err != nil {
		t.Fatal(err)
	}
	ix := build(t, briefing(t,
		"The minister resigned in March 2004 after the strike.",
		"The minister spoke in June 2006 about the strike.",
	))
	for _, tt := range []struct {
		name string
		ix   *Index
		want bool
	}{
		{"learned", ix.WithBridges(learned), true},
		{"none", ix.WithBridges(&Bridges{}), false},
		{"embedded", ix, true},
	} {
		cs, err := tt.ix.Explain(context.Background(), "when did the minister quit")
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if got := c.Features[rank.Bridge] > 0; got != (tt.want && c.Paragraph == 1) {
				t.Errorf("%s table: ¶%d bridge %.2f", tt.name, c.Paragraph, c.Features[rank.Bridge])
			}
		}
	}
	var text strings.Builder
	if _, err := learned.WriteTo(&text); err != nil {
		t.Fatal(err)
	}
	if got, err := parseBridges(text.String()); err != nil || len(got["quit"]) == 0 {
		t.Errorf("learned table %q reads back as %v, %v; want quit's bridges", text.String(), got, err)
	}
}
