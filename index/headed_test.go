package index

import (
	"context"
	"testing"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestHeaded: a question's word the paragraph leaves to its headings
// (here the briefing's title, or its section's heading) counts for the
// headed feature as held, and for coverage, which reads the paragraph
// alone, as missing. Without such a heading the two agree.
func TestHeaded(t *testing.T) {
	paras := []string{
		"The plotters met at night and spoke of the army and the palace.",
		"Troops seized the radio station on 3 March 1984.",
	}
	for _, tt := range []struct {
		name, title, section string
		want                 float64 // headed of ¶2
	}{
		{"title holds it", "The Okavu Coup", "", 1},
		{"section heading holds it", "Okavu in 1984", "The coup", 1},
		{"no heading holds it", "Okavu in 1984", "", 0.8},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := &corpus.Briefing{Slug: "okavu", Title: tt.title}
			for i, p := range paras {
				b.Paragraphs = append(b.Paragraphs, corpus.Paragraph{Number: i + 1, Text: p, Section: tt.section})
			}
			c, err := corpus.New(b)
			if err != nil {
				t.Fatal(err)
			}
			ex, err := build(t, c).Explain(context.Background(), "when did troops seize the radio station in the coup")
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range ex {
				if e.Paragraph != 2 {
					continue
				}
				if got, cov := e.Features[rank.Headed], e.Features[rank.Coverage]; got != tt.want || cov != 0.8 {
					t.Errorf("¶2: headed %.2f, coverage %.2f; want %.2f and 0.8", got, cov, tt.want)
				}
				return
			}
			t.Errorf("¶2 not among the candidates %+v", ex)
		})
	}
}
