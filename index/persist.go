package index

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/briefbot/briefbot/corpus"
)

// metaFile sits inside a persisted index folder and says what it holds.
const metaFile = "briefbot-index.json"

type meta struct {
	MappingVersion string `json:"mapping_version"`
	CorpusHash     string `json:"corpus_hash"`
	Paragraphs     int    `json:"paragraphs"`
}

// Hash names one version of an index: the mapping it was built with and the
// corpus digest (every field of every briefing that can change an answer,
// and the extractors' version). Two corpora with the same hash index and
// extract identically.
func Hash(c *corpus.Corpus) string {
	h := sha256.Sum256([]byte("mapping=" + mappingVersion + ";corpus=" + c.Digest()))
	return hex.EncodeToString(h[:])
}

// openOrBuild keeps one folder per corpus version under opts.Dir, named
// after the mapping version and the corpus hash. An unchanged corpus reopens
// its folder; a changed one is built in a temporary sibling and renamed into
// place, so a crash mid-build never leaves a half index, and a reload never
// writes where an index still serving keeps its files. Older versions are
// pruned, all but the newest other one, which may still be serving.
func openOrBuild(ctx context.Context, c *corpus.Corpus, hash string, m *mapping.IndexMappingImpl, opts Options, st *stages) (bleve.Index, bool, error) {
	root := filepath.Clean(opts.Dir)
	want := meta{MappingVersion: mappingVersion, CorpusHash: hash, Paragraphs: c.Paragraphs()}
	dir := versionDir(root, hash)
	if err := os.MkdirAll(root, 0o755); err != nil {
		return nil, false, fmt.Errorf("index: %w", err)
	}
	if idx := reuse(c, dir, want, opts, st); idx != nil {
		prune(root, dir, opts)
		return idx, true, nil
	}
	if err := buildInto(ctx, c, m, root, dir, want, opts, st); err != nil {
		return nil, false, err
	}
	idx, err := openReadOnly(dir)
	if err != nil {
		return nil, false, fmt.Errorf("index: open %s: %w", dir, err)
	}
	prune(root, dir, opts)
	return idx, false, nil
}

// reuse opens the index persisted under dir when its metadata is exactly
// want and it holds every paragraph, restoring the stored extraction into
// c. It returns nil, after logging why, when the folder must be rebuilt;
// a missing folder is the ordinary first run and is not logged.
func reuse(c *corpus.Corpus, dir string, want meta, opts Options, st *stages) bleve.Index {
	got, err := readMeta(dir)
	switch {
	case err == nil && got == want:
	case err == nil:
		opts.Logger.Warn("persisted index is foreign or corrupt; rebuilding", "dir", dir, "meta", got)
		return nil
	case !errors.Is(err, os.ErrNotExist):
		opts.Logger.Warn("persisted index is foreign or corrupt; rebuilding", "dir", dir, "err", err)
		return nil
	default:
		if _, statErr := os.Stat(dir); statErr == nil {
			opts.Logger.Warn("index folder has no briefbot metadata; rebuilding", "dir", dir)
		}
		return nil
	}
	idx, err := openReadOnly(dir)
	if err == nil {
		if n, cerr := idx.DocCount(); cerr == nil && int(n) == want.Paragraphs {
			opts.Logger.Info("index reused", "dir", dir, "paragraphs", n)
			_ = st.time("restore", func() error { restoreExtraction(c, dir, opts); return nil })
			keepSkeleton(c, dir, want.CorpusHash, opts)
			return idx
		}
		if cerr := idx.Close(); cerr != nil {
			opts.Logger.Warn("cannot close an unusable index", "dir", dir, "err", cerr)
		}
	}
	opts.Logger.Warn("persisted index is unreadable; rebuilding", "dir", dir, "err", err)
	return nil
}

// buildInto builds the index and its stored extraction in a temporary
// folder under root and renames it to dir only when complete, so a crash
// mid-build never leaves a folder that reuse would accept.
func buildInto(ctx context.Context, c *corpus.Corpus, m *mapping.IndexMappingImpl, root, dir string, want meta, opts Options, st *stages) error {
	tmp, err := os.MkdirTemp(root, buildingPrefix)
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	defer func() {
		// Nothing is left to remove once the index was renamed into place.
		if err := os.RemoveAll(tmp); err != nil {
			opts.Logger.Warn("cannot remove a build folder", "dir", tmp, "err", err)
		}
	}()
	built := filepath.Join(tmp, "index")
	if err := buildCompact(ctx, c, m, built, opts, st); err != nil {
		return err
	}
	if err := st.time("persist", func() error { return writeBeside(built, c, want, opts) }); err != nil {
		return err
	}
	// A folder under this exact name is corrupt (a good one was reused
	// above) and no index of ours has it open: replace it.
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("index: remove corrupt %s: %w", dir, err)
	}
	if err := os.Rename(built, dir); err != nil {
		return fmt.Errorf("index: install new index: %w", err)
	}
	return nil
}

// writeBeside writes what the index folder built keeps beside bleve's
// files: the extraction, the paragraphs' texts, the skeleton where
// opts asks for stamps, and last the meta that makes the folder one
// reuse accepts.
func writeBeside(built string, c *corpus.Corpus, want meta, opts Options) error {
	if err := writeExtraction(built, c); err != nil {
		return err
	}
	if err := writeTexts(filepath.Join(built, textsFile), want.CorpusHash, c); err != nil {
		return err
	}
	if opts.Stamps != nil {
		if err := writeSkeleton(built, want.CorpusHash, *opts.Stamps, c); err != nil {
			return err
		}
	}
	return writeMeta(built, want)
}

