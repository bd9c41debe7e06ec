package corpus

import (
	"fmt"
	"testing"
)

// benchParagraphs is the size of the extraction benchmark corpus.
const benchParagraphs = 100_000

// BenchmarkExtractEvents measures load-time event extraction on 100,000
// paragraphs of briefing prose: primers, and a timeline set with
// datelines, chronology entries, ranges and weekdays.
func BenchmarkExtractEvents(b *testing.B) {
	var src []Paragraph
	for _, dir := range []string{"testdata/somalia", "testdata/southsudan", "testdata/timeline/ukraine", "testdata/factions/uganda"} {
		c, err := Load(dir)
		if err != nil {
			b.Fatal(err)
		}
		src = append(src, c.Briefings[0].Paragraphs...)
	}
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	src = append(src, d.Briefings[0].Paragraphs...)
	var bs []*Briefing
	for i := 0; len(bs)*100 < benchParagraphs; i++ {
		br := &Briefing{Slug: fmt.Sprintf("b%05d", i), Title: fmt.Sprintf("B%d", i), Date: d.Briefings[0].Date}
		for j := range 100 {
			p := src[(i*100+j)%len(src)]
			p.Number = j + 1
			br.Paragraphs = append(br.Paragraphs, p)
		}
		bs = append(bs, br)
	}
	b.ReportAllocs()
	for b.Loop() {
		extractEvents(bs)
	}
}
