package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
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
	err := writeCompact(ctx, c, m, path, opts.Progress, st)
	st.add("extract", <-took)
	return err
}

// writeCompact analyses every paragraph on every core and writes the
// documents, in corpus order, to segments that it then merges into one:
// the index at path (see segments.go for why not through scorch's
// builder).
func writeCompact(ctx context.Context, c *corpus.Corpus, m mapping.IndexMapping, path string, progress func(int, int), st *stages) (err error) {
	w, err := newSegmentWriter(filepath.Dir(path))
	if err != nil {
		return fmt.Errorf("index: create %s: %w", path, err)
	}
	defer func() { err = errors.Join(err, w.remove()) }()
	total, done := c.Paragraphs(), 0
	err = st.time("index", func() error {
		return analyseInOrder(ctx, c, m, func(docs []bindex.Document) error {
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

// mergeMax is how many segments are merged at a time:
// enough that 100k paragraphs are merged in one pass, each paragraph
// rewritten once.
const mergeMax = 64

// buildEphemeral builds c's index for this process only: compact, in a
// temporary folder that is removed as soon as the index is open (its open
// files live on until Close), so nothing is left behind even by a crash.
// Where no temporary folder can be made it indexes in memory instead.
func buildEphemeral(ctx context.Context, c *corpus.Corpus, m mapping.IndexMapping, opts Options, st *stages) (bleve.Index, error) {
	tmp, err := os.MkdirTemp("", "briefbot-index-")
	if err != nil {
		opts.Logger.Warn("no temporary folder for the index; indexing in memory", "err", err)
		return buildInMemory(ctx, c, m, opts, st)
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

// buildInMemory is the index in memory, in one segment per batch.
func buildInMemory(ctx context.Context, c *corpus.Corpus, m mapping.IndexMapping, opts Options, st *stages) (bleve.Index, error) {
	c.Extract()
	idx, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	if err := st.time("index", func() error { return fill(ctx, idx, c, opts.Progress) }); err != nil {
		return nil, errors.Join(err, idx.Close())
	}
	return idx, nil
}
