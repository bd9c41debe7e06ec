package index

import (
	"context"
	"testing"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestParagraphKinds: the opens feature is 1 for the paragraph that
// opens the briefing and for one that opens a news report with a
// dateline, 0 for the paragraphs after them; the list feature is 1 for a
// list of two items or more, 0 for prose and for one bullet alone.
func TestParagraphKinds(t *testing.T) {
	paras := []string{
		"Troops of the Okavu army seized the radio station in the capital.",
		"Later the troops seized the radio station again after a night of fighting.",
		"KASSA, March 3 (Wire) — Troops seized the radio station at dawn.",
		"The troops who seized the radio station were led by a colonel.",
		"- 3 March: troops seize the radio station. - 4 March: the colonel speaks.",
		"- Troops seized the radio station, the only item.",
	}
	for _, tt := range []struct {
		para        int
		opens, list float64
	}{
		{1, 1, 0}, {2, 0, 0}, {3, 1, 0}, {4, 0, 0}, {5, 0, 1}, {6, 0, 0},
	} {
		f, ok := explained(t, paras, "who seized the radio station", tt.para)
		if !ok {
			t.Errorf("¶%d not among the candidates", tt.para)
			continue
		}
		if f[rank.Opens] != tt.opens || f[rank.List] != tt.list {
			t.Errorf("¶%d: opens %.0f, list %.0f; want %.0f and %.0f", tt.para, f[rank.Opens], f[rank.List], tt.opens, tt.list)
		}
	}
}

// explained returns the features of paragraph n of a briefing of paras
// as question ranks it, and whether it was a candidate.
func explained(t *testing.T, paras []string, question string, n int) (rank.Features, bool) {
	t.Helper()
	b := &corpus.Briefing{Slug: "okavu", Title: "Okavu"}
	for i, p := range paras {
		b.Paragraphs = append(b.Paragraphs, corpus.Paragraph{Number: i + 1, Text: p})
	}
	c, err := corpus.New(b)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := build(t, c).Explain(context.Background(), question)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ex {
		if e.Paragraph == n {
			return e.Features, true
		}
	}
	return rank.Features{}, false
}
