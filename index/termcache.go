package index

import (
	"bytes"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/analysis"
	unicodetok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"
	"github.com/blevesearch/segment"
)

// Building an index at 100k paragraphs ran the analyzer's token filters
// (possessive, lower case, fold, stop words, Porter) on every one of some
// ten million tokens, though a corpus has a vocabulary a hundred times
// smaller; the Porter stemmer alone allocated twice per token. Every one of
// those filters maps one token's text to one term (or drops it) whatever
// its neighbours, so a termAnalyzer runs them once per distinct token text
// and remembers the result. Its output is the analyzer's, token for token
// (TestTermAnalyzerIsTheAnalyzers). It is not safe for concurrent use: each
// goroutine analysing documents has its own.
type termAnalyzer struct {
	source    analysis.Analyzer // the analyzer it stands in for
	tokenizer analysis.Tokenizer
	segments  *segments // the tokenizer's work done without it, when it is bleve's unicode tokenizer
	filters   []analysis.TokenFilter
	terms     map[string]filtered // a token's text → what the filters make of it
	termIDs   map[string]int32    // each term the filters made → its id, in order of first sight
	fieldBuffers
	blocks *buildBlocks // where documents' arrays come from, when they are recycled
	doc    *chunkArrays // the arrays of the chunk being analysed, nil: allocate
}

// fieldBuffers are a termAnalyzer's buffers for analysing one field,
// reused from field to field: only what bleve keeps is allocated anew.
type fieldBuffers struct {
	keys []string // each kept token's term
	ids  []int32  // each kept token's term id (filtered.id)
	of   []int32  // each kept token's place in its field's frequencies
	// A term's place in the frequencies of the field being analysed, valid
	// where its stamp is the field's.
	slot, stamp []int32
	current     int32   // the stamp of the field being analysed
	first       []int32 // countTerms' result, reused
}

// filtered is what the token filters make of one token's text: a term,
// or nothing (a stop word).
type filtered struct {
	term []byte
	key  string // term as a string, the key of TokenFrequencies
	id   int32  // the term's number among the analyzer's terms
	keep bool
}

// newTermAnalyzer stands in for m's analyzer, or returns nil where it
// cannot: an analyzer with character filters, which see the whole text.
func newTermAnalyzer(m mapping.IndexMapping) *termAnalyzer {
	return termAnalyzerOf(m.AnalyzerNamed(analyzerName))
}

// termAnalyzerOf stands in for a, or returns nil where it cannot.
func termAnalyzerOf(a analysis.Analyzer) *termAnalyzer {
	da, ok := a.(*analysis.DefaultAnalyzer)
	if !ok || len(da.CharFilters) > 0 {
		return nil
	}
	var seg *segments
	if _, ok := da.Tokenizer.(*unicodetok.UnicodeTokenizer); ok {
		seg = &segments{}
	}
	return &termAnalyzer{source: a, tokenizer: da.Tokenizer, segments: seg, filters: da.TokenFilters,
		terms: map[string]filtered{}, termIDs: map[string]int32{}}
}

// analyze is source.Analyze(text), with each token's term as a string
// beside it.
func (ta *termAnalyzer) analyze(text []byte) (analysis.TokenStream, []string) {
	return ta.analyzeInto(text, nil)
}

// analyzeInto is analyze appending the terms to keys; each term's id goes
// to ta.ids, valid until the next call.
func (ta *termAnalyzer) analyzeInto(text []byte, keys []string) (analysis.TokenStream, []string) {
	tokens := ta.segments.tokenize(text)
	if tokens == nil {
		tokens = ta.tokenizer.Tokenize(text)
	}
	if keys == nil {
		keys = make([]string, 0, len(tokens))
	}
	out, ids := tokens[:0], ta.ids[:0]
	for _, tok := range tokens {
		f, ok := ta.terms[string(tok.Term)]
		if !ok {
			f = ta.filter(tok)
			ta.terms[string(tok.Term)] = f
		}
		if f.keep {
			tok.Term = f.term
			out = append(out, tok)
			keys, ids = append(keys, f.key), append(ids, f.id)
		}
	}
	ta.ids = ids
	return out, keys
}

