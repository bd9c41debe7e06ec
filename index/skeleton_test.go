package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/corpus"
)

// storedCorpusFolder is a corpus folder of every format the parser reads
// (Markdown, plain text, HTML with an infobox, wiki and browser copies), a
// briefing in a subfolder and an empty file that Read skips with a warning,
// every file last changed an hour ago so that its stamps are trusted.
func storedCorpusFolder(t *testing.T) string {
	t.Helper()
	src := t.TempDir()
	files := map[string]string{
		"crisis-in-mali-101.txt": "../corpus/briefings/crisis-in-mali-101.txt",
		"formats/pandoc.md":      "../corpus/testdata/formats/pandoc.md",
		"formats/wiki.txt":       "../corpus/testdata/formats/wiki-export.txt",
		"formats/browser.txt":    "../corpus/testdata/formats/browser-copy.txt",
		"encyclopedia.html":      "../corpus/testdata/html/encyclopedia.html",
	}
	for name, from := range files {
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		writeSettled(t, filepath.Join(src, name), data)
	}
	writeSettled(t, filepath.Join(src, "empty.md"), nil)
	return src
}

// writeSettled writes a file last changed an hour ago.
func writeSettled(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
}

// storeCorpus reads src as a command with --index-dir does the first time
// (stamps, then the folder) and builds its index under dir, which stores
// the corpus.
func storeCorpus(t *testing.T, src, dir string) *corpus.Corpus {
	t.Helper()
	stamps := stamp(t, src)
	c, err := corpus.Read(src)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{Dir: dir, Stamps: &stamps})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	fresh, err := corpus.Read(src) // unextracted, as ReadStored returns it
	if err != nil {
		t.Fatal(err)
	}
	return fresh
}

func stamp(t *testing.T, src string) corpus.Stamps {
	t.Helper()
	s, err := corpus.Stamp(src)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestStoredCorpusRoundTrip: the corpus stored beside an index reads back
// field for field as reading its folder does (warnings, infoboxes, back
// matter, sections and their outer headings, text), with the same hash,
// and an index built on it answers as one built on the folder.
func TestStoredCorpusRoundTrip(t *testing.T) {
	src, dir := storedCorpusFolder(t), filepath.Join(t.TempDir(), "idx")
	want := storeCorpus(t, src, dir)
	got, hash, err := ReadStored(dir, stamp(t, src))
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Warnings) == 0 || len(want.Briefings) < 5 {
		t.Fatalf("the folder reads as %d briefings and %d warnings: the test checks too little", len(want.Briefings), len(want.Warnings))
	}
	if !reflect.DeepEqual(got, want) {
		for i := range want.Briefings {
			if !reflect.DeepEqual(got.Briefings[i], want.Briefings[i]) {
				t.Errorf("briefing %q reads back otherwise:\n%#v\nwant\n%#v", want.Briefings[i].Slug, *got.Briefings[i], *want.Briefings[i])
			}
		}
		t.Fatalf("stored corpus differs (warnings %v, want %v)", got.Warnings, want.Warnings)
	}
	if Hash(got) != Hash(want) || hash != Hash(want) {
		t.Error("stored corpus hashes otherwise")
	}
	ix, err := Build(context.Background(), got, Options{Dir: dir, TextOnDisk: true, Hash: hash})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if !ix.Reused {
		t.Error("the stored corpus did not reopen its index")
	}
	ref, _ := openDir(t, src, t.TempDir())
	for _, q := range []string{"Who are the MNLA?", "When did the coup happen?", "What is Ansar Dine?"} {
		if w, g := answerJSON(t, ref, q), answerJSON(t, ix, q); w != g {
			t.Errorf("%q: from the stored corpus\n%s\nwant\n%s", q, g, w)
		}
	}
}

// TestStoredCorpusStale: any change to the folder that could change what
// it reads as (a file edited, even to the same size, added, removed or
// renamed, another folder), a file changed too close to its stamps to be
// sure, or another extractor or mapping version, leaves the stored corpus
// unused: ErrNoStoredCorpus, and the folder is read.
func TestStoredCorpusStale(t *testing.T) {
	edit := func(extra string) func(t *testing.T, src string) corpus.Stamps {
		return func(t *testing.T, src string) corpus.Stamps {
			mali := filepath.Join(src, "crisis-in-mali-101.txt")
			data, err := os.ReadFile(mali)
			if err != nil {
				t.Fatal(err)
			}
			writeSettled(t, mali, append(data, extra...))
			past := time.Now().Add(-30 * time.Minute) // not the hour ago it was stamped at
			if err := os.Chtimes(mali, past, past); err != nil {
				t.Fatal(err)
			}
			return stamp(t, src)
		}
	}
	for _, tt := range []struct {
		name   string
		change func(t *testing.T, src string) corpus.Stamps
	}{
		{"edited", edit("\n\nA paragraph more.\n")},
		{"edited to the same size", edit("")},
		{"a file added", func(t *testing.T, src string) corpus.Stamps {
			writeSettled(t, filepath.Join(src, "more.md"), []byte("# More\n\nA paragraph.\n"))
			return stamp(t, src)
		}},
		{"a file removed", func(t *testing.T, src string) corpus.Stamps {
			if err := os.Remove(filepath.Join(src, "empty.md")); err != nil {
				t.Fatal(err)
			}
			return stamp(t, src)
		}},
		{"a file renamed", func(t *testing.T, src string) corpus.Stamps {
			if err := os.Rename(filepath.Join(src, "encyclopedia.html"), filepath.Join(src, "encyclopaedia.html")); err != nil {
				t.Fatal(err)
			}
			return stamp(t, src)
		}},
		{"another folder", func(t *testing.T, src string) corpus.Stamps {
			now := stamp(t, src)
			now.Dir += "/."
			return now
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src, dir := storedCorpusFolder(t), filepath.Join(t.TempDir(), "idx")
			storeCorpus(t, src, dir)
			if _, _, err := ReadStored(dir, stamp(t, src)); err != nil {
				t.Fatalf("unchanged: %v", err)
			}
			if c, _, err := ReadStored(dir, tt.change(t, src)); !errors.Is(err, ErrNoStoredCorpus) {
				t.Errorf("got %v (a corpus: %v), want ErrNoStoredCorpus", err, c != nil)
			}
		})
	}
}

