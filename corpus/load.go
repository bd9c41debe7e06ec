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
	"slices"
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

// Load reads every .md, .txt, .html and .htm file in dir and its subfolders. It fails on
// the first bad file, naming it, rather than serving a partial corpus; an
// empty file is skipped and named in the corpus's Warnings instead.
func Load(dir string) (*Corpus, error) {
	if err := checkDir(dir); err != nil {
		return nil, err
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
	if err := checkDir(dir); err != nil {
		return nil, err
	}
	return ReadFS(os.DirFS(dir), dir)
}

// checkDir says in a sentence, not a system call's words, why dir cannot be
// read as a corpus folder. The error still wraps the cause for errors.Is.
func checkDir(dir string) error {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &dirError{fmt.Sprintf("corpus folder %s does not exist", dir), err}
	case errors.Is(err, fs.ErrPermission):
		return &dirError{fmt.Sprintf("corpus folder %s cannot be read: permission denied", dir), err}
	case err != nil:
		return fmt.Errorf("corpus folder %s: %w", dir, err)
	case !info.IsDir():
		return fmt.Errorf("corpus folder %s is a file, not a folder of briefings", dir)
	}
	return nil
}

// dirError is a corpus folder problem told in a sentence, wrapping the
// system's error for errors.Is without repeating its wording.
type dirError struct {
	msg string
	err error
}

func (e *dirError) Error() string { return e.msg }
func (e *dirError) Unwrap() error { return e.err }

// ReadFS is Read over any file system; label names it in errors. Every .md,
// .txt, .html and .htm file below the root is a briefing whose slug is its path without
// the extension ("sahel/mali-101"); files and folders whose names start
// with "." are ignored.
func ReadFS(fsys fs.FS, label string) (*Corpus, error) {
	names, err := briefingFiles(fsys)
	if err != nil {
		return nil, fmt.Errorf("corpus: %s: %w", label, err)
	}
	c := &Corpus{}
	seen := map[string]string{}
	parsed := readAll(fsys, names, label)
	for i, name := range names {
		shown := path.Join(label, name)
		b, err := parsed[i].b, parsed[i].err
		if errors.Is(err, ErrEmpty) {
			c.Warnings = append(c.Warnings, Warning{File: shown, Slug: strings.TrimSuffix(name, path.Ext(name)), Msg: "skipped: " + ErrEmpty.Error()})
			continue
		}
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

// parsedFile is one file's briefing or error.
type parsedFile struct {
	b   *Briefing
	err error
}

// readAll reads and parses the named files on every core. Each result lands
// at its file's position, so what ReadFS does with them (order, warnings,
// which error is reported first) is the same as reading them one by one.
func readAll(fsys fs.FS, names []string, label string) []parsedFile {
	out := make([]parsedFile, len(names))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(names)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				b, err := readBriefing(fsys, names[i], path.Join(label, names[i]))
				out[i] = parsedFile{b, err}
			}
		}()
	}
	for i := range names {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// briefingFiles lists the briefing files below the root of fsys, in path
// order, skipping hidden files and folders.
func briefingFiles(fsys fs.FS) ([]string, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		hidden := name != "." && strings.HasPrefix(d.Name(), ".")
		switch {
		case d.IsDir() && hidden:
			return fs.SkipDir
		case d.IsDir() || hidden:
			return nil
		}
		if IsBriefingFile(name) {
			names = append(names, name)
		}
		return nil
	})
	sort.Strings(names)
	return names, err
}

// readBriefing reads and parses one file; its slug is its path below the
// root without the extension.
func readBriefing(fsys fs.FS, name, shown string) (*Briefing, error) {
	data, err := readLimited(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("corpus: %s: %w", shown, err)
	}
	b, err := parse(shown, data, true) // data is ours, read for this alone
	if err != nil {
		return nil, err
	}
	b.Slug = strings.TrimSuffix(name, path.Ext(name))
	return b, nil
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
	// Factions are cited many times each: look briefings up by slug.
	bySlug := make(map[string]*Briefing, len(c.Briefings))
	for _, b := range c.Briefings {
		bySlug[b.Slug] = b
	}
	valid := func(r Ref) bool {
		if r == (Ref{}) {
			return true // a curated faction the text never defines
		}
		b := bySlug[r.Briefing]
		return b != nil && r.Paragraph >= 1 && r.Paragraph <= len(b.Paragraphs)
	}
	for _, f := range x.Factions {
		if f == nil || f.Name == "" || !valid(f.Defined) {
			return ErrStaleExtraction
		}
		for _, r := range slices.Concat(f.Passages, f.Mentions) {
			if !valid(r.Ref) {
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

// sizeHint is the size f says it has, bounded by MaxFileSize, or 0.
func sizeHint(f fs.File) int {
	info, err := f.Stat()
	if err != nil || info.Size() < 0 {
		return 0
	}
	return int(min(info.Size(), MaxFileSize))
}

// readAllSized is io.ReadAll into a buffer of size+1 bytes to start with:
// io.ReadAll starts small and doubles, which at 100k paragraphs copied the
// files' 56 MB about twice over and left as much garbage.
func readAllSized(r io.Reader, size int) ([]byte, error) {
	buf := make([]byte, 0, size+1) // +1: EOF is seen without growing
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// readLimited reads a file but refuses, without reading it whole, one that
// is larger than MaxFileSize.
func readLimited(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := readAllSized(io.LimitReader(f, MaxFileSize+1), sizeHint(f))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("%w (over %d bytes)", ErrTooLarge, MaxFileSize)
	}
	return data, nil
}
