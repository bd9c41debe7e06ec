package index

import (
	"context"
	"math"
	"slices"
	"testing"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index/internal/rank"
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
		reports bool
		tier    int
		at      int // ¶2's place of three: first, or last, below both paragraphs naming Kasana
	}{{true, 3, 0}, {false, 1, 2}} { // prose: tier 3 with the name, 1 without (see ranker.tier)
		ix := build(t, c)
		if !tt.reports {
			ix.reports = nil
			ix.about = ix.aboutTerms()
		}
		ex, err := ix.Explain(context.Background(), "how many people were killed in the shelling of kasana")
		if err != nil {
			t.Fatal(err)
		}
		at := slices.IndexFunc(ex, func(e Explained) bool { return e.Paragraph == 2 })
		if len(ex) != 3 || at != tt.at {
			t.Errorf("reports %v: ¶2 at %d of %v, want at %d", tt.reports, at, ex, tt.at)
		}
		for _, e := range ex {
			if e.Paragraph == 2 && e.Tier != tt.tier {
				t.Errorf("reports %v: ¶2 under the Kasana dateline in tier %d, want %d", tt.reports, e.Tier, tt.tier)
			}
		}
	}
}

// TestSectionText: a news report's later paragraph is indexed with the
// report's lead in its section field, after its heading; the lead
// itself, and a paragraph outside any report, with the heading alone.
func TestSectionText(t *testing.T) {
	b := &corpus.Briefing{Slug: "wire", Paragraphs: []corpus.Paragraph{
		{Number: 1, Section: "Dispatches", Text: "The reports below were filed over a month."},
		{Number: 2, Section: "Dispatches", Text: "KASANA, May 3 (Lakeside Wire) — Rioters torched factories."},
		{Number: 3, Section: "Dispatches", Text: "The trouble began at dawn."},
	}}
	heads := reportHeads(b)
	for _, tt := range []struct {
		name  string
		heads []int32
		n     int
		want  string
	}{
		{"before any report", heads, 1, "Dispatches"},
		{"the lead", heads, 2, "Dispatches"},
		{"after the lead", heads, 3, "Dispatches\nKASANA, May 3 (Lakeside Wire) — Rioters torched factories."},
		{"no reports read (noLeads)", nil, 3, "Dispatches"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := sectionText(b, tt.heads, tt.n); got != tt.want {
				t.Errorf("sectionText(¶%d) = %q, want %q", tt.n, got, tt.want)
			}
		})
	}
}

// TestReportLeadHeads: a word of the question that a report's later
// paragraph leaves to the report's lead ("factories") counts for the
// headed feature as held, as its heading's words do, and for coverage,
// read off the paragraph alone, as missing; with noLeads only the
// dateline stands above it.
func TestReportLeadHeads(t *testing.T) {
	b := &corpus.Briefing{Slug: "wire", Title: "Dispatches from the lakes", Paragraphs: []corpus.Paragraph{
		{Number: 1, Text: "KASANA, May 3 (Lakeside Wire) — Rioters torched factories in the industrial park overnight."},
		{Number: 2, Text: "The trouble began at the Lakeside plant, where workers walked out in the morning."},
		{Number: 3, Text: "MBEYA, May 9 (Lakeside Wire) — Envoys met to discuss the trouble at the border."},
	}}
	c, err := corpus.New(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		noLeads bool
		headed  float64 // of ¶2
	}{{false, 1}, {true, 2.0 / 3}} {
		ex, err := buildWith(t, c, Options{noLeads: tt.noLeads}).Explain(context.Background(), "where did the trouble at the factories begin")
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(ex, func(e Explained) bool { return e.Paragraph == 2 })
		if i < 0 {
			t.Fatalf("noLeads %v: ¶2 not among the candidates %+v", tt.noLeads, ex)
		}
		if got, cov := ex[i].Features[rank.Headed], ex[i].Features[rank.Coverage]; math.Abs(got-tt.headed) > 1e-9 || math.Abs(cov-2.0/3) > 1e-9 {
			t.Errorf("noLeads %v: ¶2 headed %.3f, coverage %.3f; want %.3f and 0.667", tt.noLeads, got, cov, tt.headed)
		}
	}
}
