package index

import (
	"bytes"
	"context"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/corpus"
)

// TestPersistedNames: a reopened index takes its proper names from the
// file stored beside it (not from the text), and a damaged or missing file
// falls back to reading the text, with a warning for damage, and is
// written again.
func TestPersistedNames(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "idx")
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	build := func() *Index {
		t.Helper()
		c, err := corpus.ReadDefault()
		if err != nil {
			t.Fatal(err)
		}
		ix, err := Build(ctx, c, Options{Dir: dir, Logger: log})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ix.Close() })
		return ix
	}
	first := build()
	want, wantMentions := first.names, first.mentions
	if len(want) == 0 || len(wantMentions) == 0 {
		t.Fatal("no proper names in the embedded briefing")
	}
	file := filepath.Join(currentVersion(t, dir), namesFile)
	// A marker only the stored file holds shows it was read.
	stored := maps.Clone(want)
	stored["zzmarker"] = true
	marked := maps.Clone(wantMentions)
	marked["zzmarker"] = []mention{{0, 7}}
	if err := writeNames(filepath.Dir(file), properNouns{stored, marked}); err != nil {
		t.Fatal(err)
	}
	if got := build(); !got.names["zzmarker"] || len(got.names) != len(stored) || !slices.Equal(got.mentions["zzmarker"], marked["zzmarker"]) {
		t.Fatalf("reopened index did not use the stored names (%d names, marker %v, %v)", len(got.names), got.names["zzmarker"], got.mentions["zzmarker"])
	}
	tests := []struct {
		name    string
		damage  func()
		warning bool
	}{
		{"garbage file", func() { os.WriteFile(file, []byte("garbage"), 0o644) }, true},
		{"missing file", func() { os.Remove(file) }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logs.Reset()
			tt.damage()
			if got := build(); !maps.Equal(got.names, want) || !maps.EqualFunc(got.mentions, wantMentions, slices.Equal) {
				t.Fatalf("names after fallback: %d, want %d", len(got.names), len(want))
			}
			if warned := strings.Contains(logs.String(), "proper names unusable"); warned != tt.warning {
				t.Errorf("warning %v, want %v:\n%s", warned, tt.warning, logs.String())
			}
			if got, err := readNames(filepath.Dir(file)); err != nil || !maps.Equal(got.words, want) || !maps.EqualFunc(got.mentions, wantMentions, slices.Equal) {
				t.Errorf("names not stored again: %v", err)
			}
		})
	}
}
