package index

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/util"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zap "github.com/blevesearch/zapx/v17"
)

// Why briefbot writes the compact index's segments itself rather than
// through scorch's offline builder (scorch.Builder): the builder keeps a
// batch's documents in a map (bleve_index_api.Batch.IndexOps) and numbers
// them in the map's iteration order, which Go randomises. BM25 scores do
// not depend on a document's number, but bleve's disjunction searcher over
// more than ten clauses adds its clauses' scores in the order a heap of
// document numbers pops them, so a different numbering changes a score in
// its last digits, and that can change which paragraph is the 30th
// candidate. Here every segment holds its documents in corpus order and the
// segments are merged in order, so the index, scores included, is a
// function of the corpus alone. scorch's online Batch has the same map
// (and analysis finishing in any order), so the in-memory index is not
// deterministic in this sense either; it is only the fallback where no
// temporary folder can be made.

// segmentWriter builds the segments of a compact index: one per batchSize
// documents, numbered in the order add is given them, persisted under dir
// until merge joins them. Each batch's segment is built in a goroutine of
// its own, beside the analysis of the next batches (building one took as
// long as analysing it, and stalled the analysis), on up to half the
// cores: more builds at once held more batches in memory for no gain on
// two cores, where analysis and extraction keep the other one busy. Each
// goes to a file named by its place in the order, so the segments and
// their merge do not depend on which build finishes first.
type segmentWriter struct {
	plugin *zap.ZapPlugin
	dir    string
	paths  []string
	batch  []bindex.Document
	first  bindex.Document // see install

	slots chan struct{} // one per segment being built at once
	wg    sync.WaitGroup
	mu    sync.Mutex
	err   error // the first build's error
}

// newSegmentWriter keeps its segments in a new folder under parent.
func newSegmentWriter(parent string) (*segmentWriter, error) {
	dir, err := os.MkdirTemp(parent, "segments-")
	if err != nil {
		return nil, err
	}
	slots := make(chan struct{}, max(1, runtime.GOMAXPROCS(0)/2))
	return &segmentWriter{plugin: &zap.ZapPlugin{}, dir: dir, slots: slots}, nil
}

// add appends docs, in order, writing a segment for each full batch.
func (w *segmentWriter) add(docs []bindex.Document) error {
	if w.first == nil && len(docs) > 0 {
		w.first = docs[0]
		if d, ok := w.first.(analysed); ok {
			d.keep() // install indexes it again
		}
	}
	w.batch = append(w.batch, docs...)
	for len(w.batch) >= batchSize {
		w.start(w.batch[:batchSize])
		// A new array: the old one is the building segment's.
		w.batch = append(make([]bindex.Document, 0, batchSize+len(docs)), w.batch[batchSize:]...)
	}
	return w.failed()
}

// start builds docs into the next segment in a goroutine of its own,
// once a slot is free.
func (w *segmentWriter) start(docs []bindex.Document) {
	path := filepath.Join(w.dir, fmt.Sprintf("%08d.zap", len(w.paths)))
	w.paths = append(w.paths, path)
	w.slots <- struct{}{}
	w.wg.Go(func() {
		defer func() { <-w.slots }()
		if err := w.write(docs, path); err != nil {
			w.mu.Lock()
			w.err = cmp.Or(w.err, err)
			w.mu.Unlock()
		}
	})
}

// failed is the error of the first build that failed so far, if any, so
// that a failed build stops the adding early.
func (w *segmentWriter) failed() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// wait waits for every segment being built and returns the first build's
// error.
func (w *segmentWriter) wait() error {
	w.wg.Wait()
	return w.failed()
}

// write makes docs one segment, numbered in their order, at path.
func (w *segmentWriter) write(docs []bindex.Document, path string) error {
	seg, _, err := w.plugin.New(docs)
	if err != nil {
		return fmt.Errorf("index: segment: %w", err)
	}
	defer seg.Close()
	persist, ok := seg.(segment.UnpersistedSegment)
	if !ok {
		return fmt.Errorf("index: segment type %T cannot be written", seg)
	}
	if err := persist.Persist(path); err != nil {
		return fmt.Errorf("index: write segment: %w", err)
	}
	// zap keeps nothing of the documents once the segment is built (its
	// interim state is reset before New returns): their arrays can serve
	// the next ones.
	for _, d := range docs {
		if a, ok := d.(analysed); ok {
			a.release()
		}
	}
	return nil
}

