package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/briefbot/briefbot/corpus"
)

// Stage is one step of Build and how long it took. Stages that ran side
// by side (extraction beside indexing) overlap.
type Stage struct {
	Name string
	Took time.Duration
}

// stages records Build's stages in order.
type stages []Stage

func (s *stages) add(name string, took time.Duration) { *s = append(*s, Stage{name, took}) }

// time runs f as the stage name.
func (s *stages) time(name string, f func() error) error {
	start := time.Now()
	err := f()
	s.add(name, time.Since(start))
	return err
}

// openReadOnly is how briefbot opens a built index: it never writes to it,
// so scorch starts no persister or merger.
func openReadOnly(path string) (bleve.Index, error) {
	return bleve.OpenUsing(path, map[string]any{"read_only": true})
}

// buildCompact writes c's index to path as one segment with bleve's
// offline builder, so searches walk one term dictionary rather than one
// per batch. Paragraphs are analysed on every core (offline.go) while c
// is extracted alongside.
func buildCompact(ctx context.Context, c *corpus.Corpus, m mapping.IndexMapping, path string, opts Options, st *stages) error {
	took := make(chan time.Duration, 1)
	go func() {
		start := time.Now()
		c.Extract()
		took <- time.Since(start)
	}()
	err := writeCompact(ctx, c, m, path, opts, st)
	st.add("extract", <-took)
	return err
}

// writeCompact analyses every paragraph on every core and writes the
// documents, in corpus order, to segments that it then merges into one:
// the index at path (see segments.go for why not through scorch's
// builder), calling opts.Progress as it goes.
func writeCompact(ctx context.Context, c *corpus.Corpus, m mapping.IndexMapping, path string, opts Options, st *stages) (err error) {
	progress := opts.Progress
	w, err := newSegmentWriter(filepath.Dir(path))
	if err != nil {
		return fmt.Errorf("index: create %s: %w", path, err)
	}
	defer func() { err = errors.Join(err, w.remove()) }()
	total, done := c.Paragraphs(), 0
	err = st.time("index", func() error {
		return analyseInOrder(ctx, chunks(c, opts), m, func(docs []bindex.Document) error {
			if err := w.add(docs); err != nil {
				return err
			}
			done += len(docs)
			if progress != nil && done < total {
				progress(done, total)
			}
			return nil
		})
	})
	if err != nil {
		return err // the caller removes the half-built folder
	}
	if err := st.time("merge", func() error {
		releaseAnalysis(total)
		seg, err := w.merge()
		if err != nil {
			return err
		}
		return w.install(path, m, seg)
	}); err != nil {
		return fmt.Errorf("index: merge %s: %w", path, err)
	}
	if progress != nil {
		progress(total, total)
	}
	return nil
}

// releaseAnalysis returns to the system the heap the analysis used, now
// garbage, before the merge maps every segment (90 MB at 100k paragraphs,
// all of it read): otherwise the resident size at the merge was the
// analysis's heap plus the segments, the build's peak (about 100 MB more
// at 100k). It costs one collection, while extraction may still run,
// and a scan of the whole heap returning its free pages one madvise at a
// time, which the merge then faults in again: so only a build of at least
// releaseMin paragraphs releases. Below that the segments are a few
// megabytes and the release cost more than it saved: eval, which builds
// one small index per briefing, spent a quarter of its CPU there (most of
// its system time).
func releaseAnalysis(paragraphs int) {
	if paragraphs >= releaseMin {
		debug.FreeOSMemory()
	}
}

// releaseMin is the smallest build whose analysis's heap is returned to
// the system before the merge: 20 segments of batchSize, whose maps (some
// 20 MB) begin to matter beside the heap.
const releaseMin = 20_000

// mergeMax is how many segments are merged at a time:
// enough that 100k paragraphs (100 segments of batchSize) are merged in
// one pass, each paragraph rewritten once.
const mergeMax = 128

// buildEphemeral builds c's index for this process only: compact, in a
// temporary folder that is removed as soon as the index is open (its open
// files live on until Close), so nothing is left behind even by a crash.
// Where the system's temporary folder cannot be used it tries the user's
// cache folder (scratchRoots), and fails, saying where it tried, when none
// works. It never falls back to memory: scorch numbers documents in memory
// in the order its workers finish, so scores differed in their last
// digits from one start to the next.
func buildEphemeral(ctx context.Context, c *corpus.Corpus, m mapping.IndexMapping, opts Options, st *stages) (bleve.Index, error) {
	tmp, err := scratchDir(opts.scratch)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err := os.RemoveAll(tmp); err != nil {
			opts.Logger.Warn("cannot remove the temporary index folder", "dir", tmp, "err", err)
		}
	}()
	path := filepath.Join(tmp, "index")
	if err := buildCompact(ctx, c, m, path, opts, st); err != nil {
		return nil, err
	}
	idx, err := openReadOnly(path)
	if err != nil {
		return nil, fmt.Errorf("index: open %s: %w", path, err)
	}
	return idx, nil
}

// scratchRoots are where an index without --index-dir may be built, in
// order: the system's temporary folder, then briefbot's folder in the
// user's cache (a container whose /tmp is read-only or full often has a
// writable home).
func scratchRoots() []string {
	roots := []string{os.TempDir()}
	if cache, err := os.UserCacheDir(); err == nil {
		roots = append(roots, filepath.Join(cache, "briefbot"))
	}
	return roots
}

// scratchDir makes a new temporary folder under the first of roots (nil:
// scratchRoots) where one can be made. Its error names every root tried.
func scratchDir(roots []string) (string, error) {
	if roots == nil {
		roots = scratchRoots()
	}
	var errs []error
	for _, root := range roots {
		if err := os.MkdirAll(root, 0o755); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", root, err))
			continue
		}
		tmp, err := os.MkdirTemp(root, "briefbot-index-")
		if err == nil {
			return tmp, nil
		}
		errs = append(errs, fmt.Errorf("%s: %w", root, err))
	}
	return "", fmt.Errorf("index: no folder to build the index in (set TMPDIR to a writable folder, or use --index-dir): %w", errors.Join(errs...))
}
