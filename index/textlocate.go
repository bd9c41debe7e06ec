package index

import (
	"context"
	"slices"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Re-ranking needs to know where the question's terms stand in each
// candidate, and an excerpt which words to bold. Both came from bleve: a
// second search restricted to the candidates' IDs, with term locations
// (locate), and for some questions a third (highlights), about a seventh
// of a question's CPU at 100k paragraphs, most of it opening term and
// phrase searchers over the whole index. The candidates' text is in
// memory, and the index's terms were made from it by the analyzer, so the
// same locations are found by analysing it again: a textLocator finds
// every place of a term the location query looks for wherever it stands
// (locationQuery), and the places of the other terms where one of its
// phrases matches, as bleve's phrase searcher matches them (TestTextLocationsAreBleves).

// maxCachedTerms bounds a lent termAnalyzer's cache of token texts: the
// words of the candidates it has analysed, which over a long run of
// questions tend to a corpus's whole vocabulary.
const maxCachedTerms = 1 << 15

// analysers lends termAnalyzers, which are not safe for concurrent use,
// to concurrent searches; each keeps its cache between them. They wait in
// a free list rather than a sync.Pool: a pool is emptied by every other
// garbage collection, and an analyser made anew runs the token filters
// again on every word it meets, which at 100k paragraphs under load (a
// collection every hundred-odd questions) was most of its filtering.
type analysers struct {
	source analysis.Analyzer
	mu     sync.Mutex
	free   []*termAnalyzer // idle, at most maxIdleAnalysers
}

// maxIdleAnalysers bounds the idle analysers kept: searches run at most
// one per core on a large corpus (the gate), so a few cover them, and
// each holds a cache of up to maxCachedTerms token texts.
const maxIdleAnalysers = 4

func newAnalysers(a analysis.Analyzer) *analysers { return &analysers{source: a} }

// get returns a termAnalyzer standing in for the index's analyzer, or nil
// where none can (see termAnalyzerOf).
func (as *analysers) get() *termAnalyzer {
	as.mu.Lock()
	if n := len(as.free); n > 0 {
		ta := as.free[n-1]
		as.free[n-1] = nil
		as.free = as.free[:n-1]
		as.mu.Unlock()
		return ta
	}
	as.mu.Unlock()
	return termAnalyzerOf(as.source)
}

// put returns ta to the free list (or drops it when maxIdleAnalysers
// wait), its cache emptied if it grew past maxCachedTerms: the token
// texts and the terms' ids both, since the ids (which only a build's
// counting reads) number every term the analyser ever made, and would
// grow to a corpus's vocabulary in each lent analyser of a long-running
// server.
func (as *analysers) put(ta *termAnalyzer) {
	if ta == nil {
		return
	}
	if len(ta.terms) > maxCachedTerms {
		ta.terms, ta.termIDs = map[string]filtered{}, map[string]int32{}
	}
	as.mu.Lock()
	if len(as.free) < maxIdleAnalysers {
		as.free = append(as.free, ta)
	}
	as.mu.Unlock()
}

// drop lets the idle analysers and their caches go (Index.Rest); get
// makes new ones as searches need them.
func (as *analysers) drop() {
	as.mu.Lock()
	clear(as.free)
	as.free = as.free[:0]
	as.mu.Unlock()
}

// textLocator is a location query read for finding its terms in text.
type textLocator struct {
	everywhere map[string]bool
	// phrases are the phrases not covered by everywhere, each a slot of
	// terms per word position; an empty slot is a stop word's place,
	// which any word (or none) fills.
	phrases [][][]string
}

// textLocatorOf reads q as locationQuery does, and reports whether
// it could.
func (ix *Index) textLocatorOf(q query.Query) (textLocator, bool) {
	lq := locQuery{all: map[string]bool{}}
	if !lq.read(ix, q) {
		return textLocator{}, false
	}
	tl := textLocator{everywhere: lq.all}
	for _, ph := range lq.phrases {
		if lq.covers(ix, ph.MatchPhrase) {
			continue
		}
		if slots := phraseSlots(ix.analyzer.Analyze([]byte(ph.MatchPhrase))); slots != nil {
			tl.phrases = append(tl.phrases, slots)
		}
	}
	return tl, true
}

// phraseSlots is bleve's reading of a match phrase's tokens
// (tokenStreamToPhrase): the terms at each position from the first
// token's to the last's.
func phraseSlots(tokens analysis.TokenStream) [][]string {
	if len(tokens) == 0 {
		return nil
	}
	first, last := tokens[0].Position, tokens[0].Position
	for _, tok := range tokens {
		first, last = min(first, tok.Position), max(last, tok.Position)
	}
	slots := make([][]string, last-first+1)
	for _, tok := range tokens {
		slots[tok.Position-first] = append(slots[tok.Position-first], string(tok.Term))
	}
	return slots
}

// analysedText is a text's tokens: each one's term, word position and
// byte offsets, in order.
type analysedText struct {
	keys   []string
	tokens []textToken
}

// textToken is where one token of an analysed text stands: what of
// bleve's analysis.Token re-ranking reads, in 24 bytes rather than 64
// (the tokens of 30 candidates were an eighth of what a search allocated).
type textToken struct {
	Start, End, Position int
}

// analyseText analyses text with ta, copying the tokens out of its
// buffers.
func analyseText(ta *termAnalyzer, text string, sc *searchScratch) analysedText {
	stream, keys := ta.analyzeInto(sc.bytesOf(text), sc.keysFor(len(text)/4+8))
	at := analysedText{keys: keys, tokens: sc.tokensFor(len(stream))}
	for i, tok := range stream {
		at.tokens[i] = textToken{Start: tok.Start, End: tok.End, Position: tok.Position}
	}
	return at
}

// find returns where tl's terms stand in at: for each term, its places in
// order of position, each once, as bleve reports a hit's locations.
func (tl textLocator) find(at analysedText) map[string][]termAt {
	out := map[string][]termAt{}
	for i, k := range at.keys {
		if tl.everywhere[k] {
			out[k] = append(out[k], termAt{pos: at.tokens[i].Position, start: at.tokens[i].Start})
		}
	}
	if len(tl.phrases) == 0 {
		return out
	}
	byPos := at.byPosition()
	added := map[string]bool{}
	for _, slots := range tl.phrases {
		for i, k := range at.keys {
			if slices.Contains(slots[0], k) {
				at.matchPhrase(slots, at.tokens[i].Position, byPos, out, added)
			}
		}
	}
	for k := range added {
		slices.SortFunc(out[k], func(a, b termAt) int { return a.pos - b.pos })
		out[k] = slices.Compact(out[k])
	}
	return out
}

// byPosition maps each word position to the index of its token, or -1
// for a stop word's place.
func (at analysedText) byPosition() []int {
	if len(at.tokens) == 0 {
		return nil
	}
	byPos := make([]int, at.tokens[len(at.tokens)-1].Position+1)
	for i := range byPos {
		byPos[i] = -1
	}
	for i, tok := range at.tokens {
		byPos[tok.Position] = i
	}
	return byPos
}

// matchPhrase adds to out the places of the phrase's terms if the
// phrase of slots stands at word position from, and records in added the
// terms it added to.
func (at analysedText) matchPhrase(slots [][]string, from int, byPos []int, out map[string][]termAt, added map[string]bool) {
	at0 := make([]int, len(slots))
	for j, slot := range slots {
		at0[j] = -1
		if len(slot) == 0 {
			continue
		}
		p := from + j
		if p >= len(byPos) || byPos[p] < 0 || !slices.Contains(slot, at.keys[byPos[p]]) {
			return
		}
		at0[j] = byPos[p]
	}
	for _, i := range at0 {
		if i >= 0 {
			k := at.keys[i]
			out[k] = append(out[k], termAt{pos: at.tokens[i].Position, start: at.tokens[i].Start})
			added[k] = true
		}
	}
}

// spans returns where the terms of mark stand in at past byte offset
// body, shifted to start there: what highlights finds in the paragraph's
// own text.
func (at analysedText) spans(body int, mark map[string]bool) []span {
	var out []span
	for i, k := range at.keys {
		if tok := at.tokens[i]; mark[k] && tok.Start >= body {
			out = append(out, span{tok.Start - body, tok.End - body})
		}
	}
	return out
}

// locateInText sets each candidate's terms from its text, and reports
// whether it could: the location query must be one textLocatorOf reads,
// and the analyzer one a termAnalyzer stands in for.
func (ix *Index) locateInText(pl plan, cs []candidate) bool {
	tl, ok := ix.textLocatorOf(pl.exact)
	if !ok {
		return false
	}
	ta := ix.analysers.get()
	if ta == nil {
		return false
	}
	defer ix.analysers.put(ta)
	for i := range cs {
		at := analyseText(ta, cs[i].text, cs[i].scratch)
		cs[i].analysed, cs[i].terms = cs[i].scratch.analysedFor(at), tl.find(at)
	}
	return true
}

// pageSpans are the spans to bold in each paragraph of page, by ID: from
// the text analysed by locateInText, or else found by highlights.
func (ix *Index) pageSpans(ctx context.Context, page []candidate, mark map[string]bool) (map[string][]span, error) {
	out := make(map[string][]span, len(page))
	ids := make([]string, len(page))
	for i, c := range page {
		ids[i] = c.id
		if c.analysed != nil {
			out[c.id] = c.analysed.spans(c.body, mark)
		}
	}
	if len(out) < len(page) {
		return ix.highlights(ctx, ids, mark)
	}
	return out, nil
}
