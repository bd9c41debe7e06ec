package corpus

import (
	"fmt"
	"testing"
	"time"
)

// bigCorpusBriefings repeats the paragraphs of the test briefings across
// briefings until there are n paragraphs.
func bigCorpusBriefings(t testing.TB, n int) []*Briefing {
	t.Helper()
	var src []Paragraph
	for _, dir := range []string{"testdata/somalia", "testdata/factions/car", "testdata/factions/uganda"} {
		c, err := Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		src = append(src, c.Briefings[0].Paragraphs...)
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

// TestExtractionScales checks that extraction over 100,000 paragraphs
// stays within a few seconds; it is skipped with -short.
func TestExtractionScales(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("slow; timing is meaningless under -race")
	}
	bs := bigCorpusBriefings(t, 100_000)
	start := time.Now()
	fs, acrs := extractFactions(bs)
	took := time.Since(start)
	t.Logf("extracted %d factions, %d acronyms from %d briefings in %v", len(fs), len(acrs), len(bs), took)
	if len(fs) < 20 {
		t.Errorf("only %d factions", len(fs))
	}
	start = time.Now()
	hits := 0
	for _, b := range bs {
		for _, p := range b.Paragraphs {
			for _, f := range fs {
				if f.MentionedIn(p.Text) {
					hits++
				}
			}
		}
	}
	mentioned := time.Since(start)
	t.Logf("MentionedIn: %d factions × 100k paragraphs in %v (%d hits)", len(fs), mentioned, hits)
	// Generous bounds: they catch quadratic behaviour, not slow machines.
	if took > 20*time.Second || mentioned > 20*time.Second {
		t.Errorf("too slow: extraction %v, MentionedIn %v", took, mentioned)
	}
}
