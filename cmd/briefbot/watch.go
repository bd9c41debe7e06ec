package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/briefbot/briefbot/index"
)

// watcher polls a corpus folder, subfolders included, and reloads the
// library when a briefing changes. Polling, not inotify: it works the same
// on every file system, bind mounts and network shares included, and a
// corpus is a few files.
//
// A file is summarised by its size, modification time and a hash of its
// content. The content is read only when size or time moved since the last
// look, or while the file is younger than recentEdit: file systems whose
// clocks tick coarsely give two quick same-size edits (a date changed in
// the front matter) the same size and time, and reading what was just
// written still tells them apart. An idle corpus costs one stat per file.
type watcher struct {
	dir   string
	files map[string]stamp // by path
	last  string           // summary of the folder at the last look
	now   func() time.Time
}

// stamp is what the watcher knows of one file.
type stamp struct {
	size    int64
	mod     time.Time
	content [sha256.Size]byte
}

// recentEdit is how long after its last modification a file is re-read at
// every look (see watcher).
const recentEdit = 3 * time.Second

// newWatcher takes dir's state now, so that a change made while the first
// corpus loads is seen by the first look.
func newWatcher(dir string) *watcher {
	w := &watcher{dir: dir, files: map[string]stamp{}, now: time.Now}
	w.last = w.look()
	return w
}

// run looks every interval until ctx ends, and reloads lib with build when
// the folder changed. A failed reload keeps the previous corpus serving.
func (w *watcher) run(ctx context.Context, every time.Duration, lib *library, build func(context.Context) (*index.Index, error), log *slog.Logger) {
	tickUntil(ctx, every, func() {
		if !w.changed() {
			return
		}
		log.Info("corpus changed: reloading", "dir", w.dir)
		if err := lib.Reload(ctx, build); err != nil {
			log.Error("reload failed; still serving the previous corpus", "err", err)
		}
	})
}

// tickUntil calls f every interval until ctx ends.
func tickUntil(ctx context.Context, every time.Duration, f func()) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			f()
		}
	}
}

// changed looks at the folder and reports whether it differs from the
// last look.
func (w *watcher) changed() bool {
	now := w.look()
	if now == w.last {
		return false
	}
	w.last = now
	return true
}

// look summarises the folder: every file's path and stamp, sorted. An
// unreadable path is part of the summary, so it changes when it heals.
func (w *watcher) look() string {
	var lines []string
	seen := map[string]bool{}
	// The walk function records every error in the summary and returns
	// none, so WalkDir has nothing to report.
	_ = filepath.WalkDir(w.dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			lines = append(lines, "error "+path+": "+err.Error())
			return nil
		}
		if d.IsDir() {
			return nil
		}
		seen[path] = true
		st, err := w.stamp(path, d)
		if err != nil {
			lines = append(lines, "error "+path+": "+err.Error())
			return nil
		}
		lines = append(lines, path+"|"+st.String())
		return nil
	})
	for path := range w.files {
		if !seen[path] {
			delete(w.files, path)
		}
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// stamp returns path's stamp, reading the file only when needed.
func (w *watcher) stamp(path string, d fs.DirEntry) (stamp, error) {
	info, err := d.Info()
	if err != nil {
		return stamp{}, err
	}
	old, ok := w.files[path]
	if ok && old.size == info.Size() && old.mod.Equal(info.ModTime()) && w.now().Sub(info.ModTime()) >= recentEdit {
		return old, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return stamp{}, err
	}
	st := stamp{size: info.Size(), mod: info.ModTime(), content: sha256.Sum256(data)}
	w.files[path] = st
	return st, nil
}

func (s stamp) String() string {
	return fmt.Sprintf("%d|%d|%x", s.size, s.mod.UnixNano(), s.content)
}
