package corpus

import (
	"fmt"
	"testing"

	"github.com/briefbot/briefbot/corpus/internal/cputime"
)

// lookupBenchBriefings is how many briefings BenchmarkLookupFaction's
// corpus holds: issue 14 asks that a look-up's cost follow the question,
// not the corpus, and a corpus-sized loop shows at this size.
const lookupBenchBriefings = 1000

// lookupBenchCorpus returns a corpus of n briefings, each a copy of one
// of four development briefings under a slug of its own. With dense,
// each holds the factions extracted from its source, as a large
// collection of distinct briefings does; without, only the first four
// do, as when a collection repeats a few briefings and extraction keeps
// each faction once. The look-up reads what a served corpus keeps
// (names, summaries, passages, titles, acronyms).
func lookupBenchCorpus(b *testing.B, n int, dense bool) *Corpus {
	b.Helper()
	var src []*Corpus
	for _, slug := range []string{"somalia-101", "colombia-101", "uganda-101", "yemen-101"} {
		src = append(src, loadDev(b, slug))
	}
	c := &Corpus{extracted: true}
	for i := range n {
		s := src[i%len(src)]
		br := *s.Briefings[0]
		br.Slug = fmt.Sprintf("%s-%04d", br.Slug, i)
		c.Briefings = append(c.Briefings, &br)
		if !dense && i >= len(src) {
			continue
		}
		for _, f := range s.Factions {
			g := *f
			g.Defined.Briefing = br.Slug
			c.Factions = append(c.Factions, &g)
		}
		c.Acronyms = append(c.Acronyms, s.Acronyms...)
	}
	return c
}

// BenchmarkLookupFaction looks up a faction, as /group does, by the
// kinds of query whose readings once scanned the whole corpus: a
// nation's word ("somali army"), two names joined by "or", one word
// (which spelledFactions reads), an acronym and a two-word name. The
// corpora hold 100, lookupBenchBriefings and 10,000 briefings with their
// factions (dense), and lookupBenchBriefings with only four briefings'
// (sparse): a look-up whose cost follows the question costs the same at
// every size.
func BenchmarkLookupFaction(b *testing.B) {
	for _, shape := range []struct {
		name  string
		n     int
		dense bool
	}{{"sparse", lookupBenchBriefings, false}, {"dense", 100, true}, {"dense", lookupBenchBriefings, true}, {"dense", 10000, true}} {
		c := lookupBenchCorpus(b, shape.n, shape.dense)
		b.Logf("%s: %d briefings, %d factions, %d acronyms", shape.name, len(c.Briefings), len(c.Factions), len(c.Acronyms))
		for _, q := range []struct{ kind, q string }{
			{"nation", "somali army"},
			{"nation2", "ugandan government"},
			{"either", "al shabaab or hizbul islam"},
			{"word", "shabaab"},
			{"acronym", "lra"},
			{"name", "transitional government"},
			{"typo", "transitional federal govrnment"},
			{"unknown", "zapatista front"},
		} {
			b.Run(fmt.Sprintf("%s/%d/%s", shape.name, shape.n, q.kind), func(b *testing.B) {
				c.LookupFaction(q.q) // what a corpus builds once is not a look-up's cost
				b.ReportAllocs()
				cpu := cputime.Process()
				for b.Loop() {
					c.LookupFaction(q.q)
				}
				b.ReportMetric(float64((cputime.Process()-cpu).Microseconds())/float64(b.N), "cpu-µs/op")
			})
		}
	}
}

// BenchmarkLookupIndex builds the look-up index of the dense corpus of
// BenchmarkLookupFaction: what a corpus's first look-up pays once.
func BenchmarkLookupIndex(b *testing.B) {
	c := lookupBenchCorpus(b, lookupBenchBriefings, true)
	b.ReportAllocs()
	for b.Loop() {
		newLookupIndex(c)
	}
}
