package corpus

import (
	"embed"
	"errors"

	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"
)

//go:embed briefings
var embedded embed.FS

// Default loads the briefings embedded in the binary, so that briefbot
// answers with no set-up at all.
func Default() (*Corpus, error) {
	c, err := ReadDefault()
	if err != nil {
		return nil, err
	}
	c.Extract()
	return c, nil
}

// ReadDefault is Default without extraction; see Read.
func ReadDefault() (*Corpus, error) {
	sub, err := fs.Sub(embedded, "briefings")
	if err != nil {
		return nil, fmt.Errorf("corpus: embedded briefings: %w", err)
	}
	return ReadFS(sub, "embedded")
}

// Load reads every .md and .txt file directly inside dir. It fails on the
// first bad file, naming it, rather than serving a partial corpus.
func Load(dir string) (*Corpus, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("corpus: %s: not a directory", dir)
	}
	return LoadFS(os.DirFS(dir), dir)
}

// LoadFS is Load over any file system; label names it in errors.
func LoadFS(fsys fs.FS, label string) (*Corpus, error) {
	c, err := ReadFS(fsys, label)
	if err != nil {
		return nil, err
	}
	c.Extract()
	return c, nil
}

// Read is Load without extraction: it reads, parses and validates every
// briefing, and leaves Factions, Events and Acronyms empty until Extract or
// Restore. It lets a persisted index restore what it extracted before,
// instead of paying for extraction again on an unchanged corpus.
func Read(dir string) (*Corpus, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("corpus: %s: not a directory", dir)
	}
	return ReadFS(os.DirFS(dir), dir)
}

// ReadFS is Read over any file system; label names it in errors.
func ReadFS(fsys fs.FS, label string) (*Corpus, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("corpus: %s: %w", label, err)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	c := &Corpus{}
	seen := map[string]string{}
	for _, e := range entries {
		name := e.Name()
		ext := strings.ToLower(path.Ext(name))
		if e.IsDir() || (ext != ".md" && ext != ".txt") || strings.HasPrefix(name, ".") {
			continue
		}
		shown := path.Join(label, name)
		data, err := readLimited(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("corpus: %s: %w", shown, err)
		}
		b, err := Parse(shown, data)
		if err != nil {
			return nil, err
		}
		if prev, ok := seen[b.Slug]; ok {
			return nil, fmt.Errorf("corpus: %s: %w %q with %s", shown, ErrDuplicateSlug, b.Slug, prev)
		}
		seen[b.Slug] = shown
		c.Briefings = append(c.Briefings, b)
	}
	if len(c.Briefings) == 0 {
		return nil, fmt.Errorf("corpus: %s: %w", label, ErrNoBriefings)
	}
	return c, nil
}

// New builds a corpus from briefings already parsed, running extraction.
// It is how tests and generators make corpora without files, and it holds
// them to what Parse guarantees: a slug, at least one paragraph, paragraphs
// numbered from 1 in order, and no slug twice.
func New(briefings ...*Briefing) (*Corpus, error) {
	seen := map[string]bool{}
	for i, b := range briefings {
		if err := b.validate(); err != nil {
			return nil, fmt.Errorf("corpus: briefing %d: %w", i+1, err)
		}
		if seen[b.Slug] {
			return nil, fmt.Errorf("corpus: %w %q", ErrDuplicateSlug, b.Slug)
		}
		seen[b.Slug] = true
	}
	if len(briefings) == 0 {
		return nil, fmt.Errorf("corpus: %w", ErrNoBriefings)
	}
	c := &Corpus{Briefings: briefings}
	c.Extract()
	return c, nil
}

// validate checks what Parse guarantees of every briefing it returns.
func (b *Briefing) validate() error {
	switch {
	case b == nil:
		return errors.New("nil briefing")
	case b.Slug == "":
		return ErrNoSlug
	case len(b.Paragraphs) == 0:
		return fmt.Errorf("%q: %w", b.Slug, ErrEmpty)
	}
	for i, p := range b.Paragraphs {
		if p.Number != i+1 {
			return fmt.Errorf("%q: %w: paragraph %d is numbered %d", b.Slug, ErrNumbering, i+1, p.Number)
		}
	}
	return nil
}

// Extract derives factions, acronyms and events from the briefings, once;
// later calls do nothing.
func (c *Corpus) Extract() {
	if c.extracted {
		return
	}
	c.Factions, c.Acronyms = extractFactions(c.Briefings)
	c.Events = extractEvents(c.Briefings)
	linkEvents(c)
	c.extracted = true
}

// Extracted reports whether Extract or Restore has run.
func (c *Corpus) Extracted() bool { return c.extracted }

// Extraction is everything Extract derives. It depends only on the
// briefings' text, so it can be stored beside a persisted index and
// restored while the corpus is unchanged.
type Extraction struct {
	Factions []*Faction
	Acronyms []Acronym
	Events   []Event
}

// Extraction returns what Extract derived.
func (c *Corpus) Extraction() Extraction {
	return Extraction{Factions: c.Factions, Acronyms: c.Acronyms, Events: c.Events}
}

// ErrStaleExtraction means a stored Extraction does not fit the corpus.
var ErrStaleExtraction = errors.New("stored extraction does not match the corpus")

// Restore adopts an Extraction stored from an identical corpus, instead of
// extracting again. It checks that every citation still points at a
// paragraph; on error the corpus is unchanged and Extract is the remedy.
func (c *Corpus) Restore(x Extraction) error {
	valid := func(r Ref) bool {
		if r == (Ref{}) {
			return true // a curated faction the text never defines
		}
		b := c.Briefing(r.Briefing)
		return b != nil && r.Paragraph >= 1 && r.Paragraph <= len(b.Paragraphs)
	}
	for _, f := range x.Factions {
		if f == nil || f.Name == "" || !valid(f.Defined) {
			return ErrStaleExtraction
		}
		for _, r := range f.Mentions {
			if !valid(r) {
				return ErrStaleExtraction
			}
		}
	}
	for _, e := range x.Events {
		if !valid(e.Ref) {
			return ErrStaleExtraction
		}
	}
	for _, f := range x.Factions {
		f.match = newMatcher(f)
	}
	c.Factions, c.Acronyms, c.Events = x.Factions, x.Acronyms, x.Events
	c.extracted = true
	return nil
}

// eachBriefing applies f to every briefing, spreading the work over the
// available cores, and returns the results in briefing order. Extraction
// dominates start-up on large corpora and briefings are independent.
func eachBriefing[T any](bs []*Briefing, f func(*Briefing) T) []T {
	out := make([]T, len(bs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(bs)) {
		wg.Go(func() {
			for i := range next {
				out[i] = f(bs[i])
			}
		})
	}
	for i := range bs {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// readLimited reads a file but refuses, without reading it whole, one that
// is larger than MaxFileSize.
func readLimited(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("%w (over %d bytes)", ErrTooLarge, MaxFileSize)
	}
	return data, nil
}
