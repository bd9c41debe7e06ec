package wnfile

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestEachLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.verb")
	text := "  1 This software and database is being provided\n  2 licence\n\nkill v 2 @ ~\ndie v 1 @\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := EachLine(path, func(fs []string) error { got = append(got, fs[0]); return nil }); err != nil {
		t.Fatal(err)
	}
	if want := []string{"kill", "die"}; !slices.Equal(got, want) {
		t.Errorf("lines %q, want %q", got, want)
	}
	bad := errors.New("bad line")
	err := EachLine(path, func(fs []string) error {
		if fs[0] == "die" {
			return bad
		}
		return nil
	})
	if !errors.Is(err, bad) || !strings.Contains(err.Error(), "index.verb:5") {
		t.Errorf("error %v, want it to wrap the callback's and name index.verb:5", err)
	}
	if err := EachLine(filepath.Join(t.TempDir(), "missing"), func([]string) error { return nil }); err == nil {
		t.Error("a missing file gave no error")
	}
}