// filter runs the token filters on a copy of tok alone.
func (ta *termAnalyzer) filter(tok *analysis.Token) filtered {
	one := *tok
	one.Term = bytes.Clone(tok.Term) // filters may rewrite a term in place
	stream := analysis.TokenStream{&one}
	for _, f := range ta.filters {
		stream = f.Filter(stream)
	}
	if len(stream) == 0 {
		return filtered{}
	}
	key := string(stream[0].Term)
	id, ok := ta.termIDs[key]
	if !ok {
		id = int32(len(ta.termIDs))
		ta.termIDs[key] = id
	}
	return filtered{term: stream[0].Term, key: key, id: id, keep: true}
}

// field analyses f with ta when f is a text field of ta's analyzer, and
// reports whether it did; any other field is left to analyse itself.
func (ta *termAnalyzer) field(f bindex.Field) (bindex.Field, bool) {
	tf, ok := f.(*document.TextField)
	if !ok || ta == nil || tf.Analyzer() != ta.source {
		return nil, false
	}
	tokens, keys := ta.analyzeInto(tf.Value(), ta.keys[:0])
	ta.keys = keys
	freqs := ta.tokenFrequency(tokens, keys, tf.ArrayPositions(), tf.Options())
	return preAnalysed{TextField: tf, length: len(tokens), freqs: freqs}, true
}

// tokenFrequency is analysis.TokenFrequency(tokens, …) in a few
// allocations per field rather than three per distinct term: the terms'
// strings are given (keys[i] is tokens[i]'s term, ta.ids[i] its id), and
// the frequencies and their locations are cut from one array each. A
// field without term vectors gets frequencies alone, as bleve gives it.
func (ta *termAnalyzer) tokenFrequency(tokens analysis.TokenStream, keys []string, arrayPositions []uint64, options bindex.FieldIndexingOptions) bindex.TokenFrequencies {
	if options.SkipFreqNorm() {
		return analysis.TokenFrequency(tokens, arrayPositions, options)
	}
	freqs, first := ta.countTerms(tokens)
	if options.IncludeTermVectors() {
		ta.locate(tokens, freqs, arrayPositions)
	}
	rv := make(bindex.TokenFrequencies, len(freqs))
	for j, i := range first {
		rv[keys[i]] = &freqs[j]
	}
	return rv
}

// locate gives each term of freqs (countTerms's) the locations of its
// tokens, in token order, each term in its own part of one array.
func (ta *termAnalyzer) locate(tokens analysis.TokenStream, freqs []bindex.TokenFreq, arrayPositions []uint64) {
	locs, ptrs := ta.doc.locations(len(tokens))
	start := 0
	for i := range freqs {
		n := freqs[i].Frequency()
		freqs[i].Locations = ptrs[start : start : start+n]
		start += n
	}
	for i, tok := range tokens {
		// Positions only: no search reads a word's byte offsets from the
		// index, which takes them from the text in memory
		// (offsetsByPosition), and zero offsets are a byte each in zap's
		// locations where a paragraph's offsets were two or three.
		locs[i] = bindex.TokenLocation{ArrayPositions: arrayPositions, Position: tok.Position}
		tf := &freqs[ta.of[i]]
		tf.Locations = append(tf.Locations, &locs[i])
	}
}

// countTerms counts the tokens of each term of a field (tokens, their ids
// in ta.ids) and sets ta.of[i] to tokens[i]'s term's place in the counts;
// first[j] is the first token of the j-th term (valid until the next
// call). Terms are told apart by
// id in arrays stamped per field, where a map keyed by the term cost a
// string hash per token.
func (ta *termAnalyzer) countTerms(tokens analysis.TokenStream) (freqs []bindex.TokenFreq, first []int32) {
	if n := len(ta.termIDs); len(ta.slot) < n {
		ta.slot = append(ta.slot, make([]int32, n-len(ta.slot))...)
		ta.stamp = append(ta.stamp, make([]int32, n-len(ta.stamp))...)
	}
	ta.current++
	if ta.current <= 0 { // wrapped round: no stamp is trusted any more
		clear(ta.stamp)
		ta.current = 1
	}
	freqs, first = ta.doc.freqs(len(tokens)), ta.first[:0]
	ta.of = slices.Grow(ta.of[:0], len(tokens))[:len(tokens)]
	for i, id := range ta.ids {
		if ta.stamp[id] != ta.current {
			ta.stamp[id], ta.slot[id] = ta.current, int32(len(freqs))
			freqs = append(freqs, bindex.TokenFreq{Term: tokens[i].Term})
			first = append(first, int32(i))
		}
		j := ta.slot[id]
		ta.of[i] = j
		freqs[j].SetFrequency(freqs[j].Frequency() + 1)
	}
	ta.first = first
	ta.doc.keepFreqs(len(tokens) - len(freqs))
	return freqs[:len(freqs):len(freqs)], first
}

