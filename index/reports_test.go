package index

import (
	"context"
	"slices"
	"testing"

	"github.com/briefbot/briefbot/corpus"
)

// TestReportHeads: a paragraph after a dateline belongs to that report
// until the next dateline or section heading; a briefing without
// datelines has no reports.
func TestReportHeads(t *testing.T) {
	for _, tt := range []struct {
		name  string
		paras []corpus.Paragraph
		want  []int32
	}{
		{"no datelines", []corpus.Paragraph{
			{Number: 1, Text: "The war began in May."},
			{Number: 2, Text: "Talks failed in June."},
		}, nil},
		{"reports", []corpus.Paragraph{
			{Number: 1, Text: "The dispatches below were filed over a month."},
			{Number: 2, Text: "KASANA, May 3 (Lakeside Wire) — Shelling hit the market."},
			{Number: 3, Text: "At least 12 people were killed, doctors said."},
			{Number: 4, Text: "**MBEYA, May 9** — Envoys met for talks."},
			{Number: 5, Text: "They agreed on a truce."},
			{Number: 6, Section: "Background", Text: "The region has long been poor."},
		}, []int32{0, 2, 2, 4, 4, 0}},
		{"a weekday opens a chronology entry, not a report", []corpus.Paragraph{
			{Number: 1, Text: "Tuesday, May 3 — Shelling hit the market."},
		}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := reportHeads(&corpus.Briefing{Slug: "b", Paragraphs: tt.paras}); !slices.Equal(got, tt.want) {
				t.Errorf("reportHeads = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestReportDatelineHoldsName: a paragraph of a report holds the place
// its dateline names, as a section's paragraphs hold its heading's, so
// it ranks with the paragraphs naming the place; without the dateline
// it ranks below every one of them.
func TestReportDatelineHoldsName(t *testing.T) {
	b := &corpus.Briefing{Slug: "wire", Title: "Dispatches from the lakes", Paragraphs: []corpus.Paragraph{
		{Number: 1, Text: "KASANA, May 3 (Lakeside Wire) — Shelling hit the market square this morning."},
		{Number: 2, Text: "At least 12 people were killed and 40 wounded in the shelling, doctors said."},
		{Number: 3, Text: "MBEYA, May 9 (Lakeside Wire) — Envoys met to discuss the shelling of Kasana."},
	}}
	c, err := corpus.New(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		reports  bool
		tier     int
		firstPar int
	}{{true, 1, 2}, {false, 0, 3}} {
		ix := build(t, c)
		if !tt.reports {
			ix.reports = nil
			ix.about = ix.aboutTerms()
		}
		ex, err := ix.Explain(context.Background(), "how many people were killed in the shelling of kasana")
		if err != nil {
			t.Fatal(err)
		}
		if len(ex) == 0 || ex[0].Paragraph != tt.firstPar {
			t.Errorf("reports %v: first %v, want ¶%d", tt.reports, ex, tt.firstPar)
		}
		for _, e := range ex {
			if e.Paragraph == 2 && e.Tier != tt.tier {
				t.Errorf("reports %v: ¶2 under the Kasana dateline in tier %d, want %d", tt.reports, e.Tier, tt.tier)
			}
		}
	}
}
