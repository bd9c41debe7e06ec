package fit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadSkip: slugs by line or by blank, comments to the end of their
// line ignored (the format corpus's TestWithoutHeld reads too); no file
// name skips nothing; a missing file is an error.
func TestReadSkip(t *testing.T) {
	file := written(t, "check.slugs", "aden-emergency\n\n# held out: not-a-slug\n 2006-lebanon-war mali # a note\n")
	got, err := readSkip(file)
	if err != nil || len(got) != 3 || !got["aden-emergency"] || !got["2006-lebanon-war"] || !got["mali"] {
		t.Errorf("readSkip(%s) = %v, %v; want the three slugs", file, got, err)
	}
	if got, err := readSkip(""); err != nil || len(got) != 0 {
		t.Errorf(`readSkip("") = %v, %v; want nothing`, got, err)
	}
	if _, err := readSkip(filepath.Join(t.TempDir(), "none")); err == nil {
		t.Error("readSkip of a missing file: no error")
	}
}

// TestCollectSkip: a folder whose every briefing is skipped is an error,
// not an empty fit.
func TestCollectSkip(t *testing.T) {
	dir := filepath.Dir(written(t, "only.md", "# Only\n\nA paragraph.\n"))
	if _, err := collect(t.Context(), os.Stderr, dir, 0, map[string]bool{"only": true}); err == nil {
		t.Error("collect with every briefing skipped: no error")
	} else if !strings.Contains(err.Error(), "every briefing skipped") {
		t.Errorf("collect with every briefing skipped: %v; want that every briefing was skipped", err)
	}
}

// written writes text to a file name in a new temporary folder and
// returns its path.
func written(t *testing.T, name, text string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}
