package index

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/corpus/corpustest"
)

// TestNoTemporaryFolder: where the system's temporary folder cannot be
// used, the index is built on disk in the next folder that can, answers
// to the last bit of every score as one built in the temporary folder
// (in memory, scorch numbered documents in worker-finish order and scores
// changed), and leaves nothing behind; where no folder works, Build says
// where it tried.
func TestNoTemporaryFolder(t *testing.T) {
	c, err := corpustest.Corpus(batchSize+500, 11)
	if err != nil {
		t.Fatal(err)
	}
	questions := corpustest.Questions(24, 11)
	usual, err := Build(context.Background(), c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := answers(t, usual, questions)
	usual.Close()

	blocker := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(blocker, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	unusable := filepath.Join(blocker, "tmp") // under a file: no folder can be made
	cache := filepath.Join(t.TempDir(), "cache")
	for range 2 {
		ix, err := Build(context.Background(), c, Options{scratch: []string{unusable, cache}})
		if err != nil {
			t.Fatal(err)
		}
		if got := answers(t, ix, questions); got != want {
			t.Errorf("built in the fallback folder, answers differ: %s", firstDiff(want, got))
		}
		if files, mem := segmentsAtRoot(t, ix); files != 1 || mem != 0 {
			t.Errorf("%d segments on disk and %d in memory, want 1 and 0", files, mem)
		}
		ix.Close()
		if left, _ := os.ReadDir(cache); len(left) != 0 {
			t.Errorf("left in the fallback folder: %v", left)
		}
	}

	_, err = Build(context.Background(), c, Options{scratch: []string{unusable, filepath.Join(blocker, "cache")}})
	if err == nil || !strings.Contains(err.Error(), unusable) || !strings.Contains(err.Error(), "--index-dir") {
		t.Errorf("no usable folder: err %v, want one naming %s and --index-dir", err, unusable)
	}
}

// TestScratchRoots: the temporary folder comes first, then the user's
// cache.
func TestScratchRoots(t *testing.T) {
	tmp, cache := t.TempDir(), t.TempDir()
	t.Setenv("TMPDIR", tmp)
	t.Setenv("XDG_CACHE_HOME", cache)
	got := scratchRoots()
	if want := []string{tmp, filepath.Join(cache, "briefbot")}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("scratchRoots() = %v, want %v", got, want)
	}
}

// segmentsAtRoot counts the segments ix searches, on disk and in memory.
func segmentsAtRoot(t *testing.T, ix *Index) (files, mem uint64) {
	t.Helper()
	stats, _ := ix.idx.StatsMap()["index"].(map[string]any)
	files, ok1 := stats["TotFileSegmentsAtRoot"].(uint64)
	mem, ok2 := stats["TotMemorySegmentsAtRoot"].(uint64)
	if !ok1 || !ok2 {
		t.Fatalf("no segment counts in bleve's stats: %v", stats)
	}
	return files, mem
}
