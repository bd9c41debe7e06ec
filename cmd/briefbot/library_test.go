package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/corpus/corpustest"
	"github.com/briefbot/briefbot/index"
)

// The library must satisfy every interface the bot depends on.
var (
	_ bot.Searcher  = (*library)(nil)
	_ bot.Factions  = (*library)(nil)
	_ bot.Timeline  = (*library)(nil)
	_ bot.Briefings = (*library)(nil)
)

func TestLibrary(t *testing.T) {
	var lib library
	if lib.Ready() {
		t.Fatal("ready before an index was stored")
	}
	if _, err := lib.Search(context.Background(), "MNLA", 3, 0); !errors.Is(err, errNotReady) {
		t.Errorf("Search before ready: %v", err)
	}
	if lib.Briefings() != nil || lib.SuggestFactions("", 5) != nil || len(lib.Timeline(corpus.TimelineQuery{}).Events) != 0 {
		t.Error("empty library returned data")
	}
	if _, _, err := lib.LookupFaction("MNLA"); !errors.Is(err, errNotReady) {
		t.Errorf("LookupFaction before ready: %v", err)
	}
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(context.Background(), c, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	lib.Swap(ix)
	defer lib.Close()
	if !lib.Ready() {
		t.Fatal("not ready after Swap")
	}
	res, err := lib.Search(context.Background(), "Tuareg rebellion", 3, 0)
	if err != nil || len(res.Passages) == 0 {
		t.Errorf("Search: %v, %d passages", err, len(res.Passages))
	}
	if len(lib.Briefings()) != len(c.Briefings) {
		t.Errorf("Briefings: %d", len(lib.Briefings()))
	}
}

// TestReloadUnderLoad swaps corpora again and again while searches run on
// every core: no search may fail, and each must answer from one whole
// corpus, never a mix. A failed reload must leave the old corpus serving.
func TestReloadUnderLoad(t *testing.T) {
	ctx := context.Background()
	mali, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "alpha.md"), "---\ntitle: Alpha\n---\nThe Zebra Front seized the port of Alphaville.\n")
	other, err := corpus.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	build := func(c *corpus.Corpus) func(context.Context) (*index.Index, error) {
		return func(ctx context.Context) (*index.Index, error) { return index.Build(ctx, c, index.Options{}) }
	}
	reg := prometheus.NewRegistry()
	m, err := newLibraryMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	lib := &library{m: m}
	defer lib.Close()
	if err := lib.Reload(ctx, build(mali)); err != nil {
		t.Fatal(err)
	}

	var (
		wg       sync.WaitGroup
		stop     = make(chan struct{})
		searches atomic.Int64
		failures atomic.Int64
	)
	for range 8 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				res, err := lib.Search(ctx, "port seized Gao", 3, 0)
				searches.Add(1)
				if err != nil || len(res.Passages) == 0 {
					failures.Add(1)
					t.Errorf("search failed during reload: %v (%d passages)", err, len(res.Passages))
					return
				}
				slug := res.Passages[0].Briefing
				for _, p := range res.Passages {
					if p.Briefing != slug {
						t.Errorf("one answer mixes corpora: %s and %s", slug, p.Briefing)
					}
				}
			}
		})
	}
	const swaps = 12
	for i := range swaps {
		next := mali
		if i%2 == 0 {
			next = other
		}
		if err := lib.Reload(ctx, build(next)); err != nil {
			t.Fatal(err)
		}
	}
	failing := func(context.Context) (*index.Index, error) {
		return nil, errors.New("corpus: broken.md:3: bad front matter")
	}
	if err := lib.Reload(ctx, failing); err == nil {
		t.Error("a failed build reported success")
	}
	close(stop)
	wg.Wait()
	if searches.Load() < 100 || failures.Load() != 0 {
		t.Errorf("%d searches, %d failures", searches.Load(), failures.Load())
	}
	if got := lib.Briefings()[0].Slug; got != mali.Briefings[0].Slug {
		t.Errorf("after a failed reload serving %q, want the last good corpus", got)
	}
	if got := testutil.ToFloat64(m.lastReloadOK); got != 0 {
		t.Errorf("briefbot_last_reload_success = %v after a failure", got)
	}
	if got := testutil.ToFloat64(m.reloads.WithLabelValues("ok")); got != swaps+1 {
		t.Errorf("ok reloads = %v, want %d", got, swaps+1)
	}
	if got := testutil.ToFloat64(m.paragraphs); got != float64(mali.Paragraphs()) {
		t.Errorf("paragraphs gauge = %v", got)
	}
}

