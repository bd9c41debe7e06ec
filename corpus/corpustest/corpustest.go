// Package corpustest makes synthetic briefings for benchmarks and load
// tests, the way net/http/httptest makes servers: English-like text with a
// Zipf word distribution, dated sentences and acronym definitions, so that
// parsing, extraction and indexing all do real work. Nothing it makes is
// committed; it is generated from a seed on demand.
package corpustest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/corpus"
)

// ParagraphsPerBriefing is how long each synthetic briefing is.
const ParagraphsPerBriefing = 500

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

var groupWords = []string{"Front", "Movement", "Army", "Council", "Brigade", "Alliance", "Union", "Forces"}

// generator holds the state of one synthetic corpus.
type generator struct {
	rng    *rand.Rand
	zipf   *rand.Zipf
	vocab  []string
	groups []string // "Northern Liberation Front (NLF)"
}

func newGenerator(seed uint64) *generator {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	g := &generator{rng: rng}
	// A vocabulary of pronounceable words; Zipf makes a few very common.
	syll := []string{"ka", "ro", "mi", "ta", "ne", "lu", "sa", "do", "ri", "ve", "po", "li", "an", "el", "or", "is", "un", "ba", "ge", "fa"}
	seen := map[string]bool{}
	for len(g.vocab) < 20000 {
		n := 1 + rng.IntN(4)
		var sb strings.Builder
		for range n {
			sb.WriteString(syll[rng.IntN(len(syll))])
		}
		if w := sb.String(); !seen[w] {
			seen[w] = true
			g.vocab = append(g.vocab, w)
		}
	}
	// Common English function words lead the ranking, as in real text.
	g.vocab = append([]string{"the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "by", "was", "as", "from"}, g.vocab...)
	g.zipf = rand.NewZipf(rng, 1.1, 2, uint64(len(g.vocab)-1))
	for i := range 40 {
		a, b := strings.ToUpper(g.vocab[100+i][:1])+g.vocab[100+i][1:], strings.ToUpper(g.vocab[200+i][:1])+g.vocab[200+i][1:]
		gw := groupWords[i%len(groupWords)]
		acr := strings.ToUpper(a[:1] + b[:1] + gw[:1])
		g.groups = append(g.groups, fmt.Sprintf("%s %s %s (%s)", a, b, gw, acr))
	}
	return g
}

func (g *generator) sentence(words int) string {
	ws := make([]string, words)
	for i := range ws {
		ws[i] = g.vocab[g.zipf.Uint64()]
	}
	ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
	return strings.Join(ws, " ") + "."
}

// paragraph is about 80 words: filler sentences, and now and then a dated
// event or a group's definition.
func (g *generator) paragraph(year int) string {
	var parts []string
	switch g.rng.IntN(10) {
	case 0:
		grp := g.groups[g.rng.IntN(len(g.groups))]
		parts = append(parts, fmt.Sprintf("The %s is an armed group that %s", grp, strings.ToLower(g.sentence(10))))
	case 1, 2:
		parts = append(parts, fmt.Sprintf("On %s %d, %d, fighters %s", months[g.rng.IntN(12)], 1+g.rng.IntN(28), year, strings.ToLower(g.sentence(8))))
	case 3:
		parts = append(parts, fmt.Sprintf("In %s, militants %s", months[g.rng.IntN(12)], strings.ToLower(g.sentence(8))))
	}
	for n := 0; n < 70; {
		k := 8 + g.rng.IntN(10)
		parts = append(parts, g.sentence(k))
		n += k
	}
	return strings.Join(parts, " ")
}

// Files returns about paragraphs paragraphs of Markdown briefings, keyed by
// file name, the same for the same seed.
func Files(paragraphs int, seed uint64) map[string][]byte {
	g := newGenerator(seed)
	files := map[string][]byte{}
	for i := 0; paragraphs > 0; i++ {
		n := min(paragraphs, ParagraphsPerBriefing)
		paragraphs -= n
		year := 1990 + i%30
		var sb strings.Builder
		fmt.Fprintf(&sb, "---\ntitle: Synthetic Briefing %d\ndate: %d-12-31\n---\n\n", i+1, year)
		for p := range n {
			if p%50 == 0 {
				fmt.Fprintf(&sb, "## Part %d\n\n", p/50+1)
			}
			sb.WriteString(g.paragraph(year))
			sb.WriteString("\n\n")
		}
		files[fmt.Sprintf("synthetic-%04d.md", i+1)] = []byte(sb.String())
	}
	return files
}

// Corpus parses Files(paragraphs, seed) into a corpus, extraction included.
func Corpus(paragraphs int, seed uint64) (*corpus.Corpus, error) {
	var bs []*corpus.Briefing
	for name, data := range Files(paragraphs, seed) {
		b, err := corpus.Parse(name, data)
		if err != nil {
			return nil, err
		}
		bs = append(bs, b)
	}
	return corpus.New(bs...)
}

// Questions returns n questions made of words the corpus uses, some common
// and some rare, as real questions mix them.
func Questions(n int, seed uint64) []string {
	g := newGenerator(seed)
	qs := make([]string, n)
	starts := []string{"What did the", "Who leads the", "When did", "How many", "Why did the"}
	for i := range qs {
		grp := g.groups[g.rng.IntN(len(g.groups))]
		name := grp[:strings.IndexByte(grp, '(')-1]
		switch i % 3 {
		case 0:
			qs[i] = fmt.Sprintf("%s %s %s?", starts[i%len(starts)], name, g.vocab[20+g.rng.IntN(2000)])
		case 1:
			qs[i] = fmt.Sprintf("%s %s %s %s?", starts[i%len(starts)], g.vocab[g.zipf.Uint64()], g.vocab[20+g.rng.IntN(5000)], g.vocab[20+g.rng.IntN(500)])
		default:
			acr := grp[strings.IndexByte(grp, '(')+1 : len(grp)-1]
			qs[i] = fmt.Sprintf("%s %s do in %s?", starts[i%len(starts)], acr, months[g.rng.IntN(12)])
		}
	}
	return qs
}

// ReportLatency adds p50 and p99 latency, in microseconds, to a
// benchmark's output: targets are on tail latency, which ns/op (a mean)
// hides.
func ReportLatency(b *testing.B, lat []time.Duration) {
	if len(lat) == 0 {
		return
	}
	slices.Sort(lat)
	at := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) }
	b.ReportMetric(at(0.50), "p50-µs")
	b.ReportMetric(at(0.99), "p99-µs")
}

// Size is a corpus size benchmarks run on.
type Size struct {
	Name       string
	Paragraphs int // 0: the embedded corpus
}

// Sizes are the corpus sizes every benchmark runs on: the embedded
// briefing and synthetic corpora of 10k and 100k paragraphs.
func Sizes() []Size {
	return []Size{{"embedded", 0}, {"10k", 10_000}, {"100k", 100_000}}
}
