package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

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
			cpu := corpustest.ProcessCPU()
			for b.Loop() {
				ix, err := Build(context.Background(), c, Options{})
				if err != nil {
					b.Fatal(err)
				}
				ix.Close()
			}
			used := corpustest.ProcessCPU() - cpu
			b.ReportMetric(float64(c.Paragraphs())*float64(b.N)/b.Elapsed().Seconds(), "paragraphs/s")
			b.ReportMetric(used.Seconds()/float64(b.N), "cpu-s/op")
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

// BenchmarkReopen measures what `briefbot ask --index-dir` does on an
// unchanged corpus: read and parse the files, digest them, reopen the
// persisted index, restore the stored extraction and answer one question.
// BenchmarkOpen reuses a corpus already extracted, so it skips the read
// and the restore.
func BenchmarkReopen(b *testing.B) {
	for _, size := range corpustest.Sizes()[1:] {
		b.Run(size.Name, func(b *testing.B) {
			src := writeCorpus(b, size.Paragraphs, 42)
			dir := filepath.Join(b.TempDir(), "idx")
			reopen := func() *Index {
				ix, _ := readAndBuild(b, src, dir)
				if _, err := ix.Search(context.Background(), "Who leads the militia?", 3, 0); err != nil {
					b.Fatal(err)
				}
				return ix
			}
			reopen().Close()
			b.ReportAllocs()
			cpu := corpustest.ProcessCPU()
			for b.Loop() {
				ix := reopen()
				if !ix.Reused {
					b.Fatal("index was rebuilt")
				}
				ix.Close()
			}
			b.ReportMetric((corpustest.ProcessCPU()-cpu).Seconds()/float64(b.N), "cpu-s/op")
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

// englishCorpus repeats the development briefings, under new slugs, until
// it holds at least n paragraphs of ordinary English prose.
func englishCorpus(b *testing.B, n int) (*corpus.Corpus, []string) {
	b.Helper()
	dev, err := corpus.Load("../corpus/testdata/eval/dev")
	if err != nil {
		b.Fatal(err)
	}
	var qs []string
	files, _ := filepath.Glob("../corpus/testdata/eval/dev/*.questions.jsonl")
	for _, f := range files {
		for _, q := range readJudgedB(b, f) {
			qs = append(qs, q.Q)
		}
	}
	var bs []*corpus.Briefing
	for copyN, total := 0, 0; total < n; copyN++ {
		for _, orig := range dev.Briefings {
			cp := *orig
			cp.Slug = fmt.Sprintf("%s-%d", orig.Slug, copyN)
			bs = append(bs, &cp)
			total += len(cp.Paragraphs)
		}
	}
	c, err := corpus.New(bs...)
	if err != nil {
		b.Fatal(err)
	}
	return c, qs
}

func readJudgedB(b *testing.B, path string) []judgedQuestion {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var qs []judgedQuestion
	for _, line := range strings.Split(string(data), "\n") {
		var q judgedQuestion
		if json.Unmarshal([]byte(line), &q) == nil && q.Q != "" {
			qs = append(qs, q)
		}
	}
	return qs
}

// BenchmarkSearchVsBaseline compares Search (expansion, re-ranking of a
// fixed candidate set) with plain bleve's one match query over the same
// paragraphs of ordinary English: the ratio of their ns/op is the cost of
// the ranker.
func BenchmarkSearchVsBaseline(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		c, qs := englishCorpus(b, n)
		ix := build(b, c)
		bl, err := BuildBaseline(context.Background(), c)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { bl.Close() })
		for _, eng := range []struct {
			name   string
			search func(context.Context, string, int, int) (corpus.Results, error)
		}{{"briefbot", ix.Search}, {"bleve", bl.Search}} {
			b.Run(fmt.Sprintf("%dk/%s", n/1000, eng.name), func(b *testing.B) {
				i := 0
				for b.Loop() {
					if _, err := eng.search(context.Background(), qs[i%len(qs)], 3, 0); err != nil && !errors.Is(err, corpus.ErrNoQuery) {
						b.Fatal(err)
					}
					i++
				}
			})
		}
	}
}

// BenchmarkSearchVsMatch runs Search and one plain bleve match query (the
// question as it comes, on the text field, k = 3) on the same index for the
// same questions, one after the other, and reports the latency of both and
// their ratio: what briefbot's ranking costs over bleve's own speed. The
// corpus is synthetic text with thousands of named things, plus the
// embedded briefing and questions about it.
//
// Latency is reported twice: wall clock, and the CPU time of the
// benchmark's thread ("cpu-"), which other processes competing for the
// cores do not inflate. Run it with -cpu 1.
func BenchmarkSearchVsMatch(b *testing.B) {
	for _, size := range corpustest.Sizes()[1:] {
		b.Run(size.Name, func(b *testing.B) {
			ix := build(b, ratioCorpus(b, size.Paragraphs))
			qs := append(corpustest.Questions(32, 42), benchQuestions(0)...)
			defer corpustest.LockThread()()
			var search, match timings
			ctx := context.Background()
			i := 0
			for b.Loop() {
				q := qs[i%len(qs)]
				i++
				search.time(func() {
					if _, err := ix.Search(ctx, q, 3, 0); err != nil {
						b.Fatal(err)
					}
				})
				match.time(func() {
					mq := bleve.NewMatchQuery(q)
					mq.SetField("text")
					if _, err := ix.idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(mq, 3, 0, false)); err != nil {
						b.Fatal(err)
					}
				})
			}
			reportRatio(b, "", search.wall, match.wall)
			reportRatio(b, "cpu-", search.cpu, match.cpu)
		})
	}
}

// timings are the wall-clock and thread CPU times of calls.
type timings struct{ wall, cpu []time.Duration }

func (t *timings) time(f func()) {
	start, cpu := time.Now(), corpustest.ThreadCPU()
	f()
	t.cpu = append(t.cpu, corpustest.ThreadCPU()-cpu)
	t.wall = append(t.wall, time.Since(start))
}

// reportRatio reports p50 and p99 of both latencies and their ratios.
func reportRatio(b *testing.B, prefix string, search, match []time.Duration) {
	if len(search) == 0 {
		return
	}
	s50, s99 := corpustest.Percentile(search, 0.5), corpustest.Percentile(search, 0.99)
	m50, m99 := corpustest.Percentile(match, 0.5), corpustest.Percentile(match, 0.99)
	if m50 == 0 || m99 == 0 {
		return // not measured (thread CPU outside Linux)
	}
	b.ReportMetric(s50, prefix+"search-p50-µs")
	b.ReportMetric(s99, prefix+"search-p99-µs")
	b.ReportMetric(m50, prefix+"match-p50-µs")
	b.ReportMetric(m99, prefix+"match-p99-µs")
	b.ReportMetric(s50/m50, prefix+"ratio-p50")
	b.ReportMetric(s99/m99, prefix+"ratio-p99")
}

// ratioCorpus is a synthetic corpus of about paragraphs paragraphs with
// the embedded briefing added.
func ratioCorpus(b *testing.B, paragraphs int) *corpus.Corpus {
	b.Helper()
	bs, err := corpustest.Briefings(paragraphs, 42)
	if err != nil {
		b.Fatal(err)
	}
	def, err := corpus.ReadDefault()
	if err != nil {
		b.Fatal(err)
	}
	c, err := corpus.New(append(bs, def.Briefings...)...)
	if err != nil {
		b.Fatal(err)
	}
	return c
}
