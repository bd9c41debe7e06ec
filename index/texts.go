package index

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/briefbot/briefbot/corpus"
)

// textsFile holds every paragraph's text, in corpus order, beside a
// persisted index, so that a serving process can read a paragraph when a
// passage is re-ranked or shown rather than keep the whole corpus's text on
// the Go heap (56 MB of a 100k-paragraph corpus, most of the live heap).
// Its first line names the corpus version (Hash) it holds. A folder written
// before this file existed gains it when first reopened.
const textsFile = "texts-v1.bin"

// textsHeader is the first line of a texts file for the corpus of hash.
func textsHeader(hash string) string { return "briefbot paragraph texts v1 " + hash + "\n" }

// writeTexts writes c's paragraphs' text to path, by way of a temporary
// file renamed into place, so that a crash never leaves a short file.
func writeTexts(path, hash string, c *corpus.Corpus) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), ".texts-*")
	if err != nil {
		return fmt.Errorf("index: texts: %w", err)
	}
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(f.Name())
		}
	}()
	if err := writeTextsTo(f, hash, c); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("index: texts: %w", err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("index: texts: %w", err)
	}
	return nil
}

func writeTextsTo(w io.Writer, hash string, c *corpus.Corpus) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	_, _ = bw.WriteString(textsHeader(hash))
	for _, b := range c.Briefings {
		for _, p := range b.Paragraphs {
			_, _ = bw.WriteString(p.Text)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("index: texts: %w", err)
	}
	return nil
}

// paragraphTexts reads paragraphs' text from a texts file, keeping the
// most recently read in a small cache. It is safe for concurrent use. Its
// file is never closed explicitly: the corpus reads it for as long as it
// is reachable, and os.File closes itself once collected.
type paragraphTexts struct {
	f      *os.File
	starts [][]int64 // per briefing, where each paragraph starts, then where the last ends
	first  []int     // per briefing, its first paragraph's place in the corpus (the cache's key)
	cache  textCache
}

// openTexts opens the texts file at path for c, whose version is hash. It
// fails when the file is missing or does not hold exactly c's text.
func openTexts(path, hash string, c *corpus.Corpus) (*paragraphTexts, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("index: texts: %w", err)
	}
	t, err := newParagraphTexts(f, hash, c)
	if err != nil {
		return nil, errors.Join(err, f.Close())
	}
	return t, nil
}

func newParagraphTexts(f *os.File, hash string, c *corpus.Corpus) (*paragraphTexts, error) {
	head := textsHeader(hash)
	buf := make([]byte, len(head))
	if _, err := f.ReadAt(buf, 0); err != nil || string(buf) != head {
		return nil, fmt.Errorf("index: texts: %s is not this corpus's (err %v)", f.Name(), err)
	}
	t := &paragraphTexts{f: f, starts: make([][]int64, len(c.Briefings)), first: make([]int, len(c.Briefings))}
	at, k := int64(len(head)), 0
	for i, b := range c.Briefings {
		t.first[i] = k
		k += len(b.Paragraphs)
		t.starts[i] = make([]int64, len(b.Paragraphs)+1)
		for j, p := range b.Paragraphs {
			t.starts[i][j] = at
			at += int64(len(p.Text))
		}
		t.starts[i][len(b.Paragraphs)] = at
	}
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("index: texts: %w", err)
	}
	if info.Size() != at {
		return nil, fmt.Errorf("index: texts: %s holds %d bytes, the corpus %d", f.Name(), info.Size(), at)
	}
	return t, nil
}

// read returns the text of paragraph n (1-based) of the i-th briefing.
func (t *paragraphTexts) read(i, n int) (string, error) {
	if i < 0 || i >= len(t.starts) || n < 1 || n >= len(t.starts[i]) {
		return "", fmt.Errorf("index: texts: no paragraph %d in briefing %d", n, i)
	}
	key := t.first[i] + n - 1
	if s, ok := t.cache.get(key); ok {
		return s, nil
	}
	start, end := t.starts[i][n-1], t.starts[i][n]
	buf := make([]byte, end-start)
	if _, err := t.f.ReadAt(buf, start); err != nil {
		return "", fmt.Errorf("index: texts: read paragraph %d of briefing %d: %w", n, i, err)
	}
	s := string(buf)
	t.cache.put(key, s)
	return s, nil
}

// textCacheSlots bounds the cache of paragraphs read: a question reads
// its 30 candidates and what introduces them, and the pages after the
// first re-read them. About 2 MB of 500-byte paragraphs.
const textCacheSlots = 4096

// textCache keeps recently read paragraphs, one per slot, a paragraph's
// slot fixed by its place in the corpus: a newer one simply replaces an
// older one of the same slot.
type textCache struct {
	mu    sync.Mutex
	keys  [textCacheSlots]int // place in the corpus plus one; 0: empty
	texts [textCacheSlots]string
}

func (c *textCache) get(key int) (string, bool) {
	slot := key % textCacheSlots
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.keys[slot] != key+1 {
		return "", false
	}
	return c.texts[slot], true
}

func (c *textCache) put(key int, s string) {
	slot := key % textCacheSlots
	c.mu.Lock()
	defer c.mu.Unlock()
	c.keys[slot], c.texts[slot] = key+1, s
}
