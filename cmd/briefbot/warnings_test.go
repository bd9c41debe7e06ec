package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/index"
)

// TestServeLogsSkippedFiles checks that a server's (re)load logs each
// file the corpus skipped, since no one reads its standard error.
func TestServeLogsSkippedFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.md"), "The harbour board met on Monday.\n")
	writeFile(t, filepath.Join(dir, "draft.md"), "")
	var logs bytes.Buffer
	cf := corpusFlags{dir: dir}
	ix, err := cf.reopen(context.Background(), index.Options{Logger: discardLogger(&logs)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if out := logs.String(); !strings.Contains(out, "briefing skipped") || !strings.Contains(out, filepath.Join(dir, "draft.md")) {
		t.Errorf("log does not name the skipped file:\n%s", out)
	}
}

// TestReloadWaitsForARewrittenBriefing checks that a reload which reads a
// served briefing as empty (truncated mid-write) keeps serving it, while a
// new empty file is skipped and a deleted one dropped.
func TestReloadWaitsForARewrittenBriefing(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	a := filepath.Join(dir, "a.md")
	writeFile(t, a, "The Zebra Front seized the port of Alphaville.\n")
	writeFile(t, filepath.Join(dir, "b.md"), "The Lynx Council called for talks.\n")
	lib := &library{}
	defer lib.Close()
	cf := corpusFlags{dir: dir}
	build := func(ctx context.Context) (*index.Index, error) { return cf.reopen(ctx, index.Options{}, lib) }
	serves := func(q string) bool {
		res, err := lib.Search(ctx, q, 1, 0)
		return err == nil && len(res.Passages) > 0 && strings.Contains(res.Passages[0].Text, q)
	}
	steps := []struct {
		name    string
		edit    func()
		wantErr string
		serves  string
		gone    string
	}{
		{"first load", func() {}, "", "Zebra Front", ""},
		{"a served briefing truncated", func() { writeFile(t, a, "") }, "a.md is empty now", "Zebra Front", ""},
		{"the rewrite completes", func() { writeFile(t, a, "The Quagga Brigade shelled Betatown.\n") }, "", "Quagga Brigade", "Zebra Front"},
		{"a new empty file is skipped", func() { writeFile(t, filepath.Join(dir, "c.md"), "") }, "", "Quagga Brigade", ""},
		{"a deleted briefing is dropped", func() {
			if err := os.Remove(a); err != nil {
				t.Fatal(err)
			}
		}, "", "Lynx Council", "Quagga Brigade"},
	}
	for _, st := range steps {
		st.edit()
		err := lib.Reload(ctx, build)
		if (err != nil) != (st.wantErr != "") || (err != nil && !strings.Contains(err.Error(), st.wantErr)) {
			t.Fatalf("%s: reload err = %v, want %q", st.name, err, st.wantErr)
		}
		if !serves(st.serves) {
			t.Errorf("%s: not serving %q", st.name, st.serves)
		}
		if st.gone != "" && serves(st.gone) {
			t.Errorf("%s: still serving %q", st.name, st.gone)
		}
	}
}
