// Package corpustest makes synthetic briefings for benchmarks and load
// tests, the way net/http/httptest makes servers. The text is ordinary
// English: its common words are drawn, with their frequencies, from the
// embedded briefing's lowercase words, and a Zipf tail of made-up words
// stands for the rarer vocabulary (places, people, jargon). Thousands of
// multi-word names with acronyms are defined and mentioned, as in real
// briefings, so that parsing, extraction, indexing and question expansion
// all do real work. Nothing it makes is committed; it is generated from a
// seed on demand.
package corpustest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/briefbot/briefbot/corpus"
)

// ParagraphsPerBriefing is how long each synthetic briefing is.
const ParagraphsPerBriefing = 500

// Groups and Terms are how many distinct multi-word names, each with an
// acronym, a synthetic corpus draws from: armed groups and organisations,
// which extraction takes for factions, and other named things (programmes,
// agreements, zones). Real briefing collections define thousands.
const (
	Groups = 800
	Terms  = 5000
)

// commonShare is the share of words drawn from the common English
// vocabulary; the rest come from the rare tail.
const commonShare = 0.7

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// Heads of names: a group's or an organisation's, and other things'.
var (
	groupHeads = []string{"Front", "Movement", "Army", "Council", "Brigade", "Alliance", "Union", "Forces", "Party", "Mission", "Committee", "Coalition", "Authority", "Militia", "League", "Congress"}
	termHeads  = []string{"Programme", "Agreement", "Plan", "Zone", "Fund", "Initiative", "Framework", "Institute", "Review", "Office", "Centre", "Network", "Corridor", "Strategy", "Accord", "Observatory", "Compact", "Facility"}
)

// Words names are made of besides their heads.
var nameWords = []string{"National", "Popular", "Democratic", "Revolutionary", "United", "Islamic", "Northern", "Southern", "Eastern", "Western", "Central", "Defence", "Salvation", "Unity", "Justice", "Progress", "Independence", "Patriotic", "Republican", "Federal", "Transitional", "Interim", "Joint", "Regional", "International", "Peace", "Security", "Development", "Reconstruction", "Freedom", "People's", "Citizens'", "Workers'", "Free", "Greater", "Supreme", "Provisional", "Civic", "Humanitarian", "Economic"}

// generator holds the state of one synthetic corpus.
type generator struct {
	rng    *rand.Rand
	common []string  // English words, each once
	cum    []float64 // cumulative frequency of common
	zipf   *rand.Zipf
	rare   []string
	places []string // capitalised made-up place names
	groups []name   // factions
	terms  []name   // other named things
}

// name is a multi-word name and its acronym.
type name struct{ long, short string }

func newGenerator(seed uint64) *generator {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	g := &generator{rng: rng}
	g.common, g.cum = englishWords()
	syll := []string{"ka", "ro", "mi", "ta", "ne", "lu", "sa", "do", "ri", "ve", "po", "li", "an", "el", "or", "is", "un", "ba", "ge", "fa", "tor", "men", "dal", "ish"}
	seen := map[string]bool{}
	for _, w := range g.common {
		seen[w] = true
	}
	word := func(min int) string {
		for {
			n := min + rng.IntN(3)
			var sb strings.Builder
			for range n {
				sb.WriteString(syll[rng.IntN(len(syll))])
			}
			if w := sb.String(); !seen[w] {
				seen[w] = true
				return w
			}
		}
	}
	for range 30000 {
		g.rare = append(g.rare, word(2))
	}
	g.zipf = rand.NewZipf(rng, 1.05, 5, uint64(len(g.rare)-1))
	for range 2000 {
		g.places = append(g.places, title(word(2)))
	}
	seen = map[string]bool{}
	g.groups = g.makeNames(Groups, groupHeads, seen)
	g.terms = g.makeNames(Terms, termHeads, seen)
	return g
}

// makeNames makes n distinct names of two to five words ending in one of
// heads, about a third of them carrying a place ("Kamiro Defence
// Council"), with acronyms from their initials. Acronyms collide, as they
// do in real corpora.
func (g *generator) makeNames(n int, heads []string, seen map[string]bool) []name {
	var out []name
	for len(out) < n {
		var ws []string
		if g.rng.IntN(3) == 0 {
			ws = append(ws, g.places[g.rng.IntN(len(g.places))])
		}
		for range 1 + g.rng.IntN(3) {
			if w := nameWords[g.rng.IntN(len(nameWords))]; !slices.Contains(ws, w) {
				ws = append(ws, w)
			}
		}
		ws = append(ws, heads[g.rng.IntN(len(heads))])
		long := strings.Join(ws, " ")
		if seen[long] {
			continue
		}
		seen[long] = true
		var short strings.Builder
		for _, w := range ws {
			short.WriteByte(w[0])
		}
		out = append(out, name{long, short.String()})
	}
	return out
}

// englishWords returns the embedded briefing's lowercase words and their
// cumulative relative frequencies: ordinary English with its real skew.
func englishWords() ([]string, []float64) {
	count := map[string]int{}
	if c, err := corpus.ReadDefault(); err == nil {
		for _, b := range c.Briefings {
			for _, p := range b.Paragraphs {
				for _, w := range strings.FieldsFunc(p.Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
					if strings.ToLower(w) == w && len(w) > 0 {
						count[w]++
					}
				}
			}
		}
	}
	if len(count) == 0 {
		count = map[string]int{"the": 6, "of": 3, "and": 3, "to": 2, "in": 2, "a": 2}
	}
	ws := make([]string, 0, len(count))
	for w := range count {
		ws = append(ws, w)
	}
	sort.Slice(ws, func(i, j int) bool {
		if count[ws[i]] != count[ws[j]] {
			return count[ws[i]] > count[ws[j]]
		}
		return ws[i] < ws[j]
	})
	cum := make([]float64, len(ws))
	total := 0
	for i, w := range ws {
		total += count[w]
		cum[i] = float64(total)
	}
	for i := range cum {
		cum[i] /= float64(total)
	}
	return ws, cum
}

