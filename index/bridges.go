package index

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// bridgeText is the learned table of lexical bridges: how people ask tied
// to how texts answer ("died" asked, "killed" written). It is generated
// from judged questions and their answering paragraphs by
//
//	go test ./index -run TestLearnBridges -v -learnbridges DIR -writebridges
//
// (see bridgelearn_test.go for what is counted).
//
//go:embed bridges.txt
var bridgeText string

// bridge is one learned association: a lemma a paragraph answering a
// question holds, and how strongly (0, 1] it stands for the question's
// lemma it is filed under.
type bridge struct {
	lemma    string
	strength float64
}

// bridgeTable maps a question's lemma to the paragraph lemmas it is
// bridged to.
type bridgeTable map[string][]bridge

// loadBridges parses the embedded table once.
var loadBridges = sync.OnceValues(func() (bridgeTable, error) { return parseBridges(bridgeText) })

// parseBridges reads the table: "#" comments, then one association a
// line, "asked<TAB>written<TAB>strength" and columns after them that
// document the counts.
func parseBridges(text string) (bridgeTable, error) {
	out := bridgeTable{}
	for i, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("index: bridges.txt:%d: want asked, written and strength", i+1)
		}
		s, err := strconv.ParseFloat(f[2], 64)
		if err != nil || s <= 0 || s > 1 {
			return nil, fmt.Errorf("index: bridges.txt:%d: strength %q is not in (0, 1]", i+1, f[2])
		}
		out[f[0]] = append(out[f[0]], bridge{f[1], s})
	}
	return out, nil
}

// bridge fills c.bridged with the terms of the lemmas the table bridges
// the question's word w to, each with its strongest bridge, leaving out
// those c holds already, and adds them to located: like WordNet's links,
// they are searched only to find where they stand. A word the corpus
// writes as a name has no bridges: the table is of common words.
func (ix *Index) bridge(c *concept, w string, located map[string]bool) {
	if ix.expansion.noBridges || ix.names[foldWord(w)] {
		return
	}
	for _, l := range ix.lexicon.Lemmas(w) {
		for _, b := range ix.bridges[l] {
			for t := range ix.terms(b.lemma) {
				if c.exact[t] || c.wide[t] {
					continue
				}
				if c.bridged == nil {
					c.bridged = map[string]float64{}
				}
				c.bridged[t] = max(c.bridged[t], b.strength)
				located[t] = true
			}
		}
	}
}

// bridgedOnly sums, over the plan's concepts c does not cover, the
// strength of the strongest bridged term c holds (conceptHits sets
// c.covered first).
func bridgedOnly(c *candidate, pl plan) float64 {
	sum := 0.0
	for ci, cn := range pl.concepts {
		if c.covered[ci] {
			continue
		}
		best := 0.0
		for t, s := range cn.bridged {
			if len(c.terms[t]) > 0 {
				best = max(best, s)
			}
		}
		sum += best
	}
	return sum
}
