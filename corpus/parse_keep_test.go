package corpus_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/corpus"
)

// paragraphsGolden records, per briefing, a hash of every paragraph's
// section, line and text as the parser read them before it learnt the raw
// formats (wiki exports, browser copies, converted Markdown). Reading new
// formats must not move a single byte of the briefings it already read:
// the dev questions and expectations were written against them.
const paragraphsGolden = "testdata/formats/paragraphs.golden"

// TestParagraphsKept compares the dev briefings and the embedded one with
// the golden record. Briefings added after the record are not in it.
// Regenerate (go test ./corpus -run TestParagraphsKept -update) only for a
// change meant to alter these briefings' paragraphs.
func TestParagraphsKept(t *testing.T) {
	got := paragraphDigests(t)
	if *update {
		writeParagraphDigests(t, got)
		return
	}
	data, err := os.ReadFile(paragraphsGolden)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		name, want, _ := strings.Cut(line, " ")
		if got[name] == "" {
			t.Errorf("%s: in the golden record but not found", name)
			continue
		}
		if got[name] != want {
			t.Errorf("%s: paragraphs changed: %s, want %s", name, got[name], want)
		}
	}
}

// paragraphDigests parses every dev briefing and the embedded one and
// returns, per file, its paragraph count and a hash of its paragraphs.
func paragraphDigests(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata/eval/dev", "*"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, "briefings/crisis-in-mali-101.txt")
	out := map[string]string{}
	for _, f := range files {
		if !isBriefingFile(f) {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b, err := corpus.Parse(filepath.Base(f), data)
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.New()
		for _, p := range b.Paragraphs {
			fmt.Fprintf(h, "%d\x00%s\x00%d\x00%s\x00", p.Number, p.Section, p.Line, p.Text)
		}
		out[filepath.ToSlash(f)] = fmt.Sprintf("%d:%s", len(b.Paragraphs), hex.EncodeToString(h.Sum(nil))[:16])
	}
	return out
}

func isBriefingFile(f string) bool {
	return strings.HasSuffix(f, ".md") || strings.HasSuffix(f, ".txt")
}

func writeParagraphDigests(t *testing.T, got map[string]string) {
	t.Helper()
	var lines []string
	for name, d := range got {
		lines = append(lines, name+" "+d)
	}
	sort.Strings(lines)
	if err := os.WriteFile(paragraphsGolden, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}
