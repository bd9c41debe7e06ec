package main

import (
	"context"
	"errors"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index"
)

// errNotReady means the corpus and index are still loading.
var errNotReady = errors.New("the briefings are still loading")

// errUnchanged is what a reload's build returns when the corpus on disk is
// the one already served: there is nothing to swap.
var errUnchanged = errors.New("corpus unchanged")

// library is what the bot serves from: the current corpus and its index,
// held behind an atomic pointer so that a reload swaps both at once while
// interactions are being answered. It implements the bot package's
// Searcher, Factions, Timeline and Briefings interfaces by delegating.
//
// A swap never fails or blocks a request: each search holds its shelf open
// (a read lock) for its duration, and a retired shelf is closed only once
// the searches using it are done.
type library struct {
	cur    atomic.Pointer[shelf]
	reload sync.Mutex // one reload at a time
	log    *slog.Logger
	m      *libraryMetrics // nil: not measured
}

// shelf is one consistent corpus and the index built from it.
type shelf struct {
	corpus *corpus.Corpus
	index  *index.Index
	gate   chan struct{} // see gateFor; nil lets every search run at once
	mu     sync.RWMutex  // read-held by every search; write-held to close
	closed bool
}

// gateParagraphs is the corpus size from which searches queue at a gate,
// one per core. On a large index a search costs several milliseconds of
// CPU, tens for the slowest (36 ms at the p99 of 100k paragraphs): more
// than the scheduler's 10 ms time slice, so searches running side by side
// are preempted and take turns, and with 16 clients on 2 cores a slow one
// is stretched to ten times its cost while newly arrived requests are run
// first. Queued in arrival order, one per core, each runs to the end
// once started, and the tail is the wait for the few ahead of it. A small
// index's searches (under a millisecond) end within a slice anyway, and a
// gate would only make them queue behind each other while other requests
// (PING) pass.
const gateParagraphs = 10_000

// gateFor is the gate of a shelf serving c: nil for a small corpus.
func gateFor(c *corpus.Corpus) chan struct{} {
	if c.Paragraphs() < gateParagraphs {
		return nil
	}
	return make(chan struct{}, runtime.GOMAXPROCS(0))
}

// admit waits for a place at s's gate, or for ctx; release gives it back.
func (s *shelf) admit(ctx context.Context) error {
	if s.gate == nil {
		return nil
	}
	select {
	case s.gate <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *shelf) release() {
	if s.gate != nil {
		<-s.gate
	}
}

// Swap makes ix (and its corpus) current and retires the shelf it
// replaced, closing its index once no search uses it.
func (l *library) Swap(ix *index.Index) {
	c := ix.Corpus()
	if old := l.cur.Swap(&shelf{corpus: c, index: ix, gate: gateFor(c)}); old != nil {
		go old.retire(l.log)
	}
	l.m.loaded(c)
}

// retire closes s's index once no search holds it. A close error loses
// nothing (the index is read-only once built) but may mean a leaked file
// handle or a disk problem, so it is logged with the index it concerns.
func (s *shelf) retire(log *slog.Logger) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	if err := s.index.Close(); err != nil && log != nil {
		log.Warn("cannot close a retired index", "briefings", len(s.corpus.Briefings), "hash", s.index.Hash()[:12], "err", err)
	}
}

// Reload builds a new corpus and index with build and swaps them in. A
// failed build leaves the current ones serving; the error says which file
// and why.
func (l *library) Reload(ctx context.Context, build func(context.Context) (*index.Index, error)) error {
	l.reload.Lock()
	defer l.reload.Unlock()
	start := time.Now()
	ix, err := build(ctx)
	if errors.Is(err, errUnchanged) {
		l.m.reloaded(nil)
		if l.log != nil {
			l.log.Info("corpus unchanged; nothing to reload")
		}
		return nil
	}
	l.m.reloaded(err)
	if err != nil {
		return err
	}
	l.Swap(ix)
	if l.log != nil {
		c := ix.Corpus()
		l.log.Info("corpus loaded", "briefings", len(c.Briefings), "paragraphs", c.Paragraphs(), "took", time.Since(start).Round(time.Millisecond), "index_reused", ix.Reused)
	}
	return nil
}

// Serves reports whether c is the corpus being served, by content.
func (l *library) Serves(c *corpus.Corpus) bool {
	s := l.cur.Load()
	return s != nil && s.index.Hash() == index.Hash(c)
}