func title(w string) string { return strings.ToUpper(w[:1]) + w[1:] }

// word draws one word: common English most of the time, else from the
// rare tail.
func (g *generator) word() string {
	if g.rng.Float64() < commonShare {
		i, _ := slices.BinarySearch(g.cum, g.rng.Float64())
		return g.common[min(i, len(g.common)-1)]
	}
	return g.rare[g.zipf.Uint64()]
}

func (g *generator) sentence(words int) string {
	ws := make([]string, words)
	for i := range ws {
		ws[i] = g.word()
	}
	if g.rng.IntN(3) == 0 {
		ws[g.rng.IntN(words)] = "in " + g.places[g.rng.IntN(len(g.places))]
	}
	ws[0] = title(ws[0])
	return strings.Join(ws, " ") + "."
}

// name draws a name: a group's a third of the time, else a term's.
func (g *generator) name() name {
	if g.rng.IntN(3) == 0 {
		return g.group()
	}
	return g.terms[g.rng.IntN(len(g.terms))]
}

func (g *generator) group() name { return g.groups[g.rng.IntN(len(g.groups))] }

// paragraph is about 80 words: filler sentences, and now and then a dated
// event, a name defined with its acronym, or a name mentioned either way.
func (g *generator) paragraph(year int) string {
	var parts []string
	switch g.rng.IntN(10) {
	case 0:
		n := g.group()
		parts = append(parts, fmt.Sprintf("The %s (%s) is an armed group that %s", n.long, n.short, strings.ToLower(g.sentence(10))))
	case 1, 2:
		n := g.terms[g.rng.IntN(len(g.terms))]
		parts = append(parts, fmt.Sprintf("The %s (%s) %s", n.long, n.short, strings.ToLower(g.sentence(10))))
	case 3:
		parts = append(parts, fmt.Sprintf("On %s %d, %d, fighters of the %s %s", months[g.rng.IntN(12)], 1+g.rng.IntN(28), year, g.group().short, strings.ToLower(g.sentence(8))))
	case 4, 5:
		parts = append(parts, fmt.Sprintf("In %s, the %s %s", months[g.rng.IntN(12)], g.name().long, strings.ToLower(g.sentence(8))))
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
	bs, err := Briefings(paragraphs, seed)
	if err != nil {
		return nil, err
	}
	return corpus.New(bs...)
}

// Briefings parses Files(paragraphs, seed), in file order.
func Briefings(paragraphs int, seed uint64) ([]*corpus.Briefing, error) {
	files := Files(paragraphs, seed)
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	bs := make([]*corpus.Briefing, 0, len(names))
	for _, name := range names {
		b, err := corpus.Parse(name, files[name])
		if err != nil {
			return nil, err
		}
		bs = append(bs, b)
	}
	return bs, nil
}

// Questions returns n questions as people ask them: about a name by its
// long form or its acronym, about common words, about rare ones, and
// mixtures, the same for the same seed.
func Questions(n int, seed uint64) []string {
	g := newGenerator(seed)
	qs := make([]string, n)
	starts := []string{"What did the", "Who leads the", "When did the", "How many", "Why did the", "Where is the"}
	for i := range qs {
		s := starts[i%len(starts)]
		nm := g.name()
		switch i % 5 {
		case 0:
			qs[i] = fmt.Sprintf("%s %s %s?", s, nm.long, g.word())
		case 1:
			qs[i] = fmt.Sprintf("%s %s %s %s?", s, g.word(), g.word(), g.rare[g.rng.IntN(3000)])
		case 2:
			qs[i] = fmt.Sprintf("%s %s do in %s?", s, nm.short, months[g.rng.IntN(12)])
		case 3:
			qs[i] = fmt.Sprintf("%s %s %s in %s?", s, g.common[g.rng.IntN(200)], g.common[g.rng.IntN(400)], g.places[g.rng.IntN(len(g.places))])
		default:
			qs[i] = fmt.Sprintf("%s %s and the %s %s?", s, nm.short, g.name().long, g.word())
		}
	}
	return qs
}

// ReportLatency adds p50 and p99 latency, in microseconds, to a
// benchmark's output: targets are on tail latency, which ns/op (a mean)
// hides.
func ReportLatency(b *testing.B, lat []time.Duration) {
	ReportLatencyAs(b, "", lat)
}

// ReportLatencyAs is ReportLatency with a prefix on the metric names, for
// benchmarks that time several things.
func ReportLatencyAs(b *testing.B, prefix string, lat []time.Duration) {
	if len(lat) == 0 {
		return
	}
	b.ReportMetric(Percentile(lat, 0.50), prefix+"p50-µs")
	b.ReportMetric(Percentile(lat, 0.99), prefix+"p99-µs")
}

// Percentile returns the p-th percentile of lat, in microseconds. It
// sorts lat.
func Percentile(lat []time.Duration, p float64) float64 {
	slices.Sort(lat)
	return float64(lat[int(p*float64(len(lat)-1))].Nanoseconds()) / 1e3
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