// preAnalysed is a text field analysed by a termAnalyzer: what
// TextField.Analyze would have recorded, recorded already.
type preAnalysed struct {
	*document.TextField
	length int
	freqs  bindex.TokenFrequencies
}

func (preAnalysed) Analyze()                                            {}
func (p preAnalysed) AnalyzedLength() int                               { return p.length }
func (p preAnalysed) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return p.freqs }

// segments does what bleve's unicode tokenizer does, in one call of the
// word segmenter over the whole text with buffers kept from one text to
// the next. The tokenizer calls the segmenter once per word, and each call
// allocates two slices: a third of all the allocations of indexing.
type segments struct {
	vals   [][]byte
	types  []int
	tokens []analysis.Token
	stream analysis.TokenStream
}

// tokenize returns the unicode tokenizer's tokens of text, valid until the
// next call, or nil where it cannot tell them (a nil s, a segmenter
// error, segments that do not cover text). Plain text's words are found
// without the segmenter (plainwords.go).
func (s *segments) tokenize(text []byte) analysis.TokenStream {
	if s == nil {
		return nil
	}
	if tokens, ok := plainWords(text, s.tokens[:0]); ok {
		s.tokens = tokens
		return s.streamOf(tokens)
	}
	vals, types, _, err := segment.SegmentWordsDirect(text, s.vals[:0], s.types[:0])
	s.vals, s.types = vals, types
	if err != nil {
		return nil
	}
	return s.segmentStream(len(text), vals, types)
}

// segmentStream is the stream of the segmenter's words (every segment
// but those of type None) in s's buffers, positioned from 1, or nil when
// the segments do not cover all textLen bytes.
func (s *segments) segmentStream(textLen int, vals [][]byte, types []int) analysis.TokenStream {
	s.reserve(wordSegments(types))
	out := s.stream[:0]
	start := 0
	for i, v := range vals {
		end := start + len(v)
		if types[i] != segment.None {
			tok := &s.tokens[len(out)]
			*tok = analysis.Token{Term: v, Start: start, End: end, Position: len(out) + 1, Type: tokenType(types[i])}
			out = append(out, tok)
		}
		start = end
	}
	if start != textLen {
		return nil
	}
	return out
}

// wordSegments counts the segments that are words (not of type None).
func wordSegments(types []int) int {
	n := 0
	for _, t := range types {
		if t != segment.None {
			n++
		}
	}
	return n
}

// reserve makes s.tokens n long and s.stream able to hold n tokens,
// growing them only when they are too small.
func (s *segments) reserve(n int) {
	if cap(s.tokens) < n {
		s.tokens = make([]analysis.Token, n)
		s.stream = make(analysis.TokenStream, 0, n)
	}
	s.tokens = s.tokens[:n] // plainWords may have left it shorter
}

// streamOf is a token stream of tokens, in s's buffer.
func (s *segments) streamOf(tokens []analysis.Token) analysis.TokenStream {
	if cap(s.stream) < len(tokens) {
		s.stream = make(analysis.TokenStream, 0, cap(tokens))
	}
	out := s.stream[:0]
	for i := range tokens {
		out = append(out, &tokens[i])
	}
	s.stream = out
	return out
}

// tokenType is the unicode tokenizer's token type for a segment type.
func tokenType(t int) analysis.TokenType {
	switch t {
	case segment.Ideo, segment.Kana:
		return analysis.Ideographic
	case segment.Number:
		return analysis.Numeric
	}
	return analysis.AlphaNumeric
}

// A build analyses some ten million tokens at 100k paragraphs, and each
// kept token's location, pointer and term frequency were allocated anew,
// about a quarter of all the bytes a build allocated, though every
// analysed paragraph is garbage once its segment is written. Instead a
// chunk's documents cut those arrays from blocks of a build's pool
// (chunkArrays), and the blocks go back to the pool when the last of the
// chunk's documents is in a written segment (segmentWriter.write), so the
// collector runs less often.

