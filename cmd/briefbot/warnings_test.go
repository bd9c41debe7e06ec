package main

import (
	"bytes"
	"context"
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
