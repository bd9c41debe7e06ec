package evaluate

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/briefbot/briefbot/corpus"
)

// ErrNoBriefings means a folder holds no briefing (SLUG.md, SLUG.txt,
// SLUG.html or SLUG.htm).
var ErrNoBriefings = errors.New("no briefings (SLUG.md, SLUG.txt or SLUG.html) found")

// Briefing is one evaluation briefing: the parsed text and what is
// expected of it. Questions and Expected are empty when their file is
// absent.
type Briefing struct {
	Slug      string
	Briefing  *corpus.Briefing
	Questions []Question
	Expected  Expected
	// HasExpected reports whether SLUG.expected.json exists.
	HasExpected bool
}

// Load reads every briefing in dir with its questions and expectations,
// in slug order. It fails on the first bad file, naming it (and the line).
func Load(dir string) ([]*Briefing, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	var out []*Briefing
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") || !corpus.IsBriefingFile(name) {
			continue
		}
		b, err := loadBriefing(dir, name)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("evaluate: %s: %w", dir, ErrNoBriefings)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Slug < out[j].Slug })
	return out, nil
}

// loadBriefing reads one briefing file and the files beside it.
func loadBriefing(dir, name string) (*Briefing, error) {
	path := filepath.Join(dir, name)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	cb, err := corpus.Parse(path, data)
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	b := &Briefing{Slug: cb.Slug, Briefing: cb}
	base := filepath.Join(dir, strings.TrimSuffix(name, filepath.Ext(name)))
	if b.Questions, err = readQuestionsFile(base + ".questions.jsonl"); err != nil {
		return nil, err
	}
	b.HasExpected, err = readExpected(base+".expected.json", &b.Expected)
	if err != nil {
		return nil, err
	}
	return b, nil
}

// readQuestionsFile reads a questions file; an absent file is no questions.
func readQuestionsFile(path string) ([]Question, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	defer f.Close()
	return ReadQuestions(f, path)
}

// ReadQuestions reads JSON Lines of Questions, naming the line of any error.
func ReadQuestions(r io.Reader, name string) ([]Question, error) {
	var qs []Question
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var q Question
		if err := json.Unmarshal(line, &q); err != nil {
			return nil, fmt.Errorf("evaluate: %s:%d: %w", name, n, err)
		}
		if q.Q == "" || len(q.Gold) == 0 {
			return nil, fmt.Errorf("evaluate: %s:%d: need \"q\" and a non-empty \"gold\"", name, n)
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("evaluate: %s: %w", name, err)
	}
	return qs, nil
}

// readExpected fills x from path, reporting whether the file exists.
func readExpected(path string, x *Expected) (bool, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("evaluate: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(x); err != nil {
		return false, fmt.Errorf("evaluate: %s: %w", path, err)
	}
	return true, nil
}