// blockLen is how many items one pooled block holds: some fifty
// paragraphs' tokens.
const blockLen = 4096

// buildBlocks are the pools of blocks of one build.
type buildBlocks struct {
	locs, ptrs, tfs sync.Pool
}

// newBuildBlocks makes empty pools.
func newBuildBlocks() *buildBlocks {
	return &buildBlocks{
		locs: sync.Pool{New: func() any { return new([blockLen]bindex.TokenLocation) }},
		ptrs: sync.Pool{New: func() any { return new([blockLen]*bindex.TokenLocation) }},
		tfs:  sync.Pool{New: func() any { return new([blockLen]bindex.TokenFreq) }},
	}
}

// slab cuts slices from pooled blocks of items.
type slab[T any] struct {
	block *[blockLen]T
	used  int
	full  []*[blockLen]T
}

// take cuts n items, taking a new block from pool where the current one
// has too few left; more than a block is allocated apart, never pooled.
func (s *slab[T]) take(n int, pool *sync.Pool) []T {
	if n > blockLen {
		return make([]T, n)
	}
	if s.block == nil || blockLen-s.used < n {
		if s.block != nil {
			s.full = append(s.full, s.block)
		}
		s.block, s.used = pool.Get().(*[blockLen]T), 0
	}
	i, j := s.used, s.used+n
	s.used = j
	return s.block[i:j:j]
}

// giveBack returns the last unused items of the last take.
func (s *slab[T]) giveBack(unused int) {
	if s.block != nil && unused <= s.used {
		s.used -= unused
	}
}

// put returns every block to pool.
func (s *slab[T]) put(pool *sync.Pool) {
	for _, b := range s.full {
		pool.Put(b)
	}
	if s.block != nil {
		pool.Put(s.block)
	}
	*s = slab[T]{}
}

// chunkArrays are the arrays of one chunk's documents, cut from a
// build's blocks. Items from a recycled block are overwritten whole
// before they are read again.
type chunkArrays struct {
	pools *buildBlocks
	locs  slab[bindex.TokenLocation]
	ptrs  slab[*bindex.TokenLocation]
	tfs   slab[bindex.TokenFreq]
	live  atomic.Int32 // the chunk's documents not yet released
	keep  atomic.Bool  // never recycled (see segmentWriter.add)
}

// startChunk gives ta the arrays of a chunk of docs documents, which it
// returns (nil where ta does not recycle them).
func (ta *termAnalyzer) startChunk(docs int) *chunkArrays {
	if ta == nil || ta.blocks == nil {
		ta.doc = nil
		return nil
	}
	c := &chunkArrays{pools: ta.blocks}
	c.live.Store(int32(docs))
	ta.doc = c
	return c
}

// locations cuts n token locations and n pointers from c, or allocates
// them where c is nil.
func (c *chunkArrays) locations(n int) ([]bindex.TokenLocation, []*bindex.TokenLocation) {
	if c == nil {
		return make([]bindex.TokenLocation, n), make([]*bindex.TokenLocation, n)
	}
	return c.locs.take(n, &c.pools.locs), c.ptrs.take(n, &c.pools.ptrs)
}

// freqs cuts an empty slice of capacity n from c, or allocates it.
func (c *chunkArrays) freqs(n int) []bindex.TokenFreq {
	if c == nil {
		return make([]bindex.TokenFreq, 0, n)
	}
	return c.tfs.take(n, &c.pools.tfs)[:0]
}

// keepFreqs gives back the last unused of the frequencies freqs cut.
func (c *chunkArrays) keepFreqs(unused int) {
	if c != nil {
		c.tfs.giveBack(unused)
	}
}

// release records that one of c's documents is done with; after the last,
// c's blocks go back to the pool unless c is kept. Nothing may read a
// released document's term frequencies.
func (c *chunkArrays) release() {
	if c == nil || c.live.Add(-1) != 0 || c.keep.Load() {
		return
	}
	c.locs.put(&c.pools.locs)
	c.ptrs.put(&c.pools.ptrs)
	c.tfs.put(&c.pools.tfs)
}
