package corpus

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// TestStamp: a folder's stamps list exactly the files Read reads, in its
// order, with their sizes and times, and match a later stamping only while
// nothing changed and every file had settled before the first.
func TestStamp(t *testing.T) {
	dir := t.TempDir()
	hour := time.Now().Add(-time.Hour).Truncate(time.Second)
	for name, body := range map[string]string{
		"b.md": "# B\n\nText.\n", "a/c.txt": "Text.\n", "notes.json": "{}", ".hidden.md": "x", ".git/d.md": "x",
	} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, hour, hour); err != nil {
			t.Fatal(err)
		}
	}
	s, err := Stamp(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []FileStamp{{"a/c.txt", 6, hour.UnixNano()}, {"b.md", 11, hour.UnixNano()}}
	if s.Dir != dir || !reflect.DeepEqual(s.Files, want) {
		t.Fatalf("stamps %v of %s, want %v", s.Files, s.Dir, want)
	}
	again, err := Stamp(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !s.Matches(again) {
		t.Error("an unchanged folder does not match")
	}
	racy := s
	racy.Taken = hour.Add(time.Second)
	if racy.Matches(again) {
		t.Error("stamps taken a second after a change match")
	}
	if _, err := Stamp(filepath.Join(dir, "missing")); err == nil {
		t.Error("a missing folder stamps")
	}
}
