package index

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/corpus/corpustest"
)

func benchCorpus(b *testing.B, paragraphs int) *corpus.Corpus {
	b.Helper()
	if paragraphs == 0 {
		c, err := corpus.Default()
		if err != nil {
			b.Fatal(err)
		}
		return c
	}
	c, err := corpustest.Corpus(paragraphs, 42)
	if err != nil {
		b.Fatal(err)
	}
	return c
}

func benchQuestions(paragraphs int) []string {
	if paragraphs == 0 {
		return []string{
			"Who formed the Islamic Movement for the Azawad?",
			"What happened at In Amenas?",
			"How many troops is France willing to commit?",
			"What does the MNLA want?",
		}
	}
	return corpustest.Questions(64, 42)
}

func BenchmarkBuild(b *testing.B) {
	for _, size := range corpustest.Sizes() {
		b.Run(size.Name, func(b *testing.B) {
			c := benchCorpus(b, size.Paragraphs)
			b.ReportAllocs()
			for b.Loop() {
				ix, err := Build(context.Background(), c, Options{})
				if err != nil {
					b.Fatal(err)
				}
				ix.Close()
			}
			b.ReportMetric(float64(c.Paragraphs())*float64(b.N)/b.Elapsed().Seconds(), "paragraphs/s")
		})
	}
}

// BenchmarkOpen measures a second start: the corpus is unchanged, so the
// persisted index is verified and reopened, not rebuilt.
func BenchmarkOpen(b *testing.B) {
	for _, size := range corpustest.Sizes() {
		b.Run(size.Name, func(b *testing.B) {
			c := benchCorpus(b, size.Paragraphs)
			dir := filepath.Join(b.TempDir(), "idx")
			ix, err := Build(context.Background(), c, Options{Dir: dir})
			if err != nil {
				b.Fatal(err)
			}
			ix.Close()
			b.ReportAllocs()
			for b.Loop() {
				ix, err := Build(context.Background(), c, Options{Dir: dir})
				if err != nil {
					b.Fatal(err)
				}
				if !ix.Reused {
					b.Fatal("index was rebuilt")
				}
				ix.Close()
			}
		})
	}
}

func BenchmarkSearch(b *testing.B) {
	for _, size := range corpustest.Sizes() {
		b.Run(size.Name, func(b *testing.B) {
			ix := build(b, benchCorpus(b, size.Paragraphs))
			qs := benchQuestions(size.Paragraphs)
			lat := make([]time.Duration, 0, 1024)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				start := time.Now()
				if _, err := ix.Search(context.Background(), qs[i%len(qs)], 3, 0); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
				i++
			}
			corpustest.ReportLatency(b, lat)
		})
	}
}
