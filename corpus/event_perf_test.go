package corpus

import (
	"fmt"
	"testing"

	"github.com/briefbot/briefbot/corpus/internal/cputime"
)

// benchParagraphs is the size of the extraction benchmark corpus.
const benchParagraphs = 100_000

// BenchmarkExtractEvents measures load-time event extraction on
// benchParagraphs paragraphs of the development briefings: primers,
// sectioned articles, news reports with datelines and chronologies, fact
// sheets and a transcript. It also reports the CPU time per extraction
// on every core, which other work on a shared machine inflates less than
// the wall clock.
func BenchmarkExtractEvents(b *testing.B) {
	c, err := Read("testdata/eval/dev")
	if err != nil {
		b.Fatal(err)
	}
	var src []Paragraph
	for _, br := range c.Briefings {
		src = append(src, br.Paragraphs...)
	}
	ref := c.Briefings[0].Date
	var bs []*Briefing
	for i := 0; len(bs)*100 < benchParagraphs; i++ {
		br := &Briefing{Slug: fmt.Sprintf("b%05d", i), Title: fmt.Sprintf("B%d", i), Date: ref}
		for j := range 100 {
			p := src[(i*100+j)%len(src)]
			p.Number = j + 1
			br.Paragraphs = append(br.Paragraphs, p)
		}
		bs = append(bs, br)
	}
	b.ReportAllocs()
	cpu := cputime.Process()
	for b.Loop() {
		extractEvents(bs)
	}
	b.ReportMetric((cputime.Process()-cpu).Seconds()/float64(b.N), "cpu-s/op")
}
