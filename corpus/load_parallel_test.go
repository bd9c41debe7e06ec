package corpus

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// TestReadFSParallelOrder: files are parsed on every core, yet the corpus
// keeps path order and, of several bad files, the first in path order is
// the one reported, in every run.
func TestReadFSParallelOrder(t *testing.T) {
	good := fstest.MapFS{}
	var want []string
	for i := range 64 {
		slug := fmt.Sprintf("b%03d", i)
		good[slug+".md"] = &fstest.MapFile{Data: []byte(strings.Repeat("Paragraph about "+slug+".\n\n", 1+i%7))}
		want = append(want, slug)
	}
	bad := fstest.MapFS{}
	for name, f := range good {
		bad[name] = f
	}
	bad["b010.md"] = &fstest.MapFile{Data: []byte("x\x00")}
	bad["b050.md"] = &fstest.MapFile{Data: []byte("y\x00")}
	for run := range 20 {
		c, err := ReadFS(good, "mem")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range c.Briefings {
			got = append(got, b.Slug)
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Fatalf("run %d: order %v", run, got)
		}
		_, err = ReadFS(bad, "mem")
		if !errors.Is(err, ErrNULByte) || !strings.Contains(err.Error(), "b010.md") {
			t.Fatalf("run %d: err = %v, want the first bad file b010.md", run, err)
		}
	}
}