// emptied returns a file that c skipped as empty although l serves its
// briefing. A served briefing that reads as empty is most likely being
// rewritten (truncated, not yet written), so a reload should wait for the
// next change rather than drop it; a nil library serves nothing.
func (l *library) emptied(c *corpus.Corpus) (corpus.Warning, bool) {
	if l == nil {
		return corpus.Warning{}, false
	}
	s := l.cur.Load()
	if s == nil {
		return corpus.Warning{}, false
	}
	for _, w := range c.Warnings {
		if s.corpus.Briefing(w.Slug) != nil {
			return w, true
		}
	}
	return corpus.Warning{}, false
}

// Ready reports whether an index is loaded.
func (l *library) Ready() bool { return l.cur.Load() != nil }

// Rest lets the current index drop what it keeps warm for the next
// questions (index.Index.Rest): for a server fallen idle.
func (l *library) Rest() {
	if s := l.cur.Load(); s != nil {
		if err := s.index.Rest(); err != nil && l.log != nil {
			l.log.Warn("idle: index pages kept", "err", err)
		}
	}
}

// Close releases the current index.
func (l *library) Close() error {
	if s := l.cur.Swap(nil); s != nil {
		s.retire(l.log)
	}
	return nil
}

func (l *library) Search(ctx context.Context, q string, k, offset int) (corpus.Results, error) {
	for {
		s := l.cur.Load()
		if s == nil {
			return corpus.Results{Question: q}, errNotReady
		}
		s.mu.RLock()
		if s.closed {
			// Retired between Load and RLock: the current shelf is newer.
			s.mu.RUnlock()
			continue
		}
		if err := s.admit(ctx); err != nil {
			s.mu.RUnlock()
			return corpus.Results{Question: q}, err
		}
		res, err := s.index.Search(ctx, q, k, offset)
		s.release()
		s.mu.RUnlock()
		return res, err
	}
}

// The corpus is immutable and garbage-collected, so look-ups need no lock.

func (l *library) LookupFaction(q string) (*corpus.Faction, []*corpus.Faction, error) {
	s := l.cur.Load()
	if s == nil {
		return nil, nil, errNotReady
	}
	return s.corpus.LookupFaction(q)
}

func (l *library) SuggestFactions(prefix string, limit int) []*corpus.Faction {
	s := l.cur.Load()
	if s == nil {
		return nil
	}
	return s.corpus.SuggestFactions(prefix, limit)
}

func (l *library) Timeline(q corpus.TimelineQuery) corpus.TimelinePage {
	s := l.cur.Load()
	if s == nil {
		return corpus.TimelinePage{}
	}
	return s.corpus.Timeline(q)
}

func (l *library) ParseDate(v string) (corpus.Date, error) { return corpus.ParseDate(v) }

func (l *library) Briefings() []*corpus.Briefing {
	s := l.cur.Load()
	if s == nil {
		return nil
	}
	return s.corpus.Briefings
}

// libraryMetrics are the corpus's Prometheus series.
type libraryMetrics struct {
	paragraphs, briefings, groups, events prometheus.Gauge
	lastReload, lastReloadOK              prometheus.Gauge
	reloads                               *prometheus.CounterVec
}

func newLibraryMetrics(reg prometheus.Registerer) (*libraryMetrics, error) {
	g := func(name, help string) prometheus.Gauge {
		return prometheus.NewGauge(prometheus.GaugeOpts{Name: name, Help: help})
	}
	m := &libraryMetrics{
		paragraphs:   g("briefbot_index_paragraphs", "Paragraphs in the served index."),
		briefings:    g("briefbot_index_briefings", "Briefings in the served index."),
		groups:       g("briefbot_index_groups", "Factions extracted from the served corpus."),
		events:       g("briefbot_index_events", "Dated events extracted from the served corpus."),
		lastReload:   g("briefbot_last_reload_timestamp_seconds", "When the last reload finished, as a Unix time."),
		lastReloadOK: g("briefbot_last_reload_success", "1 if the last reload succeeded, 0 if it failed and the previous corpus is still served."),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_reloads_total", Help: "Corpus reloads, by result (ok, error).",
		}, []string{"result"}),
	}
	for _, c := range []prometheus.Collector{m.paragraphs, m.briefings, m.groups, m.events, m.lastReload, m.lastReloadOK, m.reloads} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func (m *libraryMetrics) loaded(c *corpus.Corpus) {
	if m == nil {
		return
	}
	m.paragraphs.Set(float64(c.Paragraphs()))
	m.briefings.Set(float64(len(c.Briefings)))
	m.groups.Set(float64(len(c.Factions)))
	m.events.Set(float64(len(c.Events)))
}

func (m *libraryMetrics) reloaded(err error) {
	if m == nil {
		return
	}
	m.lastReload.SetToCurrentTime()
	if err != nil {
		m.lastReloadOK.Set(0)
		m.reloads.WithLabelValues("error").Inc()
		return
	}
	m.lastReloadOK.Set(1)
	m.reloads.WithLabelValues("ok").Inc()
}
