package corpus

import (
	"fmt"
	"testing"

	"github.com/briefbot/briefbot/corpus/internal/cputime"
)

// bigCorpusBriefings repeats the paragraphs of the test briefings across
// briefings until there are n paragraphs.
func bigCorpusBriefings(t testing.TB, n int) []*Briefing {
	t.Helper()
	var src []Paragraph
	for _, slug := range []string{"somalia-101", "colombia-101", "uganda-101", "yemen-101"} {
		b, err := parseDev(slug)
		if err != nil {
			t.Fatal(err)
		}
		src = append(src, b.Paragraphs...)
	}
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	src = append(src, d.Briefings[0].Paragraphs...)
	var bs []*Briefing
	for i := 0; len(bs)*100 < n; i++ {
		b := &Briefing{Slug: fmt.Sprintf("b%05d", i), Title: fmt.Sprintf("B%d", i)}
		for j := 0; j < 100; j++ {
			p := src[(i*100+j)%len(src)]
			p.Number = j + 1
			b.Paragraphs = append(b.Paragraphs, p)
		}
		bs = append(bs, b)
	}
	return bs
}

// BenchmarkExtractFactions measures load-time faction extraction on
// 100,000 paragraphs of briefing prose (issue 12: under 2 s). It also
// reports the CPU time per extraction on every core, which other work on
// a shared machine inflates less than the wall clock.
func BenchmarkExtractFactions(b *testing.B) {
	bs := bigCorpusBriefings(b, 100_000)
	b.ReportAllocs()
	cpu := cputime.Process()
	for b.Loop() {
		extractFactions(bs)
	}
	b.ReportMetric((cputime.Process()-cpu).Seconds()/float64(b.N), "cpu-s/op")
}

// BenchmarkMentionedIn measures tagging 100,000 paragraphs with the
// factions they mention, as linking events does.
func BenchmarkMentionedIn(b *testing.B) {
	bs := bigCorpusBriefings(b, 100_000)
	fs, _ := extractFactions(bs)
	b.ReportAllocs()
	for b.Loop() {
		for _, br := range bs {
			for _, p := range br.Paragraphs {
				for _, f := range fs {
					f.MentionedIn(p.Text)
				}
			}
		}
	}
}
