package index

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/briefbot/briefbot/corpus"
)

// termSpread is, for each analysed term of the corpus, how many
// paragraphs of each briefing hold it, in briefing order: how the term is
// spread over the briefings (see briefingShares). It is read once, with
// the names, when the index is built, so a question only looks up its
// own terms. Each distinct word is analysed once.
func termSpread(c *corpus.Corpus, an analysis.Analyzer) map[string][]mention {
	termsOf := map[string][]string{}
	out := map[string][]mention{}
	for i, b := range c.Briefings {
		counts := map[string]int32{}
		for _, p := range b.Paragraphs {
			for t := range paragraphTerms(p.Text, an, termsOf) {
				counts[t]++
			}
		}
		for _, t := range slices.Sorted(maps.Keys(counts)) {
			out[t] = append(out[t], mention{int32(i), counts[t]})
		}
	}
	return out
}

// paragraphTerms is the set of analysed terms of text, each distinct
// word analysed once through termsOf, a cache shared across paragraphs.
func paragraphTerms(text string, an analysis.Analyzer, termsOf map[string][]string) map[string]bool {
	set := map[string]bool{}
	eachWord(text, func(start, end int) {
		w := strings.ToLower(text[start:end])
		ts, ok := termsOf[w]
		if !ok {
			for _, tok := range an.Analyze([]byte(w)) {
				ts = append(ts, string(tok.Term))
			}
			termsOf[w] = ts
		}
		for _, t := range ts {
			set[t] = true
		}
	})
	return set
}

// spreadIn is how many paragraphs of briefing number b hold the term
// whose spread is ms (sorted by briefing): a binary search, so a
// question's cost does not grow with the number of briefings.
func spreadIn(ms []mention, b int32) int32 {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Briefing >= b })
	if i < len(ms) && ms[i].Briefing == b {
		return ms[i].N
	}
	return 0
}

// spreadOf is one term's spread over the briefings: the paragraphs of
// each briefing that hold it, in briefing order, and their total.
type spreadOf struct {
	by    []mention
	total int32
}

// spreads totals each term's spread, once per index.
func spreads(by map[string][]mention) map[string]spreadOf {
	out := make(map[string]spreadOf, len(by))
	for t, ms := range by {
		s := spreadOf{by: ms}
		for _, m := range ms {
			s.total += m.N
		}
		out[t] = s
	}
	return out
}

// BM25's constants, at the level of briefings: a term's weight saturates
// with the paragraphs that hold it (k1), relative to the briefing's
// length against the mean (b). The textbook values, not fitted.
const (
	briefingK1 = 1.2
	briefingB  = 0.75
)

// briefingShares says, for each briefing of the candidates (by slug), how
// strongly the question's own words point to it: BM25 with the briefing
// as the document (a term's frequency is the paragraphs holding it, its
// inverse document frequency counts briefings), divided by what a
// question of as many words each used by one briefing alone could score.
// Rare words (a place, a person, an acronym, a topic word such as
// "tsunami") point to the briefings that use them; a question of common
// words ("who is paying for the mission?") scores low everywhere, so it
// points nowhere. In a corpus of one briefing every candidate scores the
// same: the feature ranks nothing there. Only the candidates' briefings
// are looked up, each by a binary search, so the cost grows with the
// question, not the corpus.
func (ix *Index) briefingShares(pl plan, cs []candidate) map[string]float64 {
	n := float64(len(ix.corpus.Briefings))
	out := map[string]float64{}
	for _, c := range cs {
		out[c.slug] = 0
	}
	known := 0
	for _, t := range questionTerms(pl) {
		s, ok := ix.spread[t]
		if !ok {
			continue
		}
		known++
		idf := briefingIDF(n, float64(len(s.by)))
		for slug := range out {
			b := ix.briefingNo[slug]
			tf := float64(spreadIn(s.by, b))
			norm := 1 - briefingB + briefingB*float64(len(ix.corpus.Briefings[b].Paragraphs))/ix.meanParagraphs
			out[slug] += idf * tf / (tf + briefingK1*norm)
		}
	}
	if known == 0 {
		return nil
	}
	for slug, v := range out {
		out[slug] = v / (float64(known) * briefingIDF(n, 1))
	}
	return out
}

// briefingIDF is BM25's inverse document frequency of a term that df of
// n briefings use.
func briefingIDF(n, df float64) float64 { return math.Log(1 + (n-df+0.5)/(df+0.5)) }

// questionTerms are the terms of the question's own words and names,
// each once, in order: the terms its concepts hold exactly.
func questionTerms(pl plan) []string {
	set := map[string]bool{}
	for _, c := range pl.concepts {
		for t := range c.exact {
			set[t] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}
