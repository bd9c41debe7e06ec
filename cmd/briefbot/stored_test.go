package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestAskFromStoredCorpus: with --index-dir, a command on an unchanged
// corpus folder takes the corpus stored beside the index (warnings
// included) and answers as from the folder; an edited file is read again;
// a damaged stored corpus is named in a warning and the folder read
// instead.
func TestAskFromStoredCorpus(t *testing.T) {
	dir := t.TempDir()
	src, idx := filepath.Join(dir, "corpus"), filepath.Join(dir, "idx")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	port := filepath.Join(src, "port.md")
	settle := func(path, body string, age time.Duration) {
		writeFile(t, path, body)
		then := time.Now().Add(-age)
		if err := os.Chtimes(path, then, then); err != nil {
			t.Fatal(err)
		}
	}
	settle(port, "---\ntitle: Port\n---\n\nThe dockers of Port Elan stopped work on 3 March.\n", time.Hour)
	settle(filepath.Join(src, "empty.md"), "", time.Hour)
	ask := func(q string) (string, string) {
		t.Helper()
		out, errs, err := runCLI(t, "ask", "--corpus", src, "--index-dir", idx, q)
		if err != nil {
			t.Fatalf("ask: %v\n%s", err, errs)
		}
		return out, errs
	}
	first, firstErrs := ask("Who stopped work?")
	stored, _ := filepath.Glob(filepath.Join(idx, "*", "corpus-v*.gob"))
	if len(stored) != 1 || !strings.Contains(first, "dockers") {
		t.Fatalf("stored %v, answered %q", stored, first)
	}
	if again, errs := ask("Who stopped work?"); again != first || errs != firstErrs || !strings.Contains(errs, "empty.md") {
		t.Errorf("from the stored corpus: %q, stderr %q; want %q, %q", again, errs, first, firstErrs)
	}
	settle(port, "---\ntitle: Port\n---\n\nThe crane drivers of Port Elan stopped work on 3 March.\n", time.Minute)
	if out, _ := ask("Who stopped work?"); !strings.Contains(out, "crane drivers") {
		t.Errorf("after an edit: %q", out)
	}
	stored, _ = filepath.Glob(filepath.Join(idx, "*", "corpus-v*.gob"))
	for _, path := range stored {
		if err := os.WriteFile(path, []byte("damaged"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	named := func(errs string) bool {
		for _, path := range stored {
			if strings.Contains(errs, path+" is corrupt") {
				return true
			}
		}
		return false
	}
	if out, errs := ask("Who stopped work?"); !strings.Contains(out, "crane drivers") || !named(errs) {
		t.Errorf("with the stored corpus damaged: %q, stderr %q", out, errs)
	}
}