func writeFile(t *testing.T, path, body string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestReloadBadFiles corrupts and deletes briefings under a running
// library: each failed reload names the file and why, and the last good
// corpus keeps answering.
func TestReloadBadFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	good := filepath.Join(dir, "ruritania.md")
	writeFile(t, good, "---\ntitle: Ruritania 101\n---\nThe Zebra Front seized the port of Alphaville.\n")
	cf := corpusFlags{dir: dir}
	build := func(ctx context.Context) (*index.Index, error) { return cf.openWith(ctx, index.Options{}) }
	lib := &library{}
	defer lib.Close()
	if err := lib.Reload(ctx, build); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		damage func()
		want   []string // in the error: the culprit and the reason
	}{
		{"NUL byte", func() { writeFile(t, good, "Title\n\nBody \x00 here.\n") }, []string{"ruritania.md:3", "NUL"}},
		{"bad front matter date", func() { writeFile(t, good, "---\ndate: soon\n---\nBody.\n") }, []string{"ruritania.md:2", "YYYY-MM-DD"}},
		{"second file shares the slug", func() {
			writeFile(t, good, "---\ntitle: Ruritania 101\n---\nThe Zebra Front seized the port of Alphaville.\n")
			writeFile(t, filepath.Join(dir, "ruritania.txt"), "Body.\n")
		}, []string{"ruritania", "slug"}},
		{"every file deleted", func() {
			os.Remove(good)
			os.Remove(filepath.Join(dir, "ruritania.txt"))
		}, []string{dir, "no briefings"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.damage()
			err := lib.Reload(ctx, build)
			if err == nil {
				t.Fatal("reload of a broken corpus succeeded")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
			res, err := lib.Search(ctx, "Zebra Front port", 1, 0)
			if err != nil || len(res.Passages) == 0 || res.Passages[0].Briefing != "ruritania" {
				t.Errorf("old corpus no longer served: %v %+v", err, res.Passages)
			}
		})
	}
}

// TestWatchCorpus: with --watch, changing a briefing reloads it.
func TestWatchCorpus(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dir := t.TempDir()
	file := filepath.Join(dir, "ruritania.md")
	writeFile(t, file, "---\ntitle: Ruritania 101\n---\nThe Zebra Front seized the port of Alphaville.\n")
	cf := corpusFlags{dir: dir}
	build := func(ctx context.Context) (*index.Index, error) { return cf.openWith(ctx, index.Options{}) }
	lib := &library{}
	defer lib.Close()
	w := newWatcher(dir)
	if err := lib.Reload(ctx, build); err != nil {
		t.Fatal(err)
	}
	var logs syncBuffer
	done := make(chan struct{})
	go func() {
		w.run(ctx, 10*time.Millisecond, lib, build, slog.New(slog.NewTextHandler(&logs, nil)))
		close(done)
	}()
	writeFile(t, file, "---\ntitle: Ruritania 101\n---\nThe Quagga Brigade shelled Betatown.\n")
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		res, err := lib.Search(ctx, "Quagga Brigade", 1, 0)
		if err == nil && len(res.Passages) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("change never reloaded; log:\n%s", logs.String())
		}
	}
	cancel()
	<-done
}

// TestReloadWithIndexDir: reloading an unchanged corpus does nothing (it
// must not try to open the serving index a second time, which would wait
// on its lock forever); a changed corpus is built beside the serving one;
// going back to an earlier corpus reuses its folder.
func TestReloadWithIndexDir(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	file := filepath.Join(dir, "ruritania.md")
	zebra := "---\ntitle: Ruritania 101\n---\nThe Zebra Front seized the port of Alphaville.\n"
	quagga := "---\ntitle: Ruritania 101\n---\nThe Quagga Brigade shelled Betatown.\n"
	writeFile(t, file, zebra)
	lib := &library{}
	defer lib.Close()
	cf := corpusFlags{dir: dir, indexDir: filepath.Join(t.TempDir(), "idx")}
	build := func(ctx context.Context) (*index.Index, error) { return cf.reopen(ctx, index.Options{}, lib) }
	reload := func() {
		t.Helper()
		done := make(chan error, 1)
		go func() { done <- lib.Reload(ctx, build) }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("reload hung")
		}
	}
	serves := func(q string) {
		t.Helper()
		res, err := lib.Search(ctx, q, 1, 0)
		if err != nil || len(res.Passages) == 0 || !strings.Contains(res.Passages[0].Text, q) {
			t.Fatalf("not serving %q: %v %+v", q, err, res.Passages)
		}
	}
	reload()
	serves("Zebra Front")
	first := lib.cur.Load()
	reload()
	if lib.cur.Load() != first {
		t.Error("an unchanged corpus was swapped")
	}
	writeFile(t, file, quagga)
	reload()
	serves("Quagga Brigade")
	writeFile(t, file, zebra)
	reload()
	serves("Zebra Front")
}

// TestSearchGate: a large corpus's searches pass a gate one per core, in
// turn; the embedded briefing's run at once. A search waiting at the gate
// gives up with its context.
func TestSearchGate(t *testing.T) {
	small, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	if g := gateFor(small); g != nil {
		t.Errorf("the embedded briefing (%d paragraphs) has a gate of %d", small.Paragraphs(), cap(g))
	}
	bs, err := corpustest.Briefings(gateParagraphs, 1)
	if err != nil {
		t.Fatal(err)
	}
	large, err := corpus.New(bs...)
	if err != nil {
		t.Fatal(err)
	}
	s := &shelf{corpus: large, gate: gateFor(large)}
	if cap(s.gate) != runtime.GOMAXPROCS(0) {
		t.Fatalf("%d paragraphs: gate of %d, want one per core (%d)", large.Paragraphs(), cap(s.gate), runtime.GOMAXPROCS(0))
	}
	ctx := context.Background()
	for range cap(s.gate) {
		if err := s.admit(ctx); err != nil {
			t.Fatal(err)
		}
	}
	waiting, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if err := s.admit(waiting); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("a search beyond one per core was admitted (%v)", err)
	}
	admitted := make(chan error)
	go func() { admitted <- s.admit(ctx) }()
	s.release()
	if err := <-admitted; err != nil {
		t.Fatalf("a released place was not taken: %v", err)
	}
}