// merge writes what is left of the last batch and merges every segment,
// in order, into one, whose path it returns, its field records in
// canonical order (zapcanon.go). Like scorch's builder it
// merges at most mergeMax at a time, the result joining the end of the
// queue.
func (w *segmentWriter) merge() (string, error) {
	if len(w.batch) > 0 {
		w.start(w.batch)
		w.batch = nil
	}
	if err := w.wait(); err != nil {
		return "", err
	}
	if len(w.paths) == 0 {
		return "", fmt.Errorf("index: no paragraphs to index")
	}
	for n := len(w.paths); len(w.paths) > 1; n++ {
		k := min(mergeMax, len(w.paths))
		out := filepath.Join(w.dir, fmt.Sprintf("%08d.zap", n))
		if err := w.mergeInto(w.paths[:k], out); err != nil {
			return "", err
		}
		w.paths = append(w.paths[k:], out)
	}
	// One segment or many, zapx wrote its field records in a map's order.
	if err := canonicalSections(w.paths[0]); err != nil {
		return "", err
	}
	return w.paths[0], nil
}

// mergeInto merges the segments at paths, in order, into out and removes
// them.
func (w *segmentWriter) mergeInto(paths []string, out string) error {
	segs := make([]segment.Segment, 0, len(paths))
	defer func() {
		for _, s := range segs {
			_ = s.Close()
		}
	}()
	for _, p := range paths {
		s, err := w.plugin.Open(p)
		if err != nil {
			return fmt.Errorf("index: open segment: %w", err)
		}
		segs = append(segs, s)
	}
	if _, _, err := w.plugin.Merge(segs, make([]*roaring.Bitmap, len(segs)), out, nil, nil); err != nil {
		return fmt.Errorf("index: merge segments: %w", err)
	}
	for _, p := range paths {
		if err := os.Remove(p); err != nil {
			return err
		}
	}
	return nil
}

// install makes path a bleve index whose one segment is the file seg.
// scorch has no call that adopts a segment, so its offline builder writes
// the index around one document (the first one added: the builder cannot
// close empty) and seg then replaces the segment it wrote. What the
// builder records of its segment (root.bolt) is the file's name and its
// segment type and version, forced to this writer's own, never anything
// of its content.
func (w *segmentWriter) install(path string, m mapping.IndexMapping, seg string) error {
	b, err := newOfflineBuilder(path, m, w.plugin, w.dir)
	if err != nil {
		return err
	}
	if err := b.Index(w.first); err != nil {
		return err
	}
	if err := b.Close(); err != nil {
		return err
	}
	written, err := filepath.Glob(filepath.Join(path, "store", "*.zap"))
	if err != nil || len(written) != 1 {
		return fmt.Errorf("index: the builder wrote %d segments, want 1 (%v)", len(written), err)
	}
	return os.Rename(seg, written[0])
}

// remove waits for the segments being built, then deletes the segments
// folder and whatever is left in it.
func (w *segmentWriter) remove() error {
	w.wg.Wait()
	return os.RemoveAll(w.dir)
}

// newOfflineBuilder prepares path as a bleve index folder, as
// bleve.NewBuilder does, and returns scorch's builder for its store, which
// takes analysed documents and writes segments of plugin's type and
// version, in a folder under tmp.
func newOfflineBuilder(path string, m mapping.IndexMapping, plugin *zap.ZapPlugin, tmp string) (*scorch.Builder, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	mappingJSON, err := util.MarshalJSON(m)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(path, 0o700); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(path, "index_meta.json"), []byte(indexMetaJSON), 0o600); err != nil {
		return nil, err
	}
	return scorch.NewBuilder(map[string]any{
		"path":                filepath.Join(path, "store"),
		"buildPathPrefix":     tmp,
		"forceSegmentType":    plugin.Type(),
		"forceSegmentVersion": int(plugin.Version()),
		"internal":            map[string][]byte{string(util.MappingInternalKey): mappingJSON},
	})
}
