package index

import "sync"

// searchScratch holds the buffers one search carves its candidates'
// analysed texts and split sentences from. Searches borrow one from
// scratches and give it back when their results are made, so that
// successive searches reuse the same arrays: the candidates' tokens,
// terms, sentences and words were some 300 KB of each question's 500 KB
// allocated at 100k paragraphs. What is carved from a scratch is valid
// until the scratch goes back; nothing of it reaches the results
// (passages hold the corpus's own strings).
type searchScratch struct {
	tokens arena[textToken]
	keys   arena[string]
	words  arena[word]
	sents  arena[sentence]
	texts  arena[analysedText]
	bytes  []byte // the text being analysed, as bytes
}

// scratches lends searchScratches. A sync.Pool suits them: a scratch
// holds no cache worth keeping through a collection, only arrays.
type scratches struct{ pool sync.Pool }

// get returns an empty scratch; nil from a nil s, for an Index made
// without one (a nil scratch allocates as it goes).
func (s *scratches) get() *searchScratch {
	if s == nil {
		return nil
	}
	if sc, ok := s.pool.Get().(*searchScratch); ok {
		return sc
	}
	return &searchScratch{}
}

// put empties sc and keeps it for the next search, unless one of its
// arrays grew past maxScratch elements (a page far down the results):
// those are left to the collector rather than held by an idle pool.
func (s *scratches) put(sc *searchScratch) {
	if s == nil || sc == nil {
		return
	}
	big := max(cap(sc.tokens.buf), cap(sc.keys.buf), cap(sc.words.buf), cap(sc.sents.buf), cap(sc.texts.buf), cap(sc.bytes))
	if big > maxScratch {
		return
	}
	sc.tokens.reset()
	sc.keys.reset()
	sc.words.reset()
	sc.sents.reset()
	sc.texts.reset()
	s.pool.Put(sc)
}

// maxScratch bounds the elements of any one array a kept scratch holds:
// 30 candidates of a few hundred words need under 16k.
const maxScratch = 1 << 16

// arena hands out slices of one backing array, growing to a new, larger
// array when it runs out (slices handed out before keep the old one).
// Handed-out slices are capped at their length, so appending to one never
// writes over another's elements.
type arena[T any] struct{ buf []T }

// minChunk is the least array an arena allocates.
const minChunk = 1024

// take returns n zero elements.
func (a *arena[T]) take(n int) []T {
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]T, 0, max(n, 2*cap(a.buf), minChunk))
	}
	from := len(a.buf)
	a.buf = a.buf[:from+n]
	return a.buf[from : from+n : from+n]
}

// reset zeroes what was handed out from the current array (dropping the
// references it holds) and hands it out again from the start.
func (a *arena[T]) reset() {
	clear(a.buf)
	a.buf = a.buf[:0]
}

// tokensFor returns n zero tokens, from sc when there is one.
func (sc *searchScratch) tokensFor(n int) []textToken {
	if sc == nil {
		return make([]textToken, n)
	}
	return sc.tokens.take(n)
}

// keysFor returns an empty slice with room for n terms, from sc when
// there is one; nil without, for analyzeInto to size.
func (sc *searchScratch) keysFor(n int) []string {
	if sc == nil {
		return nil
	}
	return sc.keys.take(n)[:0]
}

// wordsFor returns an empty slice with room for n words, from sc when
// there is one.
func (sc *searchScratch) wordsFor(n int) []word {
	if sc == nil {
		return make([]word, 0, n)
	}
	return sc.words.take(n)[:0]
}

// sentencesFor returns n zero sentences, from sc when there is one.
func (sc *searchScratch) sentencesFor(n int) []sentence {
	if sc == nil {
		return make([]sentence, n)
	}
	return sc.sents.take(n)
}

// analysedFor returns a new analysedText holding at, from sc when there
// is one.
func (sc *searchScratch) analysedFor(at analysedText) *analysedText {
	if sc == nil {
		return &at
	}
	p := &sc.texts.take(1)[0]
	*p = at
	return p
}

// bytesOf returns text as bytes: in sc's buffer, valid until the next
// call, when there is one.
func (sc *searchScratch) bytesOf(text string) []byte {
	if sc == nil {
		return []byte(text)
	}
	sc.bytes = append(sc.bytes[:0], text...)
	return sc.bytes
}
