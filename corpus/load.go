package corpus

import (
	"embed"

	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

//go:embed briefings
var embedded embed.FS

// Default loads the briefings embedded in the binary, so that briefbot
// answers with no set-up at all.
func Default() (*Corpus, error) {
	sub, err := fs.Sub(embedded, "briefings")
	if err != nil {
		return nil, fmt.Errorf("corpus: embedded briefings: %w", err)
	}
	return LoadFS(sub, "embedded")
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
	c.extract()
	return c, nil
}

// New builds a corpus from briefings already parsed, running extraction.
// It is how tests and generators make corpora without files.
func New(briefings ...*Briefing) (*Corpus, error) {
	seen := map[string]bool{}
	for _, b := range briefings {
		if seen[b.Slug] {
			return nil, fmt.Errorf("corpus: %w %q", ErrDuplicateSlug, b.Slug)
		}
		seen[b.Slug] = true
	}
	if len(briefings) == 0 {
		return nil, fmt.Errorf("corpus: %w", ErrNoBriefings)
	}
	c := &Corpus{Briefings: briefings}
	c.extract()
	return c, nil
}

// extract derives factions and events from the parsed briefings.
func (c *Corpus) extract() {
	c.Factions, c.Acronyms = extractFactions(c.Briefings)
	c.Events = extractEvents(c.Briefings)
	linkEvents(c)
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
