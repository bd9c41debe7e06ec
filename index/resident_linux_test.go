package index

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"github.com/blevesearch/bleve/v2/index/scorch"
	zap "github.com/blevesearch/zapx/v17"
)

// TestRestDropsSegmentPages: after searches the segment's mapping holds
// resident pages; Rest takes them out of the process, and the next
// search maps again what it reads (TestRestAnswersTheSame: the same
// answers).
func TestRestDropsSegmentPages(t *testing.T) {
	ix := mali(t)
	for _, q := range []string{"Who leads Ansar Dine?", "What happened at In Amenas?", "When did France intervene?"} {
		if _, err := ix.Search(context.Background(), q, 5, 0); err != nil {
			t.Fatal(err)
		}
	}
	maps := segmentMappings(t, ix)
	if len(maps) == 0 {
		t.Fatal("no segment is mapped from a file")
	}
	if kb := residentKB(t, maps); kb == 0 {
		t.Fatal("no page of the segments is resident after searches")
	}
	if err := ix.Rest(); err != nil {
		t.Fatal(err)
	}
	if kb := residentKB(t, maps); kb != 0 {
		t.Errorf("%d kB of the segments resident after Rest, want 0", kb)
	}
	if _, err := ix.Search(context.Background(), "Who leads Ansar Dine?", 5, 0); err != nil {
		t.Fatal(err)
	}
	if kb := residentKB(t, maps); kb == 0 {
		t.Error("a search after Rest mapped no page of the segments again")
	}
}

// segmentMappings returns the start address of each of ix's segments
// mapped from a file.
func segmentMappings(t *testing.T, ix *Index) map[uintptr]bool {
	t.Helper()
	r, err := ix.reader()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	out := map[uintptr]bool{}
	for _, s := range r.(*scorch.IndexSnapshot).Segments() {
		if m, ok := s.Segment().(*zap.Segment); ok && len(m.Data()) > 0 {
			out[uintptr(unsafe.Pointer(&m.Data()[0]))] = true
		}
	}
	return out
}

// residentKB sums the resident kilobytes (smaps's Rss) of the mappings
// that start at the addresses of maps.
func residentKB(t *testing.T, maps map[uintptr]bool) int {
	t.Helper()
	data, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	kb, in := 0, false
	for line := range strings.Lines(string(data)) {
		if start, _, ok := strings.Cut(line, "-"); ok && !strings.Contains(start, " ") && !strings.HasSuffix(start, ":") {
			a, err := strconv.ParseUint(start, 16, 64)
			in = err == nil && maps[uintptr(a)]
			continue
		}
		if rest, ok := strings.CutPrefix(line, "Rss:"); ok && in {
			var n int
			if _, err := fmt.Sscanf(strings.TrimSpace(rest), "%d kB", &n); err != nil {
				t.Fatal(err)
			}
			kb += n
		}
	}
	return kb
}
