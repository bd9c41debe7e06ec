package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestWatcherSeesEveryEdit: each edit a person makes to a corpus folder
// changes the watcher's view, including a same-size edit that leaves the
// modification time as it was (coarse file-system clocks), a file in a
// subfolder, and a removal; an untouched folder does not.
func TestWatcherSeesEveryEdit(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.md")
	sub := filepath.Join(dir, "sahel", "b.md")
	mod := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	write := func(path, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, mod, mod); err != nil {
			t.Fatal(err)
		}
	}
	write(file, "---\ndate: 2013-01-10\n---\nText.\n")
	clock := mod.Add(time.Second) // the file is young: its content counts
	w := newWatcher(dir)
	w.now = func() time.Time { return clock }

	steps := []struct {
		name    string
		edit    func()
		changed bool
	}{
		{"nothing", func() {}, false},
		{"same size, same time", func() { write(file, "---\ndate: 2014-01-10\n---\nText.\n") }, true},
		{"nothing again", func() {}, false},
		{"new file in a subfolder", func() { write(sub, "Other.\n") }, true},
		{"subfolder file edited", func() { write(sub, "Changed, longer.\n") }, true},
		{"file removed", func() { os.Remove(sub) }, true},
		{"appended paragraph", func() { write(file, "---\ndate: 2014-01-10\n---\nText.\n\nMore.\n") }, true},
	}
	for _, s := range steps {
		s.edit()
		if got := w.changed(); got != s.changed {
			t.Errorf("%s: changed = %v, want %v", s.name, got, s.changed)
		}
	}

	// Once a file is older than recentEdit, an unchanged size and time is
	// trusted and the file is not read again.
	clock = mod.Add(time.Hour)
	w.changed()
	write(file, "---\ndate: 2015-01-10\n---\nText.\n\nMore.\n")
	if w.changed() {
		t.Error("an old file with the same size and time was read again")
	}
}
