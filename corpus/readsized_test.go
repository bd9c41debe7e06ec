package corpus

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

// TestReadAllSized: whatever size a file claims, it is read whole, and a
// read error is passed on.
func TestReadAllSized(t *testing.T) {
	data := []byte(strings.Repeat("paragraph text\n\n", 300))
	for _, hint := range []int{0, 1, len(data) - 1, len(data), len(data) + 100} {
		got, err := readAllSized(iotest.HalfReader(bytes.NewReader(data)), hint)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("hint %d: read %d bytes, err %v; want %d", hint, len(got), err, len(data))
		}
	}
	broken := errors.New("disk gone")
	if _, err := readAllSized(io.MultiReader(bytes.NewReader(data), iotest.ErrReader(broken)), len(data)); !errors.Is(err, broken) {
		t.Errorf("err %v, want %v", err, broken)
	}
}

// TestReadLimitedRefusesLargeFiles: a file over MaxFileSize is refused.
func TestReadLimitedRefusesLargeFiles(t *testing.T) {
	dir := t.TempDir()
	for name, size := range map[string]int{"max.md": MaxFileSize, "over.md": MaxFileSize + 1} {
		if err := os.WriteFile(filepath.Join(dir, name), bytes.Repeat([]byte("a"), size), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if data, err := readLimited(os.DirFS(dir), "max.md"); err != nil || len(data) != MaxFileSize {
		t.Errorf("max.md: %d bytes, %v", len(data), err)
	}
	if _, err := readLimited(os.DirFS(dir), "over.md"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("over.md: %v, want ErrTooLarge", err)
	}
}