// TestStoredCorpusRacy: stamps taken within moments of a file's change
// are not trusted (the file could change again within its time's
// granularity), until the folder is stamped and stored again once the file
// has settled.
func TestStoredCorpusRacy(t *testing.T) {
	src, dir := storedCorpusFolder(t), filepath.Join(t.TempDir(), "idx")
	mali := filepath.Join(src, "crisis-in-mali-101.txt")
	now := time.Now()
	if err := os.Chtimes(mali, now, now); err != nil {
		t.Fatal(err)
	}
	storeCorpus(t, src, dir)
	if _, _, err := ReadStored(dir, stamp(t, src)); !errors.Is(err, ErrNoStoredCorpus) {
		t.Errorf("a file changed as it was stamped: got %v, want ErrNoStoredCorpus", err)
	}
	settled := now.Add(-time.Minute)
	if err := os.Chtimes(mali, settled, settled); err != nil {
		t.Fatal(err)
	}
	storeCorpus(t, src, dir)
	if _, _, err := ReadStored(dir, stamp(t, src)); err != nil {
		t.Errorf("settled and stored again: %v", err)
	}
}

// TestStoredCorpusVersions: a corpus stored by other extractors (whose
// version covers the parser) or another mapping is not used.
func TestStoredCorpusVersions(t *testing.T) {
	now := stamp(t, storedCorpusFolder(t))
	if !(skeletonHead{Extractors: corpus.ExtractorVersion, Mapping: mappingVersion, Stamps: now}).fits(now) {
		t.Fatal("this version's own stored corpus is not used")
	}
	for _, h := range []skeletonHead{
		{Extractors: "0", Mapping: mappingVersion, Stamps: now},
		{Extractors: corpus.ExtractorVersion, Mapping: "0", Stamps: now},
	} {
		if h.fits(now) {
			t.Errorf("a corpus stored by extractors %q, mapping %q is used", h.Extractors, h.Mapping)
		}
	}
}

// TestStoredCorpusCorrupt: a damaged stored corpus or texts file is an
// error naming the stored corpus's file, never a panic or a wrong corpus;
// the next start that reads the folder stores it again.
func TestStoredCorpusCorrupt(t *testing.T) {
	src := storedCorpusFolder(t)
	for _, tt := range []struct {
		name  string
		spoil func(skeleton, texts string) error
	}{
		{"stored corpus cut short", func(skeleton, _ string) error { return truncateHalf(skeleton) }},
		{"a byte of the stored corpus changed", func(skeleton, _ string) error { return flipLastByte(skeleton) }},
		{"stored corpus garbage", func(skeleton, _ string) error { return os.WriteFile(skeleton, []byte("not a gob"), 0o644) }},
		{"texts cut short", func(_, texts string) error { return truncateHalf(texts) }},
		{"texts of another corpus", func(_, texts string) error { return os.WriteFile(texts, []byte(textsHeader("other")), 0o644) }},
		{"texts missing", func(_, texts string) error { return os.Remove(texts) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "idx")
			want := storeCorpus(t, src, dir)
			skeleton := filepath.Join(versionDir(dir, Hash(want)), skeletonFile)
			if err := tt.spoil(skeleton, filepath.Join(filepath.Dir(skeleton), textsFile)); err != nil {
				t.Fatal(err)
			}
			_, _, err := ReadStored(dir, stamp(t, src))
			if err == nil || errors.Is(err, ErrNoStoredCorpus) || !strings.Contains(err.Error(), skeleton) {
				t.Fatalf("got %v, want an error naming %s", err, skeleton)
			}
			storeCorpus(t, src, dir) // the folder read again, the index reopened
			if _, _, err := ReadStored(dir, stamp(t, src)); err != nil {
				t.Errorf("not stored again: %v", err)
			}
		})
	}
}

func truncateHalf(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	return os.Truncate(path, info.Size()/2)
}

func flipLastByte(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	data[len(data)-1] ^= 1
	return os.WriteFile(path, data, 0o644)
}