// Names of what openOrBuild keeps under the index folder. Nothing else
// there is ever touched, so pointing --index-dir at a shared folder loses
// nothing.
const (
	versionPrefix  = "briefbot-v"
	buildingPrefix = ".briefbot-building-"
)

// prune removes index versions older than the newest one besides keep,
// and build folders left by a crash.
func prune(root, keep string, opts Options) {
	entries, err := os.ReadDir(root)
	if err != nil {
		opts.Logger.Warn("cannot list index folders to prune old versions", "dir", root, "err", err)
		return
	}
	type version struct {
		path string
		mod  time.Time
	}
	var others []version
	for _, e := range entries {
		path := filepath.Join(root, e.Name())
		info, err := e.Info()
		if err != nil || !e.IsDir() || path == keep {
			continue
		}
		switch {
		case strings.HasPrefix(e.Name(), versionPrefix):
			others = append(others, version{path, info.ModTime()})
		case strings.HasPrefix(e.Name(), buildingPrefix) && time.Since(info.ModTime()) > time.Hour:
			if err := os.RemoveAll(path); err != nil {
				opts.Logger.Warn("cannot remove a build folder left by a crash", "dir", path, "err", err)
			}
		}
	}
	sort.Slice(others, func(i, j int) bool { return others[i].mod.After(others[j].mod) })
	for i, v := range others {
		if i == 0 {
			continue // may still be serving until a reload swaps it out
		}
		if err := os.RemoveAll(v.path); err != nil {
			opts.Logger.Warn("cannot remove an old index", "dir", v.path, "err", err)
		}
	}
}

// extractionFile holds the corpus's extraction, so that reopening an
// unchanged corpus skips extracting it again. Its name carries a version:
// a change to the stored types must bump it (v2: events gained an end;
// v3: citations stored as numbers; v4: texts stored as places in the
// cited paragraph; v5: mentions packed as varints).
const extractionFile = "extraction-v5.gob"

// restoreExtraction restores c's extraction from dir, or extracts it (and
// stores it for next time) when the file is missing or does not fit.
func restoreExtraction(c *corpus.Corpus, dir string, opts Options) {
	if c.Extracted() {
		return
	}
	err := readExtraction(c, filepath.Join(dir, extractionFile))
	if err == nil {
		return
	}
	if old := oldExtractions(dir); errors.Is(err, os.ErrNotExist) && len(old) > 0 {
		opts.Logger.Warn("stored extraction is from an older briefbot; extracting again, once", "dir", dir, "found", old, "want", extractionFile)
	} else {
		opts.Logger.Warn("stored extraction unusable; extracting again", "dir", dir, "err", err)
	}
	c.Extract()
	if err := writeExtraction(dir, c); err != nil {
		opts.Logger.Warn("cannot store the extraction", "dir", dir, "err", err)
	}
}

func readExtraction(c *corpus.Corpus, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var stored storedExtraction
	if err := gob.NewDecoder(bufio.NewReader(f)).Decode(&stored); err != nil {
		return err
	}
	x, err := stored.load(c)
	if err != nil {
		return err
	}
	return c.Restore(x)
}

// writeExtraction stores c's extraction in dir, atomically.
func writeExtraction(dir string, c *corpus.Corpus) error {
	tmp, err := os.CreateTemp(dir, extractionFile+".*")
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	w := bufio.NewWriter(tmp)
	if err := gob.NewEncoder(w).Encode(store(c)); err != nil {
		tmp.Close()
		return fmt.Errorf("index: store extraction: %w", err)
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("index: store extraction: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("index: store extraction: %w", err)
	}
	if err := os.Rename(tmp.Name(), filepath.Join(dir, extractionFile)); err != nil {
		return fmt.Errorf("index: store extraction: %w", err)
	}
	return removeOldExtractions(dir)
}

// removeOldExtractions removes extractions stored in an older format
// beside the current one: a folder reopened after an upgrade extracts
// again and stores the new format, and the old file (17 MB at 100k
// paragraphs for v4) would otherwise stay for good.
func removeOldExtractions(dir string) error {
	for _, name := range oldExtractions(dir) {
		if err := os.Remove(filepath.Join(dir, name)); err != nil {
			return fmt.Errorf("index: remove old extraction: %w", err)
		}
	}
	return nil
}

// oldExtractions names the extraction files in dir other than the
// current format's.
func oldExtractions(dir string) []string {
	paths, _ := filepath.Glob(filepath.Join(dir, "extraction-v*.gob")) // the pattern is valid
	var old []string
	for _, path := range paths {
		if name := filepath.Base(path); name != extractionFile {
			old = append(old, name)
		}
	}
	return old
}

func readMeta(dir string) (meta, error) {
	var m meta
	data, err := os.ReadFile(filepath.Join(dir, metaFile))
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return m, fmt.Errorf("%s: %w", metaFile, err)
	}
	return m, nil
}

func writeMeta(dir string, m meta) error {
	data, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, metaFile), data, 0o644); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return nil
}
