package index

import (
	"errors"
	"fmt"

	"github.com/blevesearch/bleve/v2/index/scorch"
	zap "github.com/blevesearch/zapx/v17"
)

// releaseSegmentPages takes the index's mapped segment files out of the
// process's resident memory (dropMapped) and reports what failed.
//
// Why: zapx maps a segment and reads it in place, and the kernel maps a
// cached file page together with its neighbours (64 KB at a time), so a
// server that has answered a few dozen questions at 100k paragraphs keeps
// 20-60 MB of the segment resident for good (more while the page cache
// still holds the file from the build that wrote it), up to as much as
// the heap it keeps at rest. The pages stay in the page cache, shared and reclaimable; the
// next search maps again those it reads, a minor fault per 64 KB, with
// the same bytes, so no answer can change.
//
// The reader holds its segments open (scorch counts references), so no
// mapping is unmapped, and its addresses reused, while it is advised.
func (ix *Index) releaseSegmentPages() error {
	r, err := ix.reader()
	if err != nil {
		return fmt.Errorf("index: rest: %w", err)
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil // not scorch's: nothing of ours is mapped
	}
	var errs []error
	for _, s := range snap.Segments() {
		// Only zapx's file segment, whose Data is the mapping of its whole
		// file: a segment built in memory (zapx's SegmentBase) is the Go
		// heap's, which the advice would zero.
		if m, ok := s.Segment().(*zap.Segment); ok && len(m.Data()) > 0 {
			if err := dropMapped(m.Data()); err != nil {
				errs = append(errs, fmt.Errorf("index: rest: %w", err))
			}
		}
	}
	return errors.Join(errs...)
}
