package corpus_test

import (
	"testing"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/corpus/corpustest"
)

// BenchmarkExtractSynthetic measures extraction of a 20,000-paragraph
// synthetic corpus (corpustest: common words with thousands of names and
// acronyms), the extraction "briefbot index" runs beside indexing. There
// a paragraph brings hundreds of faction forms to check, which the
// development prose of BenchmarkExtractFactions does not. It reports the
// CPU time per extraction on every core, which other work on a shared
// machine inflates less than the wall clock.
func BenchmarkExtractSynthetic(b *testing.B) {
	bs, err := corpustest.Briefings(20_000, 42)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu := corpustest.ProcessCPU()
	for b.Loop() {
		if _, err := corpus.New(bs...); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((corpustest.ProcessCPU()-cpu).Seconds()/float64(b.N), "cpu-s/op")
}
