package index

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/corpus/corpustest"
)

// TestTextOnDiskAnswersAsInMemory: an index whose corpus reads its text
// from the texts file (Options.TextOnDisk) answers every question exactly
// as one holding the text, lists the same extraction (mentions' sentences
// are read from the file), and holds no paragraph text itself. A folder
// without the file, as an older version persisted it, or with a damaged
// one, still opens: the file is written again.
func TestTextOnDiskAnswersAsInMemory(t *testing.T) {
	src := writeCorpus(t, 3000, 42)
	dir := filepath.Join(t.TempDir(), "idx")
	held, heldCorpus := openDir(t, src, dir)
	questions := corpustest.Questions(40, 7)
	for _, f := range heldCorpus.Factions[:10] {
		questions = append(questions, "Who are the "+f.Name+"?")
	}
	want, wantX := answers(t, held, questions), gobBytes(t, listed(heldCorpus.Extraction()))
	path := filepath.Join(versionDir(dir, held.Hash()), textsFile)
	for _, tt := range []struct {
		name  string
		spoil func() error
	}{
		{"as built", func() error { return nil }},
		{"written by an older version", func() error { return os.Remove(path) }},
		{"cut short", func() error { return os.Truncate(path, 1000) }},
		{"of another corpus", func() error { return os.WriteFile(path, []byte(textsHeader("other")), 0o644) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.spoil(); err != nil {
				t.Fatal(err)
			}
			ix, c := openDirWith(t, src, dir, Options{TextOnDisk: true})
			if !c.TextMoved() || c.Briefings[0].Paragraphs[0].Text != "" {
				t.Fatal("the corpus still holds its text: the test checks nothing")
			}
			if got := answers(t, ix, questions); got != want {
				t.Errorf("ranks otherwise with text on disk: %s", firstDiff(want, got))
			}
			for _, q := range questions[:10] {
				if w, g := answerJSON(t, held, q), answerJSON(t, ix, q); w != g {
					t.Errorf("%q: with text on disk\n%s\nwant\n%s", q, g, w)
				}
			}
			if got := gobBytes(t, listed(c.Extraction())); !bytes.Equal(wantX, got) {
				t.Error("extraction differs with text on disk")
			}
		})
	}
}

// TestTextOnDiskWithoutDir: an index built in a temporary folder reads its
// text from a temporary file, which outlives the folder until Close.
func TestTextOnDiskWithoutDir(t *testing.T) {
	c, err := corpus.ReadDefault()
	if err != nil {
		t.Fatal(err)
	}
	want := make([]string, 0, len(c.Briefings[0].Paragraphs))
	for _, p := range c.Briefings[0].Paragraphs {
		want = append(want, p.Text)
	}
	ix, err := Build(context.Background(), c, Options{TextOnDisk: true, scratch: []string{t.TempDir()}})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for i := range want {
		got, err := c.Briefings[0].Text(i + 1)
		if err != nil || got != want[i] {
			t.Fatalf("paragraph %d: %q, %v; want %q", i+1, got, err, want[i])
		}
	}
	if _, err := c.Briefings[0].Text(len(want) + 1); err == nil {
		t.Error("a paragraph past the last one read without error")
	}
}

// openDirWith is openDir with opts (Dir set to dir).
func openDirWith(t *testing.T, src, dir string, opts Options) (*Index, *corpus.Corpus) {
	t.Helper()
	c, err := corpus.Read(src)
	if err != nil {
		t.Fatal(err)
	}
	opts.Dir = dir
	ix, err := Build(context.Background(), c, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix, c
}

// TestIndexedTextFromIntroducers: with the text on disk, what is indexed
// for each paragraph of a transcript (its introduction read from the
// introducers table) is what indexedText reads with the text in memory.
func TestIndexedTextFromIntroducers(t *testing.T) {
	for _, noTurns := range []bool{false, true} {
		held := transcript()
		want := make([]string, len(held.Paragraphs))
		for i := range want {
			text, body, err := indexedText(held, i+1, noTurns)
			if err != nil {
				t.Fatal(err)
			}
			want[i] = text[body:] + "|" + text[:body]
		}
		c, err := corpus.New(transcript())
		if err != nil {
			t.Fatal(err)
		}
		ix, err := Build(context.Background(), c, Options{TextOnDisk: true, noTurns: noTurns, scratch: []string{t.TempDir()}})
		if err != nil {
			t.Fatal(err)
		}
		if !c.TextMoved() {
			t.Fatal("the corpus still holds its text: the test checks nothing")
		}
		for i, w := range want {
			text, body, err := ix.indexedText(c.Briefings[0], i+1)
			if got := text[body:] + "|" + text[:body]; err != nil || got != w {
				t.Errorf("noTurns %v, ¶%d: %q, %v; want %q", noTurns, i+1, got, err, w)
			}
		}
		ix.Close()
	}
}
